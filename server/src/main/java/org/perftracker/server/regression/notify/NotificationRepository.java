package org.perftracker.server.regression.notify;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.perftracker.server.db.Columns;
import org.perftracker.server.db.Vendor;

/**
 * SQL on notifications: the outbox that analyses and triage write into, the claims of the nodes that send them,
 * and the delivery log.
 */
final class NotificationRepository {
    static final String WEBHOOK = "webhook";
    static final String EMAIL = "email";

    /** A notification due to be sent, with where to send it. */
    record Due(long id, String channel, String event, String payload, int attempts, String url, String secret) {
    }

    /** Whether an attempt worked. {@code permanent} failures are not retried. */
    record Attempt(boolean delivered, boolean permanent, Integer status, String error) {
    }

    long insert(Handle h, long projectId, String channel, Long webhookId, String event, String payload, long now) {
        return h.createUpdate("""
                INSERT INTO notification (project_id, channel, webhook_id, event, payload, status, next_attempt_ms,
                    created_ms)
                VALUES (:project, :channel, :webhook, :event, :payload, 'pending', :now, :now)""")
                .bind("project", projectId).bind("channel", channel).bind("webhook", webhookId).bind("event", event)
                .bind("payload", payload).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** @return whether a notification is due (a plain read, so that an idle poll takes no write lock) */
    boolean anyDue(Handle h, long now) {
        return h.createQuery("""
                SELECT id FROM notification
                WHERE status = 'pending' AND next_attempt_ms <= :now AND claimed_until_ms <= :now LIMIT 1""")
                .bind("now", now).mapTo(Long.class).findOne().isPresent();
    }

    /**
     * Claims up to {@code limit} due notifications for {@code leaseMillis}: no other node sends them meanwhile, and
     * a node that dies while sending leaves them to be claimed again when the lease ends.
     */
    List<Due> claim(Handle h, Vendor vendor, long now, long leaseMillis, int limit) {
        List<Long> ids = h.createQuery("""
                SELECT id FROM notification
                WHERE status = 'pending' AND next_attempt_ms <= :now AND claimed_until_ms <= :now
                ORDER BY next_attempt_ms, id LIMIT :limit""" + (vendor == Vendor.POSTGRESQL
                        ? " FOR UPDATE SKIP LOCKED" : ""))
                .bind("now", now).bind("limit", limit).mapTo(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        h.createUpdate("UPDATE notification SET claimed_until_ms = :until WHERE id IN (<ids>)")
                .bind("until", now + leaseMillis).bindList("ids", ids).execute();
        return h.createQuery("""
                SELECT n.id, n.channel, n.event, n.payload, n.attempts, w.url, w.secret
                FROM notification n LEFT JOIN webhook w ON w.id = n.webhook_id
                WHERE n.id IN (<ids>) ORDER BY n.id""")
                .bindList("ids", ids)
                .map((rs, ctx) -> new Due(rs.getLong("id"), rs.getString("channel"), rs.getString("event"),
                        rs.getString("payload"), rs.getInt("attempts"), rs.getString("url"), rs.getString("secret")))
                .list();
    }

    /** Records an attempt: delivered, to be retried at {@code retryAt}, or given up. */
    void record(Handle h, long id, Attempt attempt, long now, Optional<Long> retryAt) {
        String status = attempt.delivered() ? "delivered" : retryAt.isPresent() ? "pending" : "failed";
        h.createUpdate("""
                UPDATE notification SET status = :status, attempts = attempts + 1, last_status = :code,
                    last_error = :error, next_attempt_ms = :next, claimed_until_ms = 0, delivered_ms = :delivered
                WHERE id = :id""")
                .bind("id", id).bind("status", status).bind("code", attempt.status())
                .bind("error", attempt.error().length() > 2000 ? attempt.error().substring(0, 2000) : attempt.error())
                .bind("next", retryAt.orElse(now)).bind("delivered", attempt.delivered() ? Long.valueOf(now) : null)
                .execute();
    }

    /** One entry of the delivery log. */
    record Row(long id, long projectId, String channel, Long webhookId, String event, String status, int attempts,
            Integer lastStatus, String lastError, long createdMs, long nextAttemptMs, Long deliveredMs,
            String payload) {
    }

    /**
     * @param projectId 0 for every project
     * @param webhookId empty for every notification of the project
     */
    List<Row> page(Handle h, long projectId, Optional<Long> webhookId, Optional<String> channel, int start,
            int length) {
        return filtered(h.createQuery("SELECT * FROM notification" + where(projectId, webhookId, channel)
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset"), projectId, webhookId, channel)
                .bind("limit", length).bind("offset", start)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getLong("project_id"), rs.getString("channel"),
                        Columns.nullableLong(rs, "webhook_id"), rs.getString("event"), rs.getString("status"),
                        rs.getInt("attempts"), Columns.nullableInt(rs, "last_status"), rs.getString("last_error"),
                        rs.getLong("created_ms"), rs.getLong("next_attempt_ms"),
                        Columns.nullableLong(rs, "delivered_ms"), rs.getString("payload")))
                .list();
    }

    long count(Handle h, long projectId, Optional<Long> webhookId, Optional<String> channel) {
        return filtered(h.createQuery("SELECT COUNT(*) FROM notification" + where(projectId, webhookId, channel)),
                projectId, webhookId, channel).mapTo(Long.class).one();
    }

    /** Binds only the filters {@link #where} names: a query given a parameter it does not use is refused. */
    private static Query filtered(Query query, long projectId, Optional<Long> webhookId, Optional<String> channel) {
        if (projectId != 0) {
            query.bind("project", projectId);
        }
        webhookId.ifPresent(id -> query.bind("webhook", id));
        channel.ifPresent(c -> query.bind("channel", c));
        return query;
    }

    private static String where(long projectId, Optional<Long> webhookId, Optional<String> channel) {
        return " WHERE 1 = 1" + (projectId == 0 ? "" : " AND project_id = :project")
                + (webhookId.isPresent() ? " AND webhook_id = :webhook" : "")
                + (channel.isPresent() ? " AND channel = :channel" : "");
    }
}
