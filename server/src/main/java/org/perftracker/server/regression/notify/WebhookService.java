package org.perftracker.server.regression.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.job.JobService;
import org.perftracker.server.regression.HttpUrls;
import org.perftracker.server.web.ApiException;

/** Adds, lists and deletes the webhooks of projects, and reads the delivery log. */
public final class WebhookService {
    private static final int MAX_SECRET = 200;

    private final Database db;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final WebhookRepository webhooks = new WebhookRepository();
    private final NotificationRepository notifications = new NotificationRepository();
    private final SecureRandom random = new SecureRandom();
    private final AuditLog audit;

    public WebhookService(Database db, Clock clock, ObjectMapper mapper, AuditLog audit) {
        this.audit = audit;
        this.db = db;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** A webhook as the API shows it; the secret only in the answer that created it. */
    public record Webhook(long id, long projectId, String url, List<String> events, String createdAt,
            String secret) {
        public Webhook {
            events = List.copyOf(events);
        }
    }

    /** What adding a webhook asks for; an empty secret is generated, no events means regressions only. */
    public record NewWebhook(String url, Optional<String> secret, List<String> events) {
        public NewWebhook {
            events = List.copyOf(events);
        }
    }

    /** A webhook as the admin page lists it: with its project's name and its latest delivery, if it had one. */
    public record Listed(Webhook webhook, String projectName, Optional<LatestDelivery> latest) {
    }

    /**
     * The latest notification of a webhook.
     *
     * @param status {@code pending}, {@code delivered} or {@code failed}
     * @param httpStatus what its last attempt was answered; empty before the first answer
     * @param createdAt when it was queued (ISO-8601)
     * @param deliveredAt when it was delivered, once it was
     */
    public record LatestDelivery(long id, String event, String status, Optional<Integer> httpStatus,
            String createdAt, Optional<String> deliveredAt) {
    }

    /** One entry of the delivery log; {@code payload} is what was (or will be) sent. */
    public record Delivery(long id, long projectId, String channel, Long webhookId, String event, String status,
            int attempts, Integer lastStatus, String lastError, String createdAt, String nextAttemptAt,
            String deliveredAt, JsonNode payload) {
    }

    /** A page of the delivery log, newest first. */
    public record DeliveryPage(long total, int start, int length, List<Delivery> data) {
        public DeliveryPage {
            data = List.copyOf(data);
        }
    }

    /** Adds a webhook to a project; a token limited to another project is refused (403). */
    public Webhook create(Actor actor, long projectId, NewWebhook request) {
        if (!actor.mayChange(projectId)) {
            throw JobService.outsideProject(actor);
        }
        String url = validUrl(request.url());
        String secret = request.secret().map(String::trim).filter(s -> !s.isEmpty()).orElseGet(this::newSecret);
        if (secret.length() > MAX_SECRET) {
            throw ApiException.badRequest("secret", "must be at most " + MAX_SECRET + " characters");
        }
        List<String> events = validEvents(request.events());
        long now = clock.millis();
        long id = db.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM project WHERE id = :id").bind("id", projectId)
                    .mapTo(Long.class).one() == 0) {
                throw ApiException.notFound("Project " + projectId + " does not exist");
            }
            long created = webhooks.insert(h, projectId, url, secret, events, now);
            audit.record(h, actor, "webhook.create", "webhook " + created + " of project " + projectId,
                    url + " " + events);
            return created;
        });
        return new Webhook(id, projectId, url, events, Instant.ofEpochMilli(now).toString(), secret);
    }

    /** @param projectId 0 for every project */
    public List<Webhook> list(long projectId) {
        return db.read(h -> webhooks.all(h, projectId)).stream().map(WebhookService::view).toList();
    }

    /** Every webhook of every project, by project name, each with its latest delivery. */
    public List<Listed> listWithLatestDelivery() {
        return db.read(webhooks::allWithLatestDelivery).stream().map(WebhookService::listed).toList();
    }

    public Webhook get(long projectId, long id) {
        return view(stored(projectId, id));
    }

    /**
     * Deletes a webhook; a token limited to another project than the webhook's is refused (403).
     *
     * @param projectId 0 for any project: the audit log names the webhook's own
     */
    public void delete(Actor actor, long projectId, long id) {
        long owner = stored(projectId, id).projectId();
        if (!actor.mayChange(owner)) {
            throw JobService.outsideProject(actor);
        }
        db.writeVoid(h -> {
            webhooks.delete(h, id);
            audit.record(h, actor, "webhook.delete", "webhook " + id + " of project " + owner, "");
        });
    }

    /** The deliveries of one webhook, newest first. */
    public DeliveryPage deliveries(long projectId, long webhookId, int start, int length) {
        stored(projectId, webhookId);
        return page(projectId, Optional.of(webhookId), Optional.empty(), start, length);
    }

    /**
     * Every notification of the project (0: of every project), newest first.
     *
     * @param channel {@code webhook} or {@code email}; empty for both
     */
    public DeliveryPage notifications(long projectId, Optional<String> channel, int start, int length) {
        channel.ifPresent(c -> {
            if (!c.equals(NotificationRepository.WEBHOOK) && !c.equals(NotificationRepository.EMAIL)) {
                throw ApiException.badRequest("channel", "must be webhook or email, got '" + c + "'");
            }
        });
        return page(projectId, Optional.empty(), channel, start, length);
    }

    private DeliveryPage page(long projectId, Optional<Long> webhookId, Optional<String> channel, int start,
            int length) {
        return db.read(h -> new DeliveryPage(notifications.count(h, projectId, webhookId, channel), start, length,
                notifications.page(h, projectId, webhookId, channel, start, length).stream().map(this::delivery)
                        .toList()));
    }

    private WebhookRepository.StoredWebhook stored(long projectId, long id) {
        return db.read(h -> webhooks.byId(h, id)).filter(w -> projectId == 0 || w.projectId() == projectId)
                .orElseThrow(() -> ApiException.notFound("Webhook " + id + " is not found"));
    }

    private static Webhook view(WebhookRepository.StoredWebhook w) {
        return new Webhook(w.id(), w.projectId(), w.url(), w.events(), Instant.ofEpochMilli(w.createdMs()).toString(),
                null);
    }

    private static Listed listed(WebhookRepository.Listed l) {
        Optional<LatestDelivery> latest = Optional.ofNullable(l.deliveryId()).map(id -> new LatestDelivery(id,
                l.deliveryEvent(), l.deliveryStatus(), Optional.ofNullable(l.httpStatus()),
                Instant.ofEpochMilli(l.createdMs()).toString(),
                Optional.ofNullable(l.deliveredMs()).map(ms -> Instant.ofEpochMilli(ms).toString())));
        return new Listed(view(l.webhook()), l.projectName(), latest);
    }

    private Delivery delivery(NotificationRepository.Row r) {
        JsonNode payload;
        try {
            payload = mapper.readTree(r.payload());
        } catch (IOException e) {
            payload = mapper.getNodeFactory().textNode(r.payload());
        }
        return new Delivery(r.id(), r.projectId(), r.channel(), r.webhookId(), r.event(), r.status(), r.attempts(),
                r.lastStatus(), r.lastError(), Instant.ofEpochMilli(r.createdMs()).toString(),
                r.status().equals("pending") ? Instant.ofEpochMilli(r.nextAttemptMs()).toString() : null,
                r.deliveredMs() == null ? null : Instant.ofEpochMilli(r.deliveredMs()).toString(), payload);
    }

    private static String validUrl(String url) {
        if (url.isBlank()) {
            throw ApiException.badRequest("url", "is required");
        }
        return HttpUrls.check("url", url);
    }

    private static List<String> validEvents(List<String> requested) {
        if (requested.isEmpty()) {
            return List.of(WebhookEvents.REGRESSION.word());
        }
        List<String> events = new ArrayList<>();
        for (String e : requested) {
            String word = e.trim().toLowerCase(Locale.ROOT);
            boolean known = Arrays.stream(WebhookEvents.values()).anyMatch(k -> k.word().equals(word));
            if (!known) {
                throw ApiException.badRequest("events", "'" + e + "' is not one of " + WebhookEvents.words());
            }
            if (!events.contains(word)) {
                events.add(word);
            }
        }
        return events;
    }

    private String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
