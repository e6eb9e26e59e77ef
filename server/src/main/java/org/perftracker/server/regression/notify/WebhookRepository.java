package org.perftracker.server.regression.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.db.Columns;

/** SQL on webhooks. */
final class WebhookRepository {
    private static final String COLUMNS = "id, project_id, url, secret, events, created_ms";

    /** A webhook as stored, secret included. */
    record StoredWebhook(long id, long projectId, String url, String secret, List<String> events, long createdMs) {
        boolean wants(WebhookEvents event) {
            return events.contains(event.word());
        }
    }

    /**
     * A webhook with its project's name and its latest notification: {@code deliveryId} and the columns after it
     * are null when it has none yet.
     */
    record Listed(StoredWebhook webhook, String projectName, Long deliveryId, String deliveryEvent,
            String deliveryStatus, Integer httpStatus, Long createdMs, Long deliveredMs) {
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

    /** Every webhook of every project, by project name then id, each with its latest notification. */
    List<Listed> allWithLatestDelivery(Handle h) {
        return h.createQuery("""
                SELECT w.id, w.project_id, w.url, w.secret, w.events, w.created_ms, p.name AS project_name,
                    n.id AS delivery_id, n.event AS delivery_event, n.status AS delivery_status,
                    n.last_status AS delivery_http_status, n.created_ms AS delivery_created_ms,
                    n.delivered_ms AS delivery_delivered_ms
                FROM webhook w
                JOIN project p ON p.id = w.project_id
                LEFT JOIN notification n ON n.id = (SELECT MAX(id) FROM notification WHERE webhook_id = w.id)
                ORDER BY p.name, w.id""")
                .map((rs, ctx) -> new Listed(stored(rs), rs.getString("project_name"),
                        Columns.nullableLong(rs, "delivery_id"), rs.getString("delivery_event"),
                        rs.getString("delivery_status"), Columns.nullableInt(rs, "delivery_http_status"),
                        Columns.nullableLong(rs, "delivery_created_ms"),
                        Columns.nullableLong(rs, "delivery_delivered_ms")))
                .list();
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
