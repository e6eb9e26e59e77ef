package org.perftracker.client;

import java.util.Objects;

/** A project as the server lists it: {@code {"id": 1, "name": "Default project"}}. */
public record ProjectRef(long id, String name) {

    public ProjectRef {
        Objects.requireNonNull(name, "name");
    }
}
