package org.perftracker.server.regression.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perftracker.server.home.RecentChanges;
import org.perftracker.server.regression.alert.AlertService;
import org.perftracker.server.regression.alert.AlertViews;

/**
 * What changed in a job, from its alerts: the shifts it brought that the latest analysis still finds, regressions
 * first, each as its sentence ("login latency +18% (p &lt; 0.001) since build 1.4.0-512", with its state once someone
 * triaged it) linking to the alert, and a last line linking to the others when there are more than
 * {@value #PER_JOB}. The home page lists them under each latest job, the job page under its summary.
 */
public final class AlertChanges implements RecentChanges {
    static final int PER_JOB = 5;

    private final AlertService alerts;

    public AlertChanges(AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public Map<Long, List<Change>> of(Collection<Long> jobIds) {
        Map<Long, List<Change>> changes = new HashMap<>();
        alerts.changesOfJobs(List.copyOf(jobIds), PER_JOB).forEach((jobId, found) ->
                changes.put(jobId, changes(found)));
        return changes;
    }

    static List<Change> changes(AlertViews.JobChanges found) {
        List<Change> list = new ArrayList<>();
        long projectId = 0;
        for (AlertViews.Alert a : found.alerts()) {
            projectId = a.projectId();
            String state = a.state().equals("new") ? "" : " · " + RegressionCells.stateLabel(a.state());
            list.add(new Change(a.direction(), a.summary() + state, "/" + a.projectId() + "/alert/" + a.id()));
        }
        long more = found.total() - found.alerts().size();
        if (more > 0) {
            list.add(new Change("other", RegressionCells.count(more, "more change", "more changes"),
                    "/" + projectId + "/alert/?state=all&job=" + found.jobId()));
        }
        return list;
    }
}
