package org.perftracker.server.web;

import java.util.List;
import java.util.Map;

/** The body of every error answer of the API. */
public record ErrorBody(String message, Map<String, List<String>> errors) {
    public ErrorBody {
        errors = Map.copyOf(errors);
    }
}
