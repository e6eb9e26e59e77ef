package org.perftracker.server.job;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/** SQL that writes a job's tests, in batches: an upload of 10,000 tests is a handful of statements. */
final class TestWriteRepository {
    private static final String VALUE_COLUMNS = """
            test_key, seq_num, tag, group_name, category, metrics, less_better, status, scores, deviations,
            samples, loops, errors, warnings, error_messages, warning_messages, duration_sec, begin_ms, end_ms,
            binary_name, cmdline, description, links, attribs, score_count, avg_score, median_score, min_score,
            max_score, stddev, ci95, avg_dev, min_dev, max_dev""";
    private static final int VALUE_COUNT = 34;
    private static final String INSERT = "INSERT INTO test (job_id, uuid, " + VALUE_COLUMNS + ") VALUES ("
            + "?, ?" + ", ?".repeat(VALUE_COUNT) + ")";
    private static final String UPDATE = "UPDATE test SET "
            + String.join(" = ?, ", VALUE_COLUMNS.replace("\n", " ").split(",\\s*")) + " = ? WHERE id = ?";

    List<TestState> states(Handle h, long jobId) {
        return h.createQuery("""
                SELECT id, uuid, test_key, seq_num, group_name, tag, category, status, errors, warnings
                FROM test WHERE job_id = :job""")
                .bind("job", jobId)
                .map((rs, ctx) -> new TestState(rs.getLong("id"), UUID.fromString(rs.getString("uuid")),
                        rs.getString("test_key"), rs.getInt("seq_num"), rs.getString("group_name"),
                        rs.getString("tag"), rs.getString("category"), TestStatus.valueOf(rs.getString("status")),
                        rs.getInt("errors"), rs.getInt("warnings")))
                .list();
    }

    void delete(Handle h, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("DELETE FROM test WHERE id = ?");
        ids.forEach(id -> batch.bind(0, id).add());
        batch.execute();
    }

    void insert(Handle h, long jobId, List<TestMerge.Insert> inserts) {
        if (inserts.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(INSERT);
        for (TestMerge.Insert insert : inserts) {
            batch.bind(0, jobId).bind(1, insert.uuid().toString());
            bindValues(batch, 2, insert.test(), insert.seqNum());
            batch.add();
        }
        batch.execute();
    }

    void update(Handle h, List<TestMerge.Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        List<TestMerge.Update> moving = updates.stream().filter(TestMerge.Update::keyChanged).toList();
        if (!moving.isEmpty()) {
            // two updated tests may swap keys: park the moving ones on a key no other test has first
            PreparedBatch park = h.prepareBatch("UPDATE test SET test_key = ? WHERE id = ?");
            moving.forEach(u -> park.bind(0, "moving:" + u.existing().uuid()).bind(1, u.existing().id()).add());
            park.execute();
        }
        PreparedBatch batch = h.prepareBatch(UPDATE);
        for (TestMerge.Update update : updates) {
            bindValues(batch, 0, update.test(), update.seqNum());
            batch.bind(VALUE_COUNT, update.existing().id());
            batch.add();
        }
        batch.execute();
    }

    private static void bindValues(PreparedBatch b, int first, PreparedTest p, int seqNum) {
        TestResult t = p.source();
        int i = first;
        b.bind(i++, p.testKey());
        b.bind(i++, seqNum);
        b.bind(i++, t.tag());
        b.bind(i++, t.group());
        b.bind(i++, t.category());
        b.bind(i++, t.metrics());
        b.bind(i++, t.lessBetter());
        b.bind(i++, t.status().name());
        b.bind(i++, p.scoresJson());
        b.bind(i++, p.deviationsJson());
        b.bind(i++, p.samples());
        b.bind(i++, t.loops().isPresent() ? Long.valueOf(t.loops().getAsLong()) : null);
        b.bind(i++, t.errors());
        b.bind(i++, t.warnings());
        b.bind(i++, p.errorMessagesJson());
        b.bind(i++, p.warningMessagesJson());
        b.bind(i++, p.durationSec());
        b.bind(i++, t.begin().map(java.time.Instant::toEpochMilli).orElse(null));
        b.bind(i++, t.end().map(java.time.Instant::toEpochMilli).orElse(null));
        b.bind(i++, t.binary());
        b.bind(i++, t.cmdline());
        b.bind(i++, t.description());
        b.bind(i++, p.linksJson());
        b.bind(i++, p.attribsJson());
        b.bind(i++, p.summary().count());
        b.bind(i++, p.summary().mean());
        b.bind(i++, p.summary().median());
        b.bind(i++, p.summary().min());
        b.bind(i++, p.summary().max());
        b.bind(i++, p.summary().stddev());
        b.bind(i++, p.summary().ci95());
        b.bind(i++, p.avgDev());
        b.bind(i++, p.minDev());
        b.bind(i, p.maxDev());
    }
}
