package org.perftracker.server.job;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL on test groups: one row per group tag, so that a group has a stable id for filters in URLs. */
final class TestGroupRepository {

    void ensure(Handle h, Collection<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(
                "INSERT INTO test_group (tag, title) VALUES (?, ?) ON CONFLICT (tag) DO NOTHING");
        tags.forEach(tag -> batch.bind(0, tag).bind(1, tag).add());
        batch.execute();
    }

    /** @return the groups of the job's tests, in the order of their first test */
    List<TestViews.TestGroup> ofJob(Handle h, long jobId) {
        return h.createQuery("""
                SELECT g.id, g.tag, g.title
                FROM test_group g
                JOIN (SELECT group_name, MIN(seq_num) AS first_seq FROM test WHERE job_id = :job GROUP BY group_name) t
                  ON t.group_name = g.tag
                ORDER BY t.first_seq, g.id""")
                .bind("job", jobId)
                .map((rs, ctx) -> new TestViews.TestGroup(rs.getLong("id"), rs.getString("tag"), rs.getString("title"),
                        "", ""))
                .list();
    }

    Optional<String> tagOf(Handle h, long groupId) {
        return h.createQuery("SELECT tag FROM test_group WHERE id = :id").bind("id", groupId)
                .mapTo(String.class).findOne();
    }
}
