package org.perftracker.server.regression.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobViews;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.ListSpec;
import org.perftracker.server.page.ListState;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Pager;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.regression.RegressionService;
import org.perftracker.server.regression.RegressionViews;
import org.perftracker.server.regression.alert.AlertFilter;
import org.perftracker.server.regression.alert.AlertService;
import org.perftracker.server.regression.alert.AlertState;
import org.perftracker.server.regression.alert.AlertViews;
import org.perftracker.server.regression.alert.Direction;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;

/**
 * The alerts, {@code /<project>/alert/}: grouped by the job (build) that brought each shift, the latest first, with
 * the filters in the URL ({@code ?state=open&direction=regression&regression=3&job=24}; open alerts unless told
 * otherwise). Each alert reads as one sentence with its direction in a word and a colour, and carries its triage
 * form and its history.
 */
public final class AlertListPage {
    static final ListSpec SPEC = new ListSpec(Map.of("latest", true), "latest",
            List.of("state", "direction", "regression", "job"));
    /** The state filter's choices: word → what the page calls it. */
    static final Map<String, String> STATES = orderedStates();
    private static final int REGRESSIONS_OFFERED = 500;

    private final AlertService alerts;
    private final RegressionService regressions;
    private final JobService jobs;
    private final ProjectService projects;
    private final Layouts layouts;
    private final Templates templates;

    AlertListPage(AlertService alerts, RegressionService regressions, JobService jobs, ProjectService projects,
            Layouts layouts, Templates templates) {
        this.alerts = alerts;
        this.regressions = regressions;
        this.jobs = jobs;
        this.projects = projects;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The alerts of one job; {@code row} is null when the job is gone. */
    public record JobGroup(AlertViews.JobRef job, JobViews.JobRow row, List<AlertViews.Alert> alerts) {
        public JobGroup {
            alerts = List.copyOf(alerts);
        }
    }

    /** The page's view. */
    public record View(Layout layout, long projectId, ListState state, Pager pager, List<JobGroup> groups,
            AlertCards cards, List<RegressionViews.RegressionRow> regressions) {
        public View {
            groups = List.copyOf(groups);
            regressions = List.copyOf(regressions);
        }

        /** @return the state filter's word: open unless the URL says otherwise */
        public String stateWord() {
            return stateWord(state);
        }

        static String stateWord(ListState state) {
            String word = state.filter("state");
            return STATES.containsKey(word) ? word : "open";
        }

        public Map<String, String> states() {
            return STATES;
        }

        public String jobHref(long jobId) {
            return "/" + projectId + "/job/" + jobId;
        }

        /** @return whether any filter but the default one is set */
        public boolean filtered() {
            return !state.filters().isEmpty() && !state.filters().equals(Map.of("state", "open"));
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        if (projectId != Project.ALL && projects.byId(projectId).isEmpty()) {
            throw ApiException.notFound("Project " + projectId + " does not exist");
        }
        ListState state = ListState.from(SPEC, ctx.path(), ctx.queryParamMap());
        AlertViews.JobAlertsPage page = alerts.pageByJob(filter(projectId, state), state.offset(), state.size());
        List<Long> jobIds = page.data().stream().map(g -> g.job().id()).toList();
        Map<Long, JobViews.JobRow> rows = new HashMap<>();
        jobs.rows(jobIds).forEach(r -> rows.put(r.id(), r));
        List<JobGroup> groups = page.data().stream().map(g -> new JobGroup(g.job(), rows.get(g.job().id()),
                g.alerts())).toList();
        List<Long> alertIds = new ArrayList<>();
        groups.forEach(g -> g.alerts().forEach(a -> alertIds.add(a.id())));
        Map<Long, List<AlertViews.HistoryEntry>> histories = alertIds.isEmpty() ? Map.of()
                : alerts.histories(alertIds);
        List<RegressionViews.RegressionRow> offered = regressions.page(projectId, new DataTablesRequest(0, 0,
                REGRESSIONS_OFFERED, "", List.of(new DataTablesRequest.Order(7, false)))).rows();
        Layout layout = layouts.of(ctx, "Alerts", "regressions", projectId);
        templates.render(ctx, "alert/list.jte", new View(layout, projectId, state,
                Pager.of(state, page.total(), groups.size()), groups, new AlertCards(layout, projectId, histories,
                state.href()), offered));
    }

    /** @return the alerts the page's filters select; a filter value the page does not know selects nothing more */
    static AlertFilter filter(long projectId, ListState state) {
        Optional<Long> regression = number(state.filter("regression"));
        Optional<Long> job = number(state.filter("job"));
        return new AlertFilter(projectId, regression, Optional.empty(), states(View.stateWord(state)),
                Direction.parse(state.filter("direction")), job, Optional.empty());
    }

    /** @return the states a filter word selects: {@code open}, {@code closed}, {@code all} or one state */
    static Set<AlertState> states(String word) {
        return switch (word) {
            case "all" -> Set.of();
            case "open" -> Set.of(AlertState.NEW, AlertState.ACKNOWLEDGED);
            case "closed" -> Set.of(AlertState.INVALID, AlertState.EXPECTED, AlertState.FIXED,
                    AlertState.ACCEPTED_AS_BASELINE);
            default -> AlertState.parse(word).map(Set::of).orElse(Set.of(AlertState.NEW, AlertState.ACKNOWLEDGED));
        };
    }

    private static Optional<Long> number(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }

    private static Map<String, String> orderedStates() {
        Map<String, String> states = new java.util.LinkedHashMap<>();
        states.put("open", "Open (new or acknowledged)");
        Arrays.stream(AlertState.values()).limit(2).forEach(s -> states.put(s.word(), label(s)));
        states.put("closed", "Closed (invalid, expected, fixed or accepted)");
        Arrays.stream(AlertState.values()).skip(2).forEach(s -> states.put(s.word(), label(s)));
        states.put("all", "Any state");
        return java.util.Collections.unmodifiableMap(states);
    }

    private static String label(AlertState s) {
        String words = RegressionCells.stateLabel(s.word());
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
