package org.perftracker.server.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asks a service for a change, as the audit log names them, and the one project a project token is limited to.
 *
 * @param name e.g. {@code alice}, {@code alice (token nightly-ci)} or {@code anonymous (127.0.0.1)}
 * @param user the user's name when a user (or their token) acts; empty for anonymous and the server itself
 * @param project the only project this actor may change, for a token limited to one; empty: any
 */
public record Actor(String name, Optional<String> user, Optional<Long> project) {
    /** The server itself: the demo project, expiry sweeps, tests that call services directly. */
    public static final Actor SYSTEM = new Actor("system", Optional.empty(), Optional.empty());
    /** The request attribute the access filter leaves the actor in. */
    public static final String ATTRIBUTE = "perftracker.actor";

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(project, "project");
    }

    /** @return who sent this request, as the access filter found them */
    public static Actor of(io.javalin.http.Context ctx) {
        Actor actor = ctx.attribute(ATTRIBUTE);
        if (actor == null) {
            throw new IllegalStateException("no actor: the access filter did not run for " + ctx.path());
        }
        return actor;
    }

    /** @return whether this actor may change things of this project */
    public boolean mayChange(long projectId) {
        return project.isEmpty() || project.get() == projectId;
    }
}
