package org.perftracker.server.regression.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Hrefs;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.regression.alert.AlertService;
import org.perftracker.server.regression.alert.AlertViews;
import org.perftracker.server.web.ApiException;

/**
 * One alert, {@code /<project>/alert/<id>}: its sentence, its series, its state, note and bug link, its whole
 * history and the triage form; and the form's target, {@code POST …/alert/<id>/triage} ({@code state} from the
 * button pressed, {@code note}, {@code bug_url}; {@code back} the page to return to), which every page that lists
 * alerts posts to.
 */
public final class AlertPage {
    private final AlertService alerts;
    private final Layouts layouts;
    private final Templates templates;

    AlertPage(AlertService alerts, Layouts layouts, Templates templates) {
        this.alerts = alerts;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The page's view. */
    public record View(Layout layout, long projectId, AlertViews.Alert alert, AlertCards cards) {
        public String alertsHref() {
            return "/" + projectId + "/alert/?state=all&job=" + alert.job().id();
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        AlertViews.AlertDetails details = alerts.get(PageParams.id(ctx, "id"));
        AlertViews.Alert alert = details.alert();
        Layout layout = layouts.of(ctx, "Alert #" + alert.id() + ": " + alert.summary(), "regressions", projectId);
        templates.render(ctx, "alert/alert.jte", new View(layout, projectId, alert, new AlertCards(layout, projectId,
                Map.of(alert.id(), details.history()), ctx.path())));
    }

    /** The triage form: a state (the button pressed; none to change only the note or link), a note, a bug link. */
    void triage(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        AlertService.Triage triage = new AlertService.Triage(
                Optional.ofNullable(ctx.formParam("state")).map(String::strip).filter(s -> !s.isEmpty()),
                Optional.ofNullable(ctx.formParam("note")), Optional.ofNullable(ctx.formParam("bug_url")));
        try {
            AlertViews.AlertDetails done = alerts.triage(id, triage, Actor.of(ctx));
            Flash.ok("Alert " + id + " (" + done.alert().summary() + ") is " + RegressionCells.stateLabel(
                    done.alert().state()), "").send(ctx);
        } catch (ApiException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            List<String> details = new ArrayList<>();
            e.errors().forEach((field, problems) -> problems.forEach(p -> details.add(field + ": " + p)));
            Flash.error("Alert " + id + " was not changed: " + e.getMessage(), details).send(ctx);
        }
        String back = Hrefs.localPath(ctx.formParam("back")).map(b -> b.replaceFirst("#.*", ""))
                .orElse("/" + projectId + "/alert/" + id);
        ctx.redirect(back + "#alert-" + id, HttpStatus.SEE_OTHER);
    }
}
