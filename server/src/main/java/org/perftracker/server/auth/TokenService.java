package org.perftracker.server.auth;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.web.ApiException;

/**
 * API tokens: made with 256 random bits ({@code pt_} and 43 characters), shown once, stored as their SHA-256
 * (enough for a value nobody can guess), revocable, with an optional expiry and project.
 */
public final class TokenService {
    /** The last-used time is kept to the minute, so that a storm of requests does not write on every one. */
    static final long LAST_USED_PRECISION_MS = 60_000;
    static final String PREFIX = "pt_";
    private static final long DAY_MS = 86_400_000L;

    private final Database db;
    private final Clock clock;
    private final AuditLog audit;
    private final TokenRepository tokens = new TokenRepository();
    private final UserRepository users = new UserRepository();

    public TokenService(Database db, Clock clock, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
    }

    /** A token just made: its value, shown this once, and the token. */
    public record Created(String value, ApiToken token) {
    }

    /**
     * @param role at most the owner's role
     * @param expiresInDays empty: the token does not expire
     */
    public Created create(Actor actor, long ownerId, String name, Role role, Optional<Long> projectId,
            Optional<Integer> expiresInDays) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw ApiException.badRequest("name", "give the token a name of 1 to 100 characters");
        }
        if (expiresInDays.isPresent() && (expiresInDays.get() < 1 || expiresInDays.get() > 3650)) {
            throw ApiException.badRequest("expires_days", "must be 1 to 3650 days, or empty for no expiry");
        }
        String value = PREFIX + Secrets.random(32);
        return db.write(h -> {
            User owner = users.byId(h, ownerId).orElseThrow(() -> ApiException.notFound("User " + ownerId
                    + " does not exist"));
            if (!owner.role().includes(role)) {
                throw ApiException.badRequest("role", "a token cannot do more than its owner: " + owner.username()
                        + " is " + owner.role().word());
            }
            if (projectId.isPresent() && h.createQuery("SELECT COUNT(*) FROM project WHERE id = :id")
                    .bind("id", projectId.get()).mapTo(Long.class).one() == 0) {
                throw ApiException.badRequest("project", "project " + projectId.get() + " does not exist");
            }
            long now = clock.millis();
            long id = tokens.insert(h, Secrets.sha256(value), value.substring(0, PREFIX.length() + 4), cleanName,
                    ownerId, role, projectId.orElse(null), now, expiresInDays.map(d -> now + d * DAY_MS).orElse(null));
            audit.record(h, actor, "token.create", "token " + id + " (" + cleanName + ")", "owner " + owner.username()
                    + ", role " + role.word() + projectId.map(p -> ", project " + p).orElse("")
                    + expiresInDays.map(d -> ", expires in " + d + " days").orElse(""));
            return new Created(value, tokens.byId(h, id).orElseThrow());
        });
    }

    public void revoke(Actor actor, long id) {
        db.writeVoid(h -> {
            ApiToken token = tokens.byId(h, id).orElseThrow(() -> ApiException.notFound("Token " + id
                    + " does not exist"));
            tokens.revoke(h, id, clock.millis());
            audit.record(h, actor, "token.revoke", "token " + id + " (" + token.name() + ")", "owner "
                    + token.username());
        });
    }

    public List<ApiToken> all() {
        return db.read(tokens::all);
    }

    /**
     * @return the live token with this value and the role it acts with (the lower of its own and its owner's);
     *     empty when unknown, revoked, expired, or its owner is disabled
     */
    Optional<Verified> verify(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 200) {
            return Optional.empty();
        }
        long now = clock.millis();
        return db.read(h -> tokens.byHash(h, Secrets.sha256(value)))
                .filter(f -> f.token().isLive(now) && !f.ownerDisabled())
                .map(f -> new Verified(f.token(), f.ownerRole().includes(f.token().role()) ? f.token().role()
                        : f.ownerRole()));
    }

    /** A token that let a request in, and the role it acts with. */
    record Verified(ApiToken token, Role role) {
    }

    /** Records that the token was used, at most once a minute: most requests only read. */
    void used(ApiToken token) {
        long now = clock.millis();
        if (token.lastUsedMs().map(t -> t < now - LAST_USED_PRECISION_MS).orElse(true)) {
            db.writeVoid(h -> tokens.touch(h, token.id(), now));
        }
    }
}
