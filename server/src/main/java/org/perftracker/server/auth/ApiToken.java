package org.perftracker.server.auth;

import java.util.Optional;

/**
 * An API token as lists show it: never its value, which is shown once when it is made.
 *
 * @param prefix the first characters of the value, to recognise it: {@code pt_Zx81…}
 * @param role the role it was given; it acts with the lower of this and its owner's current role
 * @param project the only project it may change, if it is limited to one
 */
public record ApiToken(long id, String prefix, String name, long userId, String username, Role role,
        Optional<Long> project, long createdMs, Optional<Long> expiresMs, Optional<Long> revokedMs,
        Optional<Long> lastUsedMs) {

    public boolean isLive(long now) {
        return revokedMs.isEmpty() && expiresMs.map(e -> e > now).orElse(true);
    }

    /** @return "active", "revoked" or "expired" */
    public String state(long now) {
        return revokedMs.isPresent() ? "revoked" : isLive(now) ? "active" : "expired";
    }
}
