package org.perftracker.server.auth;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Signed-in browsers, in the database so that every server node knows them. The cookie carries a random id; the
 * table keeps only its SHA-256, so that reading the table does not let anyone in.
 */
final class SessionRepository {
    /** A live session and its user. */
    record Session(String idHash, User user, String csrfToken, long expiresMs) {
    }

    /** A new session's cookie value and CSRF token. */
    record Created(String cookieValue, String csrfToken) {
    }

    Created create(Handle h, long userId, long now, long lifetimeMs) {
        String value = Secrets.random(32);
        String csrf = Secrets.random(32);
        h.createUpdate("""
                        INSERT INTO user_session (id_hash, user_id, csrf_token, created_ms, expires_ms)
                        VALUES (:id, :user, :csrf, :now, :expires)""")
                .bind("id", Secrets.sha256(value)).bind("user", userId).bind("csrf", csrf).bind("now", now)
                .bind("expires", now + lifetimeMs).execute();
        return new Created(value, csrf);
    }

    /** @return the session of this cookie value if it has not expired and its user may still sign in */
    Optional<Session> find(Handle h, String cookieValue, long now) {
        return h.createQuery("""
                        SELECT s.id_hash, s.csrf_token, s.expires_ms,
                               u.id, u.username, u.role, u.source, u.disabled, u.created_ms
                        FROM user_session s JOIN app_user u ON u.id = s.user_id
                        WHERE s.id_hash = :id AND s.expires_ms > :now AND NOT u.disabled""")
                .bind("id", Secrets.sha256(cookieValue)).bind("now", now)
                .map((rs, ctx) -> new Session(rs.getString("id_hash"),
                        new User(rs.getLong("id"), rs.getString("username"), Role.of(rs.getString("role")),
                                rs.getString("source"), rs.getBoolean("disabled"), rs.getLong("created_ms")),
                        rs.getString("csrf_token"), rs.getLong("expires_ms")))
                .findOne();
    }

    void delete(Handle h, String cookieValue) {
        h.createUpdate("DELETE FROM user_session WHERE id_hash = :id").bind("id", Secrets.sha256(cookieValue))
                .execute();
    }

    void deleteOfUser(Handle h, long userId) {
        h.createUpdate("DELETE FROM user_session WHERE user_id = :user").bind("user", userId).execute();
    }

    void deleteExpired(Handle h, long now) {
        h.createUpdate("DELETE FROM user_session WHERE expires_ms <= :now").bind("now", now).execute();
    }
}
