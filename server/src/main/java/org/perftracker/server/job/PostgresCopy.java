package org.perftracker.server.job;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts a job's new tests on PostgreSQL with one {@code COPY … FROM STDIN}: for a 10,000-test upload it is
 * several times faster than batched INSERTs, whose parameters PostgreSQL must parse and plan row by row. Values
 * are written in COPY's text format: tab-separated, {@code \N} for null, backslash escapes in text.
 */
final class PostgresCopy {
    private static final int FLUSH_BYTES = 256 * 1024;

    private PostgresCopy() {
    }

    static void insertTests(Connection connection, long jobId, List<TestMerge.Insert> inserts) {
        String sql = "COPY test (job_id, uuid, " + String.join(", ", TestColumns.NAMES) + ") FROM STDIN";
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                StringBuilder rows = new StringBuilder(FLUSH_BYTES + 4096);
                for (TestMerge.Insert insert : inserts) {
                    rows.append(jobId).append('\t').append(insert.uuid());
                    for (Object value : TestColumns.values(insert.test(), insert.seqNum())) {
                        rows.append('\t');
                        append(rows, value);
                    }
                    rows.append('\n');
                    if (rows.length() >= FLUSH_BYTES) {
                        write(copy, rows);
                    }
                }
                write(copy, rows);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String text) {
            escape(out, text);
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else {
            out.append(value);
        }
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
