package org.perftracker.server.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.RequestBodies;

/**
 * The reference server's {@code /api/v1.0/auth}: {@code GET} says who is signed in; {@code POST}
 * {@code {"action": "login", "encoded_email": base64(user), "encoded_password": base64(password)}} opens a session
 * and answers its CSRF token as {@code csrf_token} (401 "Authentication failed" otherwise, 429 after too many failures), {@code {"action": "logout"}} closes it.
 */
public final class AuthRoutes {
    static final String ANONYMOUS = "AnonymousUser";

    private final SignIn signIn;
    private final SignInPage sessions;
    private final ObjectMapper mapper;
    private final RequestBodies bodies;

    public AuthRoutes(SignIn signIn, SignInPage sessions, ObjectMapper mapper, RequestBodies bodies) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.mapper = mapper;
        this.bodies = bodies;
    }

    /**
     * The reference's answer; on login also the session's CSRF token, which a script that goes on with the
     * session cookie sends as {@value Csrf#HEADER} with its writes.
     */
    public record State(boolean isAuthenticated, String username,
            @JsonInclude(JsonInclude.Include.NON_NULL) String csrfToken) {
        State(boolean isAuthenticated, String username) {
            this(isAuthenticated, username, null);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v{version}/auth", ctx -> {
            Principal p = AccessFilter.principal(ctx);
            ctx.json(new State(!p.isAnonymous(), p.isAnonymous() ? ANONYMOUS : p.username()));
        });
        routes.post("/api/v{version}/auth", this::post);
    }

    private void post(Context ctx) {
        JsonNode body;
        try {
            body = mapper.readTree(bodies.read(ctx));
        } catch (IOException e) {
            throw new ApiException(400, "Wrong json");
        }
        String action = body == null ? "" : body.path("action").asText("");
        Principal principal = AccessFilter.principal(ctx);
        switch (action) {
            case "login" -> {
                Optional<User> user = signIn.check(decode(body.path("encoded_email").asText("")),
                        decode(body.path("encoded_password").asText("")), principal.from().address());
                if (user.isEmpty()) {
                    throw new ApiException(401, "Authentication failed");
                }
                SignIn.Opened session = sessions.openSession(ctx, user.get(), principal);
                ctx.json(new State(true, user.get().username(), session.csrfToken()));
            }
            case "logout" -> {
                sessions.closeSession(ctx, principal);
                ctx.json(new State(false, ANONYMOUS));
            }
            default -> throw ApiException.badRequest("action", "must be login or logout");
        }
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
