package org.perftracker.server.regression.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL on webhooks. */
final class WebhookRepository {
    private static final String COLUMNS = "id, project_id, url, secret, events, created_ms";

    /** A webhook as stored, secret included. */
    record StoredWebhook(long id, long projectId, String url, String secret, List<String> events, long createdMs) {
        boolean wants(WebhookEvents event) {
            return events.contains(event.word());
        }
    }

    long insert(Handle h, long projectId, String url, String secret, List<String> events, long now) {
        return h.createUpdate("""
                INSERT INTO webhook (project_id, url, secret, events, created_ms)
                VALUES (:project, :url, :secret, :events, :now)""")
                .bind("project", projectId).bind("url", url).bind("secret", secret)
                .bind("events", String.join(",", events)).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** @param projectId 0 for every project */
    List<StoredWebhook> all(Handle h, long projectId) {
        if (projectId == 0) {
            return h.createQuery("SELECT " + COLUMNS + " FROM webhook ORDER BY id").map((rs, ctx) -> stored(rs))
                    .list();
        }
        return h.createQuery("SELECT " + COLUMNS + " FROM webhook WHERE project_id = :project ORDER BY id")
                .bind("project", projectId).map((rs, ctx) -> stored(rs)).list();
    }

    Optional<StoredWebhook> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM webhook WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> stored(rs)).findOne();
    }

    boolean delete(Handle h, long id) {
        return h.createUpdate("DELETE FROM webhook WHERE id = :id").bind("id", id).execute() > 0;
    }

    private static StoredWebhook stored(ResultSet rs) throws SQLException {
        return new StoredWebhook(rs.getLong("id"), rs.getLong("project_id"), rs.getString("url"),
                rs.getString("secret"), WebhookEvents.parseStored(rs.getString("events")), rs.getLong("created_ms"));
    }
}
