package org.perftracker.server.regression.analysis;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.db.Vendor;

/**
 * SQL on the analysis queue: one row per job whose regression's series must be analysed again. A batch is every
 * due row of one regression; on PostgreSQL the analysing transaction holds that regression's row
 * ({@code FOR NO KEY UPDATE SKIP LOCKED}, which uploads referencing the regression do not wait for), so several
 * server nodes share the queue and never analyse one regression at the same time.
 */
public final class AnalysisQueue {
    /** A row that failed this often is left in the queue, and reported, instead of being tried again. */
    static final int MAX_ATTEMPTS = 5;

    /** The due rows of one regression. */
    record Batch(long regressionId, List<Long> itemIds, List<Long> jobIds) {
        Batch {
            itemIds = List.copyOf(itemIds);
            jobIds = List.copyOf(jobIds.stream().distinct().sorted().toList());
        }
    }

    /**
     * How far the analysis of a job's regression has come: rows still waiting, and rows that gave up after failures.
     * A job's alert may come from the analysis of a later build, so a job counts as analysed only when its
     * regression's whole queue is.
     */
    public record Status(int pending, int failed) {
        public boolean analysed() {
            return pending == 0 && failed == 0;
        }
    }

    /**
     * Queues the job for the analysis of its regression; nothing when it belongs to none. On PostgreSQL the commit
     * does not wait for the disk: the upload it follows is already durable, and a queue row lost in a crash only
     * delays the analysis to the next change of the same series (which finds the series changed and catches up).
     */
    public void enqueue(Handle h, Vendor vendor, long jobId, long now) {
        if (vendor == Vendor.POSTGRESQL) {
            h.execute("SET LOCAL synchronous_commit TO OFF");
        }
        h.createUpdate("""
                INSERT INTO regression_queue (regression_id, job_id, enqueued_ms)
                SELECT regression_id, id, :now FROM job WHERE id = :job AND regression_id IS NOT NULL""")
                .bind("job", jobId).bind("now", now).execute();
    }

    /** @return the state of the queue of the regression, and of the job's own rows (in case it moved) */
    public Status status(Handle h, long regressionId, long jobId) {
        return h.createQuery("""
                SELECT COALESCE(SUM(CASE WHEN attempts < :max THEN 1 ELSE 0 END), 0) AS pending,
                       COALESCE(SUM(CASE WHEN attempts >= :max THEN 1 ELSE 0 END), 0) AS failed
                FROM regression_queue WHERE regression_id = :regression OR job_id = :job""")
                .bind("regression", regressionId).bind("job", jobId).bind("max", MAX_ATTEMPTS)
                .map((rs, ctx) -> new Status(rs.getInt("pending"), rs.getInt("failed"))).one();
    }

    /** @return whether any row is due (a plain read, so that an idle poll takes no write lock) */
    boolean anyDue(Handle h, long now) {
        return h.createQuery("""
                SELECT id FROM regression_queue WHERE attempts < :max AND not_before_ms <= :now LIMIT 1""")
                .bind("max", MAX_ATTEMPTS).bind("now", now).mapTo(Long.class).findOne().isPresent();
    }

    /**
     * @return the due rows of the regression waiting longest; locked on PostgreSQL until the transaction ends. The
     *     batch may be empty: another node may have analysed the regression between finding it and locking it
     */
    Optional<Batch> next(Handle h, Vendor vendor, long now) {
        Optional<Long> regression = h.createQuery("""
                SELECT r.id FROM regression r
                WHERE r.id IN (SELECT q.regression_id FROM regression_queue q
                               WHERE q.attempts < :max AND q.not_before_ms <= :now)
                ORDER BY (SELECT MIN(q.id) FROM regression_queue q WHERE q.regression_id = r.id)
                LIMIT 1""" + (vendor == Vendor.POSTGRESQL ? " FOR NO KEY UPDATE OF r SKIP LOCKED" : ""))
                .bind("max", MAX_ATTEMPTS).bind("now", now).mapTo(Long.class).findOne();
        if (regression.isEmpty()) {
            return Optional.empty();
        }
        List<long[]> rows = h.createQuery("""
                SELECT id, job_id FROM regression_queue
                WHERE regression_id = :regression AND attempts < :max AND not_before_ms <= :now ORDER BY id""")
                .bind("regression", regression.get()).bind("max", MAX_ATTEMPTS).bind("now", now)
                .map((rs, ctx) -> new long[] {rs.getLong("id"), rs.getLong("job_id")}).list();
        return Optional.of(new Batch(regression.get(), rows.stream().map(r -> r[0]).toList(),
                rows.stream().map(r -> r[1]).toList()));
    }

    void done(Handle h, Batch batch) {
        if (batch.itemIds().isEmpty()) {
            return;
        }
        h.createUpdate("DELETE FROM regression_queue WHERE id IN (<ids>)").bindList("ids", batch.itemIds())
                .execute();
    }

    /** Puts the batch back, to be tried again after a delay that grows with each failure (1 s, 4 s, 9 s, …). */
    void failed(Handle h, Batch batch, long now, String error) {
        if (batch.itemIds().isEmpty()) {
            return;
        }
        h.createUpdate("""
                UPDATE regression_queue
                SET attempts = attempts + 1, not_before_ms = :now + 1000 * (attempts + 1) * (attempts + 1),
                    last_error = :error
                WHERE id IN (<ids>)""")
                .bindList("ids", batch.itemIds()).bind("now", now)
                .bind("error", error.length() > 2000 ? error.substring(0, 2000) : error).execute();
    }
}
