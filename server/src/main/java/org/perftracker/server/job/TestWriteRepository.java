package org.perftracker.server.job;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.perftracker.server.db.Vendor;
import org.perftracker.core.upload.TestStatus;

/**
 * SQL that writes a job's tests in bulk: an upload of 10,000 tests is a handful of statements on SQLite and one
 * COPY on PostgreSQL.
 */
final class TestWriteRepository {
    private static final String INSERT = "INSERT INTO test (job_id, uuid, " + String.join(", ", TestColumns.NAMES)
            + ") VALUES (?, ?" + ", ?".repeat(TestColumns.COUNT) + ")";
    private static final int BATCH_SIZE = 1000;
    private static final String UPDATE = "UPDATE test SET " + String.join(" = ?, ", TestColumns.NAMES)
            + " = ? WHERE id = ?";

    private final Vendor vendor;

    TestWriteRepository(Vendor vendor) {
        this.vendor = vendor;
    }

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
        if (vendor == Vendor.POSTGRESQL) {
            PostgresCopy.insertTests(h.getConnection(), jobId, inserts);
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
            ps.setLong(TestColumns.COUNT + 1, update.existing().id());
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
        Object[] values = TestColumns.values(p, seqNum);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int index = first + i;
            if (v == null) {
                ps.setNull(index, TestColumns.isText(i) ? Types.VARCHAR : Types.BIGINT);
            } else if (v instanceof String text) {
                ps.setString(index, text);
            } else if (v instanceof Double d) {
                ps.setDouble(index, d);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(index, b);
            } else if (v instanceof Integer n) {
                ps.setInt(index, n);
            } else {
                ps.setLong(index, (Long) v);
            }
        }
    }
}
