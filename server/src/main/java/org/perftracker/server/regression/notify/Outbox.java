package org.perftracker.server.regression.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.regression.alert.AlertViews;

/**
 * Queues notifications in the transaction that makes them true (the analysis that stores new alerts, the triage
 * that changes one), so that a notification is sent if and only if its news committed. {@link Notifier} sends them.
 */
public final class Outbox {
    private final ObjectMapper mapper;
    private final Notifications settings;
    private final WebhookRepository webhooks = new WebhookRepository();
    private final NotificationRepository notifications = new NotificationRepository();

    public Outbox(ObjectMapper mapper, Notifications settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    /**
     * Queues, for new alerts of one regression: a POST to every webhook of the project that wants at least one
     * of their directions (with those alerts), and an e-mail when e-mail is configured.
     *
     * @return how many notifications were queued
     */
    public int alertsDetected(Handle h, long projectId, AlertViews.RegressionRef regression,
            List<Notices.JobRef> uploads, List<AlertViews.Alert> alerts, long now) {
        if (alerts.isEmpty()) {
            return 0;
        }
        Notices.ProjectRef project = project(h, projectId);
        String url = settings.publicUrl().isEmpty() ? null
                : settings.publicUrl() + "/api/v1.0/" + projectId + "/alert/?regression=" + regression.id();
        int queued = 0;
        for (WebhookRepository.StoredWebhook webhook : webhooks.all(h, projectId)) {
            List<AlertViews.Alert> wanted = new ArrayList<>();
            for (AlertViews.Alert a : alerts) {
                if (webhook.wants(a.direction().equals("regression") ? WebhookEvents.REGRESSION
                        : WebhookEvents.IMPROVEMENT)) {
                    wanted.add(a);
                }
            }
            if (!wanted.isEmpty()) {
                String body = json(new Notices.AlertsNotice("alerts", project, regression, uploads, wanted, url));
                notifications.insert(h, projectId, NotificationRepository.WEBHOOK, webhook.id(), "alerts", body, now);
                queued++;
            }
        }
        if (settings.emailEnabled()) {
            Notices.AlertsNotice notice = new Notices.AlertsNotice("alerts", project, regression, uploads, alerts,
                    url);
            notifications.insert(h, projectId, NotificationRepository.EMAIL, null, "alerts",
                    json(MailText.of(notice, settings.smtpTo(), settings.publicUrl())), now);
            queued++;
        }
        return queued;
    }

    /** Queues a POST to every webhook of the alert's project that wants triage events. */
    public int alertTriaged(Handle h, AlertViews.Alert alert, AlertViews.HistoryEntry change, long now) {
        Notices.ProjectRef project = project(h, alert.projectId());
        String url = settings.publicUrl().isEmpty() ? null
                : settings.publicUrl() + "/api/v1.0/" + alert.projectId() + "/alert/" + alert.id();
        int queued = 0;
        for (WebhookRepository.StoredWebhook webhook : webhooks.all(h, alert.projectId())) {
            if (webhook.wants(WebhookEvents.TRIAGE)) {
                notifications.insert(h, alert.projectId(), NotificationRepository.WEBHOOK, webhook.id(), "triage",
                        json(new Notices.TriageNotice("triage", project, alert, change, url)), now);
                queued++;
            }
        }
        return queued;
    }

    private static Notices.ProjectRef project(Handle h, long projectId) {
        String name = h.createQuery("SELECT name FROM project WHERE id = :id").bind("id", projectId)
                .mapTo(String.class).one();
        return new Notices.ProjectRef(projectId, name);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification cannot be written as JSON", e);
        }
    }
}
