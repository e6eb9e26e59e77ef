package org.perftracker.server.job;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
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
    private static final int BATCH_SIZE = 1000;
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
        jdbcBatch(h, INSERT, inserts, (ps, insert) -> {
            ps.setLong(1, jobId);
            ps.setString(2, insert.uuid().toString());
            bindValues(ps, 3, insert.test(), insert.seqNum());
        });
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
        jdbcBatch(h, UPDATE, updates, (ps, update) -> {
            bindValues(ps, 1, update.test(), update.seqNum());
            ps.setLong(VALUE_COUNT + 1, update.existing().id());
        });
    }

    /** Binds one row of a batch. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /**
     * Runs a batch with plain JDBC on the handle's connection: binding 35 values for each of 10,000 tests is the
     * hot path of a large upload, and JDBI's per-argument binding costs several times the database's work here.
     */
    private static <T> void jdbcBatch(Handle h, String sql, List<T> rows, RowBinder<T> binder) {
        try (PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
                if (++pending == BATCH_SIZE) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static void bindValues(PreparedStatement ps, int first, PreparedTest p, int seqNum)
            throws SQLException {
        TestResult t = p.source();
        int i = first;
        ps.setString(i++, p.testKey());
        ps.setInt(i++, seqNum);
        ps.setString(i++, t.tag());
        ps.setString(i++, t.group());
        ps.setString(i++, t.category());
        ps.setString(i++, t.metrics());
        ps.setBoolean(i++, t.lessBetter());
        ps.setString(i++, t.status().name());
        ps.setString(i++, p.scoresJson());
        ps.setString(i++, p.deviationsJson());
        ps.setInt(i++, p.samples());
        setLong(ps, i++, t.loops().isPresent() ? t.loops().getAsLong() : null);
        ps.setInt(i++, t.errors());
        ps.setInt(i++, t.warnings());
        ps.setString(i++, p.errorMessagesJson());
        ps.setString(i++, p.warningMessagesJson());
        ps.setDouble(i++, p.durationSec());
        setLong(ps, i++, t.begin().map(java.time.Instant::toEpochMilli).orElse(null));
        setLong(ps, i++, t.end().map(java.time.Instant::toEpochMilli).orElse(null));
        ps.setString(i++, t.binary());
        ps.setString(i++, t.cmdline());
        ps.setString(i++, t.description());
        ps.setString(i++, p.linksJson());
        ps.setString(i++, p.attribsJson());
        ps.setInt(i++, p.summary().count());
        ps.setDouble(i++, p.summary().mean());
        ps.setDouble(i++, p.summary().median());
        ps.setDouble(i++, p.summary().min());
        ps.setDouble(i++, p.summary().max());
        ps.setDouble(i++, p.summary().stddev());
        ps.setDouble(i++, p.summary().ci95());
        ps.setDouble(i++, p.avgDev());
        ps.setDouble(i++, p.minDev());
        ps.setDouble(i, p.maxDev());
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
