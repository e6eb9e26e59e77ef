package org.perftracker.server.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.perftracker.server.db.Columns;
import org.perftracker.server.web.DataTablesRequest;

/** SQL that reads tests: a page of a job's tests, and one test with its raw scores. */
final class TestReadRepository {
    private static final String SEARCH = " " + """
            AND (LOWER(tag) LIKE :search ESCAPE '!' OR LOWER(category) LIKE :search ESCAPE '!'
                  OR LOWER(group_name) LIKE :search ESCAPE '!')""";

    private final JsonText json;

    TestReadRepository(JsonText json) {
        this.json = json;
    }

    /** @param group the group's tag to filter by, or empty for all groups */
    TestViews.TestPage page(Handle h, long jobId, Optional<String> group, DataTablesRequest request) {
        String where = " WHERE job_id = :job" + (group.isPresent() ? " AND group_name = :group" : "");
        boolean searching = !request.search().isEmpty();
        long total = count(h, where, jobId, group, null);
        long filtered = searching ? count(h, where + SEARCH, jobId, group, request.searchPattern()) : total;
        StringBuilder order = new StringBuilder(" ORDER BY ");
        List<DataTablesRequest.Order> orders = request.orders().isEmpty()
                ? List.of(new DataTablesRequest.Order(TestListColumn.SEQ_NUM.ordinal(), true)) : request.orders();
        for (DataTablesRequest.Order o : orders) {
            order.append(TestListColumn.at(o.column()).orderBy(o.ascending())).append(", ");
        }
        order.append("id ASC");
        Query query = h.createQuery("""
                SELECT id, seq_num, uuid, group_name, tag, category, metrics, less_better, duration_sec, avg_score,
                       avg_dev, stddev, score_count, errors, warnings, status
                FROM test""" + where + (searching ? SEARCH : "") + order + " LIMIT :limit OFFSET :offset")
                .bind("job", jobId).bind("limit", request.length()).bind("offset", request.start());
        group.ifPresent(g -> query.bind("group", g));
        if (searching) {
            query.bind("search", request.searchPattern());
        }
        List<TestViews.TestRow> rows = query.map((rs, ctx) -> new TestViews.TestRow(rs.getLong("id"),
                rs.getInt("seq_num"), rs.getString("uuid"), rs.getString("group_name"), rs.getString("tag"),
                rs.getString("category"), rs.getString("metrics"), rs.getBoolean("less_better"),
                rs.getDouble("duration_sec"), rs.getDouble("avg_score"),
                TestViews.plusMinPercent(rs.getDouble("avg_dev"), rs.getDouble("avg_score")),
                rs.getDouble("stddev"), rs.getInt("score_count"), rs.getInt("errors"), rs.getInt("warnings"),
                rs.getString("status"))).list();
        return new TestViews.TestPage(total, filtered, rows);
    }

    private static long count(Handle h, String where, long jobId, Optional<String> group, String search) {
        Query query = h.createQuery("SELECT COUNT(*) FROM test" + where).bind("job", jobId);
        group.ifPresent(g -> query.bind("group", g));
        if (search != null) {
            query.bind("search", search);
        }
        return query.mapTo(Long.class).one();
    }

    Optional<TestViews.TestDetails> details(Handle h, long testId) {
        return h.createQuery("SELECT * FROM test WHERE id = :id").bind("id", testId)
                .map((rs, ctx) -> details(rs)).findOne();
    }

    /** @return every test of the job with its raw scores, in order; for downloads */
    List<TestViews.TestDetails> allOfJob(Handle h, long jobId) {
        return h.createQuery("SELECT * FROM test WHERE job_id = :job ORDER BY seq_num, id").bind("job", jobId)
                .map((rs, ctx) -> details(rs)).list();
    }

    /** @return the tests of these jobs with the same (group, tag, category) as the given test, one query */
    List<TestViews.TestDetails> sameKeyIn(Handle h, List<Long> jobIds, long testId) {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT * FROM test WHERE job_id IN (<jobs>)"
                        + " AND test_key = (SELECT test_key FROM test WHERE id = :test)")
                .bindList("jobs", jobIds).bind("test", testId).map((rs, ctx) -> details(rs)).list();
    }

    private TestViews.TestDetails details(ResultSet rs) throws SQLException {
        double avg = rs.getDouble("avg_score");
        Long begin = Columns.nullableLong(rs, "begin_ms");
        Long end = Columns.nullableLong(rs, "end_ms");
        return new TestViews.TestDetails(rs.getLong("id"), rs.getInt("seq_num"), rs.getString("uuid"),
                rs.getString("tag"), rs.getString("binary_name"), rs.getString("cmdline"),
                rs.getString("group_name"), rs.getString("description"),
                JsonText.parseNumberList(rs.getString("scores")), 0,
                JsonText.parseNumberList(rs.getString("deviations")), 0, rs.getInt("samples"),
                rs.getString("category"), rs.getString("metrics"), json.parseMap(rs.getString("links")),
                json.parseMap(rs.getString("attribs")), rs.getBoolean("less_better"),
                rs.getInt("errors"), rs.getInt("warnings"),
                json.parseStrings(rs.getString("error_messages")),
                json.parseStrings(rs.getString("warning_messages")),
                begin == null ? null : JobViews.time(begin), end == null ? null : JobViews.time(end),
                Columns.nullableLong(rs, "loops"), rs.getDouble("duration_sec"), rs.getString("status"),
                rs.getLong("job_id"), avg, rs.getDouble("median_score"), rs.getDouble("min_score"),
                rs.getDouble("max_score"), rs.getDouble("stddev"), rs.getDouble("ci95"),
                rs.getDouble("avg_dev"), rs.getDouble("min_dev"), rs.getDouble("max_dev"),
                TestViews.plusMinPercent(rs.getDouble("avg_dev"), avg),
                TestViews.plusMinPercent(rs.getDouble("min_dev"), avg),
                TestViews.plusMinPercent(rs.getDouble("max_dev"), avg));
    }
}
