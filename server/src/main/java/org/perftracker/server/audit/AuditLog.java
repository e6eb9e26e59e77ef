package org.perftracker.server.audit;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The record of deletions, edits and permission changes: who, when, what. Services write an entry in the same
 * transaction as the change, so that a change never lands without its entry, nor an entry without its change.
 */
public final class AuditLog {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** One entry; {@code action} is e.g. {@code job.delete}, {@code target} e.g. {@code job 17}. */
    public record Entry(long id, long atMs, String actor, String action, String target, String detail) {
    }

    /** Writes an entry, inside the caller's transaction. */
    public void record(Handle h, Actor actor, String action, String target, String detail) {
        h.createUpdate("INSERT INTO audit_log (at_ms, actor, action, target, detail)"
                        + " VALUES (:at, :actor, :action, :target, :detail)")
                .bind("at", clock.millis()).bind("actor", actor.name()).bind("action", action)
                .bind("target", target).bind("detail", detail.length() > 2000 ? detail.substring(0, 2000) : detail)
                .execute();
    }

    /** @return entries newest first, {@code limit} from {@code offset} */
    public List<Entry> page(Handle h, int offset, int limit) {
        return h.createQuery("""
                        SELECT id, at_ms, actor, action, target, detail FROM audit_log
                        ORDER BY at_ms DESC, id DESC LIMIT :limit OFFSET :offset""")
                .bind("limit", limit).bind("offset", offset)
                .map(ConstructorMapper.of(Entry.class)).list();
    }

    public long count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one();
    }
}
