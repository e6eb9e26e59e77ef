package org.perftracker.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.db.Columns;

/** SQL on API tokens. */
final class TokenRepository {
    private static final String SELECT = """
            SELECT t.id, t.prefix, t.name, t.user_id, u.username, t.role, t.project_id, t.created_ms, t.expires_ms,
                   t.revoked_ms, t.last_used_ms, u.role AS user_role, u.disabled
            FROM api_token t JOIN app_user u ON u.id = t.user_id""";

    /** A token found by its value, with what its owner may do today. */
    record Found(ApiToken token, Role ownerRole, boolean ownerDisabled) {
    }

    long insert(Handle h, String hash, String prefix, String name, long userId, Role role, Long projectId, long now,
            Long expiresMs) {
        return h.createUpdate("""
                        INSERT INTO api_token (token_hash, prefix, name, user_id, role, project_id, created_ms,
                                               expires_ms)
                        VALUES (:hash, :prefix, :name, :user, :role, :project, :now, :expires)""")
                .bind("hash", hash).bind("prefix", prefix).bind("name", name).bind("user", userId)
                .bind("role", role.word()).bind("project", projectId).bind("now", now).bind("expires", expiresMs)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    Optional<Found> byHash(Handle h, String hash) {
        return h.createQuery(SELECT + " WHERE t.token_hash = :hash").bind("hash", hash)
                .map((rs, ctx) -> new Found(token(rs), Role.of(rs.getString("user_role")), rs.getBoolean("disabled")))
                .findOne();
    }

    Optional<ApiToken> byId(Handle h, long id) {
        return h.createQuery(SELECT + " WHERE t.id = :id").bind("id", id).map((rs, ctx) -> token(rs)).findOne();
    }

    List<ApiToken> all(Handle h) {
        return h.createQuery(SELECT + " ORDER BY t.created_ms DESC, t.id DESC").map((rs, ctx) -> token(rs)).list();
    }

    void revoke(Handle h, long id, long now) {
        h.createUpdate("UPDATE api_token SET revoked_ms = :now WHERE id = :id AND revoked_ms IS NULL")
                .bind("now", now).bind("id", id).execute();
    }

    /** Records a use, unless one was recorded less than a minute ago (by this node or another). */
    void touch(Handle h, long id, long now) {
        h.createUpdate("""
                        UPDATE api_token SET last_used_ms = :now
                        WHERE id = :id AND (last_used_ms IS NULL OR last_used_ms < :recent)""")
                .bind("now", now).bind("id", id).bind("recent", now - TokenService.LAST_USED_PRECISION_MS).execute();
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("prefix"), rs.getString("name"), rs.getLong("user_id"),
                rs.getString("username"), Role.of(rs.getString("role")),
                Optional.ofNullable(Columns.nullableLong(rs, "project_id")),
                rs.getLong("created_ms"), Optional.ofNullable(Columns.nullableLong(rs, "expires_ms")),
                Optional.ofNullable(Columns.nullableLong(rs, "revoked_ms")),
                Optional.ofNullable(Columns.nullableLong(rs, "last_used_ms")));
    }
}
