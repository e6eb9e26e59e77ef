package org.perftracker.server.regression.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.db.Database;
import org.perftracker.server.regression.BackgroundLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued notifications, on one background thread per server node: every second, and at once when woken
 * after an analysis or a triage. A failed attempt is retried after the base delay, doubled for each failure, until
 * the attempts run out; every attempt is recorded in the delivery log.
 */
public final class Notifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private static final long LEASE_MILLIS = 60_000;
    private static final int BATCH = 10;

    private final Database db;
    private final Clock clock;
    private final Notifications settings;
    private final ObjectMapper mapper;
    private final NotificationRepository notifications = new NotificationRepository();
    private final WebhookSender webhooks = new WebhookSender();
    private final MailSender mail;
    private final BackgroundLoop loop = new BackgroundLoop("notifications", Duration.ofSeconds(1), this::drain);

    public Notifier(Database db, Clock clock, Notifications settings, ObjectMapper mapper) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.mapper = mapper;
        this.mail = new MailSender(settings);
    }

    public void start() {
        loop.start();
    }

    /** Sends what is due now, soon, on the notifier's thread. */
    public void wake() {
        loop.wake();
    }

    /** Sends every due notification; @return how many attempts were made */
    int drain() {
        int attempts = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long now = clock.millis();
                if (!db.read(h -> notifications.anyDue(h, now))) {
                    break;
                }
                List<NotificationRepository.Due> due = db.write(h -> notifications.claim(h, db.vendor(), now,
                        LEASE_MILLIS, BATCH));
                if (due.isEmpty()) {
                    break;
                }
                for (NotificationRepository.Due d : due) {
                    NotificationRepository.Attempt attempt = send(d);
                    attempts++;
                    long after = clock.millis();
                    Optional<Long> retryAt = attempt.delivered() || attempt.permanent()
                            || d.attempts() + 1 >= settings.maxAttempts() ? Optional.empty()
                            : Optional.of(after + (settings.retryBaseMillis() << Math.min(20, d.attempts())));
                    db.writeVoid(h -> notifications.record(h, d.id(), attempt, after, retryAt));
                    if (!attempt.delivered()) {
                        LOG.warn("notification {} ({}) attempt {} failed: {}{}", d.id(), d.channel(), d.attempts() + 1,
                                attempt.error(), retryAt.isPresent() ? "; will retry" : "; given up");
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("sending notifications failed; trying again shortly", e);
        }
        return attempts;
    }

    private NotificationRepository.Attempt send(NotificationRepository.Due d) {
        if (NotificationRepository.EMAIL.equals(d.channel())) {
            if (!settings.emailEnabled()) {
                return new NotificationRepository.Attempt(false, true, null, "e-mail is not configured");
            }
            try {
                return mail.send(mapper.readValue(d.payload(), Notices.Mail.class));
            } catch (IOException e) {
                return new NotificationRepository.Attempt(false, true, null, "unreadable e-mail: " + e.getMessage());
            }
        }
        return webhooks.send(d.url(), d.secret(), d.event(), d.id(), d.payload());
    }

    @Override
    public void close() {
        loop.close();
    }
}
