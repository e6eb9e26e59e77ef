package org.perftracker.server.auth;

import java.util.Optional;
import org.perftracker.server.audit.Actor;

/**
 * Who sent a request: nobody (anonymous), a signed-in user (a session cookie) or a token.
 *
 * @param role the role a user or token acts with; empty for anonymous
 * @param token the token that authenticated the request, if one did
 * @param sessionCsrf the CSRF token of the session, for a signed-in browser
 * @param bearer whether the credentials came in an {@code Authorization: Bearer} header, which a browser never
 *     sends by itself (so such a request needs no CSRF token)
 */
public record Principal(Kind kind, long userId, String username, Optional<Role> role, Optional<ApiToken> token,
        Optional<String> sessionCsrf, boolean bearer, ClientAddress from) {

    /** How the request authenticated. */
    public enum Kind { ANONYMOUS, SESSION, TOKEN }

    static Principal anonymous(ClientAddress from) {
        return new Principal(Kind.ANONYMOUS, 0, "", Optional.empty(), Optional.empty(), Optional.empty(), false,
                from);
    }

    static Principal session(User user, String csrf, ClientAddress from) {
        return new Principal(Kind.SESSION, user.id(), user.username(), Optional.of(user.role()), Optional.empty(),
                Optional.of(csrf), false, from);
    }

    static Principal token(TokenService.Verified verified, boolean bearer, ClientAddress from) {
        ApiToken t = verified.token();
        return new Principal(Kind.TOKEN, t.userId(), t.username(), Optional.of(verified.role()), Optional.of(t),
                Optional.empty(), bearer, from);
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    /** @return who this is in the audit log, and the project a project token is limited to */
    public Actor actor() {
        return switch (kind) {
            case ANONYMOUS -> new Actor("anonymous (" + from.address() + ")", Optional.empty(), Optional.empty());
            case SESSION -> new Actor(username, Optional.of(username), Optional.empty());
            case TOKEN -> new Actor(username + " (token " + token.orElseThrow().name() + ")", Optional.of(username),
                    token.orElseThrow().project());
        };
    }
}
