package org.perftracker.server.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.artifact.ArtifactRow;
import org.perftracker.server.artifact.ArtifactView;
import org.perftracker.server.page.Layout;

/**
 * A job's artifacts as its pages list them: each with what it is linked to, the job or which of its tests, read
 * in one query for all the artifacts listed.
 */
final class JobArtifacts {
    /** The most a job's details list; the API gives them all. */
    static final int MAX_ROWS = 100;

    private JobArtifacts() {
    }

    static List<ArtifactRow> rows(Handle h, JobViews.JobDetails job, long projectId) {
        List<ArtifactView> shown = job.artifacts().subList(0, Math.min(MAX_ROWS, job.artifacts().size()));
        if (shown.isEmpty()) {
            return List.of();
        }
        String jobHref = "/" + projectId + "/job/" + job.id();
        Map<Long, List<Layout.Link>> tests = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT al.artifact_id, t.id, t.tag, t.category FROM artifact_link al
                        JOIN test t ON t.uuid = al.linked_uuid
                        WHERE t.job_id = :job AND al.artifact_id IN (<artifacts>)
                        ORDER BY t.seq_num, t.id""")
                .bind("job", job.id()).bindList("artifacts", shown.stream().map(ArtifactView::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new Layout.Link("test " + JobCells.testName(
                        rs.getString(3), rs.getString(4)), jobHref + "/test/" + rs.getLong(2), false)))
                .forEach(e -> tests.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return shown.stream().map(a -> {
            List<Layout.Link> links = new ArrayList<>();
            if (a.links().contains(job.uuid())) {
                links.add(new Layout.Link("job #" + job.id(), jobHref, false));
            }
            links.addAll(tests.getOrDefault(a.id(), List.of()));
            return ArtifactRow.of(a, projectId, links);
        }).toList();
    }
}
