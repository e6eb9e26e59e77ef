package org.perftracker.server.auth;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL on users. */
final class UserRepository {
    private static final String COLUMNS = "id, username, role, source, disabled, created_ms";
    private static final RowMapper<User> MAPPER = (rs, ctx) -> new User(rs.getLong("id"), rs.getString("username"),
            Role.of(rs.getString("role")), rs.getString("source"), rs.getBoolean("disabled"),
            rs.getLong("created_ms"));

    /** A user and their stored password hash, for a sign-in. */
    record WithHash(User user, String passwordHash) {
    }

    Optional<User> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne();
    }

    Optional<User> byName(Handle h, String username) {
        return h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE username = :name").bind("name", username)
                .map(MAPPER).findOne();
    }

    Optional<WithHash> withHash(Handle h, String username) {
        return h.createQuery("SELECT " + COLUMNS + ", password_hash FROM app_user WHERE username = :name")
                .bind("name", username)
                .map((rs, ctx) -> new WithHash(MAPPER.map(rs, ctx), rs.getString("password_hash"))).findOne();
    }

    List<User> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY username").map(MAPPER).list();
    }

    long count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one();
    }

    long activeAdmins(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM app_user WHERE role = 'admin' AND NOT disabled")
                .mapTo(Long.class).one();
    }

    long insert(Handle h, String username, String passwordHash, Role role, String source, long now) {
        return h.createUpdate("""
                        INSERT INTO app_user (username, password_hash, role, source, created_ms)
                        VALUES (:name, :hash, :role, :source, :now)""")
                .bind("name", username).bind("hash", passwordHash).bind("role", role.word()).bind("source", source)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void setRole(Handle h, long id, Role role) {
        h.createUpdate("UPDATE app_user SET role = :role WHERE id = :id").bind("role", role.word()).bind("id", id)
                .execute();
    }

    void setDisabled(Handle h, long id, boolean disabled) {
        h.createUpdate("UPDATE app_user SET disabled = :disabled WHERE id = :id").bind("disabled", disabled)
                .bind("id", id).execute();
    }

    void setPasswordHash(Handle h, long id, String hash) {
        h.createUpdate("UPDATE app_user SET password_hash = :hash WHERE id = :id").bind("hash", hash).bind("id", id)
                .execute();
    }
}
