package org.perftracker.server.job;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.db.Columns;
import org.perftracker.server.db.Vendor;

/** SQL that creates and updates jobs during an upload. */
final class JobWriteRepository {
    private final Vendor vendor;

    JobWriteRepository(Vendor vendor) {
        this.vendor = vendor;
    }

    /** @return the job with this uuid, locked until the transaction ends */
    Optional<JobState> lockByUuid(Handle h, UUID uuid) {
        return h.createQuery("""
                SELECT id, project_id, begin_ms, end_ms, duration_ms, regression_id, regression_linked
                FROM job WHERE uuid = :uuid""" + vendor.forUpdate())
                .bind("uuid", uuid.toString())
                .map((rs, ctx) -> new JobState(rs.getLong("id"), rs.getLong("project_id"),
                        new JobTimes(rs.getLong("begin_ms"), rs.getLong("end_ms"), rs.getLong("duration_ms")),
                        Columns.nullableLong(rs, "regression_id"), rs.getBoolean("regression_linked")))
                .findOne();
    }

    /**
     * Creates the row of a new job; its values are filled in by {@link #update} in the same transaction.
     *
     * @return the new id, or empty when another upload created the job first
     */
    Optional<Long> insert(Handle h, UUID uuid, long projectId, String title, JobTimes times, long nowMs) {
        return h.createQuery("""
                INSERT INTO job (project_id, uuid, title, begin_ms, end_ms, duration_ms, upload_ms)
                VALUES (:project, :uuid, :title, :begin, :end, :duration, :now)
                ON CONFLICT (uuid) DO NOTHING
                RETURNING id""")
                .bind("project", projectId).bind("uuid", uuid.toString()).bind("title", title)
                .bind("begin", times.beginMs()).bind("end", times.endMs()).bind("duration", times.durationMs())
                .bind("now", nowMs)
                .mapTo(Long.class).findOne();
    }

    /**
     * The values an upload writes into its job. A null text keeps the job's current value.
     */
    record JobValues(long projectId, String title, String cmdline, String suiteName, String suiteVer,
            String author, String productName, String productVer, String linksJson, JobTimes times, long uploadMs,
            String envNames, Long regressionId, boolean regressionLinked, JobCounters counters) {
    }

    /** Writes an upload's values into its job and counts one more revision of it (V23: its tests may have changed). */
    void update(Handle h, long jobId, JobValues v) {
        h.createUpdate("""
                UPDATE job SET
                    project_id = :projectId,
                    title = COALESCE(:title, title),
                    cmdline = COALESCE(:cmdline, cmdline),
                    suite_name = COALESCE(:suiteName, suite_name),
                    suite_ver = COALESCE(:suiteVer, suite_ver),
                    author = COALESCE(:author, author),
                    product_name = COALESCE(:productName, product_name),
                    product_ver = COALESCE(:productVer, product_ver),
                    links = COALESCE(:links, links),
                    begin_ms = :begin, end_ms = :end, duration_ms = :duration, upload_ms = :upload,
                    revision = revision + 1,
                    env_names = COALESCE(:envNames, env_names),
                    regression_id = :regressionId,
                    regression_linked = :regressionLinked,
                    tests_total = :testsTotal,
                    tests_completed = :testsCompleted,
                    tests_failed = :testsFailed,
                    tests_errors = :testsErrors,
                    tests_warnings = :testsWarnings,
                    testcases_total = :testcasesTotal,
                    testcases_errors = :testcasesErrors
                WHERE id = :id""")
                .bind("id", jobId)
                .bind("projectId", v.projectId())
                .bind("title", v.title())
                .bind("cmdline", v.cmdline())
                .bind("suiteName", v.suiteName())
                .bind("suiteVer", v.suiteVer())
                .bind("author", v.author())
                .bind("productName", v.productName())
                .bind("productVer", v.productVer())
                .bind("links", v.linksJson())
                .bind("begin", v.times().beginMs())
                .bind("end", v.times().endMs())
                .bind("duration", v.times().durationMs())
                .bind("upload", v.uploadMs())
                .bind("envNames", v.envNames())
                .bind("regressionId", v.regressionId())
                .bind("regressionLinked", v.regressionLinked())
                .bind("testsTotal", v.counters().testsTotal())
                .bind("testsCompleted", v.counters().testsCompleted())
                .bind("testsFailed", v.counters().testsFailed())
                .bind("testsErrors", v.counters().testsErrors())
                .bind("testsWarnings", v.counters().testsWarnings())
                .bind("testcasesTotal", v.counters().testcasesTotal())
                .bind("testcasesErrors", v.counters().testcasesErrors())
                .execute();
        JobSearchText.refresh(h, jobId);
    }
}
