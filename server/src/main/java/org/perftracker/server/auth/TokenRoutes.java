package org.perftracker.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.Params;
import org.perftracker.server.web.RequestBodies;

/**
 * Tokens for automation, under {@code /api/v1.0/admin/tokens} (administrators only, as the admin pages):
 * {@code GET} lists them (never their values), {@code POST {"name", "role", "project_id"?, "expires_days"?,
 * "owner"?}} makes one and answers its value this once (201), {@code DELETE …/<id>} revokes one.
 */
public final class TokenRoutes {
    private static final String API = "/api/v{version}/admin/tokens";

    private final TokenService tokens;
    private final UserService users;
    private final ObjectMapper mapper;
    private final RequestBodies bodies;
    private final Clock clock;

    public TokenRoutes(TokenService tokens, UserService users, ObjectMapper mapper, RequestBodies bodies,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.mapper = mapper;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** A token as the API shows it; times are ISO instants, absent ones null. */
    public record TokenView(long id, String name, String prefix, String owner, String role, Long projectId,
            String created, String expires, String lastUsed, String state) {
        static TokenView of(ApiToken t, long now) {
            return new TokenView(t.id(), t.name(), t.prefix(), t.username(), t.role().word(), t.project().orElse(null),
                    iso(t.createdMs()), t.expiresMs().map(TokenView::iso).orElse(null),
                    t.lastUsedMs().map(TokenView::iso).orElse(null), t.state(now));
        }

        private static String iso(long ms) {
            return Instant.ofEpochMilli(ms).toString();
        }
    }

    /** The answer to a new token: its value, shown this once, and the token. */
    public record CreatedView(String message, String token, TokenView details) {
    }

    public void register(RoutesConfig routes) {
        routes.get(API, ctx -> ctx.json(tokens.all().stream().map(t -> TokenView.of(t, clock.millis())).toList()));
        routes.post(API, this::create);
        routes.delete(API + "/{id}", ctx -> {
            tokens.revoke(Actor.of(ctx), Params.id(ctx, "id"));
            ctx.json(java.util.Map.of("message", "Token " + Params.id(ctx, "id") + " has been revoked"));
        });
    }

    private void create(Context ctx) {
        JsonNode body;
        try {
            body = mapper.readTree(bodies.read(ctx));
        } catch (IOException e) {
            throw ApiException.badRequest("body", "is not valid JSON: " + e.getMessage());
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        Role role = Role.parse(body.path("role").asText("")).orElseThrow(() -> ApiException.badRequest("role",
                "must be viewer, uploader, editor or admin"));
        long owner = body.hasNonNull("owner")
                ? users.byName(body.get("owner").asText()).orElseThrow(() -> ApiException.badRequest("owner",
                        "no user '" + body.get("owner").asText() + "'")).id()
                : AccessFilter.principal(ctx).userId();
        TokenService.Created created = tokens.create(Actor.of(ctx), owner, body.path("name").asText(""), role,
                body.hasNonNull("project_id") ? Optional.of(body.get("project_id").asLong()) : Optional.empty(),
                body.hasNonNull("expires_days") ? Optional.of(body.get("expires_days").asInt()) : Optional.empty());
        ctx.status(201).json(new CreatedView("Token " + created.token().id() + " has been made; its value is not"
                + " shown again", created.value(), TokenView.of(created.token(), clock.millis())));
    }
}
