package org.perftracker.server.host;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.web.ApiException;

/**
 * A lock, {@code /<project>/hw_lock/<id>} (where a bar of the timeline leads), and the forms that take, extend and
 * release locks: {@code POST /<project>/hw_lock/} (title, type, hours or deadline, host…),
 * {@code POST …/hw_lock/<id>/extend} (hours more, or a new deadline) and {@code POST …/hw_lock/<id>/release}. Each
 * answers with a redirect and a message; a taken host is refused with who holds it and until when.
 */
public final class LockPage {
    /** Where a form may send the browser back to: a hosts or lock page of this server. */
    private static final Pattern BACK = Pattern.compile("/\\d{1,18}/hw_(farm|lock)/[^\\s\\\\]*");

    private final HostService hosts;
    private final LockService locks;
    private final Layouts layouts;
    private final Templates templates;

    LockPage(HostService hosts, LockService locks, Layouts layouts, Templates templates) {
        this.hosts = hosts;
        this.locks = locks;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The page's view: the lock and the hosts it reserves. */
    public record View(Layout layout, long projectId, LockLine lock, List<Host> hosts) {
        public View {
            hosts = List.copyOf(hosts);
        }

        public String path() {
            return "/" + projectId + "/hw_lock/" + lock.lock().id();
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        HostLock lock = locks.get(id);
        Layout layout = layouts.of(ctx, "Lock #" + id + ": " + lock.title(), "hosts", projectId);
        templates.render(ctx, "host/lock.jte", new View(layout, projectId,
                new LockLine(lock, locks.nowMs(), locks.expiresAtPlannedEnd()), hosts.byIds(lock.hostIds())));
    }

    void create(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        String back = back(ctx, "/" + projectId + "/hw_farm/");
        try {
            List<String> chosen = ctx.formParams("host").stream().filter(h -> !h.isBlank()).toList();
            if (chosen.isEmpty()) {
                throw ApiException.badRequest("host", "tick at least one host");
            }
            int hours = hours(ctx, Optional.empty());
            String type = form(ctx, "type");
            HostLock lock = locks.acquire(Actor.of(ctx), LockRequest.of(form(ctx, "title"), hours, chosen,
                    type.isEmpty() ? Optional.empty() : Optional.of(type)));
            Flash.ok("Lock #" + lock.id() + " holds " + names(lock) + " until "
                    + LockService.until(lock.plannedEndMs()), "/" + projectId + "/hw_lock/" + lock.id()).send(ctx);
        } catch (ApiException e) {
            refused(ctx, "The hosts were not locked", e);
        }
        ctx.redirect(back, HttpStatus.SEE_OTHER);
    }

    void extend(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        String back = back(ctx, "/" + projectId + "/hw_lock/" + id);
        try {
            HostLock lock = locks.get(id);
            Instant end = deadline(ctx).orElseGet(() -> Instant.ofEpochMilli(Math.max(lock.plannedEndMs(),
                    locks.nowMs())).plus(Duration.ofHours(hours(ctx, Optional.of(0)))));
            HostLock extended = locks.extend(Actor.of(ctx), id, end);
            Flash.ok("Lock #" + id + " now holds its hosts until " + LockService.until(extended.plannedEndMs()), "")
                    .send(ctx);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            refused(ctx, "The lock was not extended", e);
        }
        ctx.redirect(back, HttpStatus.SEE_OTHER);
    }

    void release(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        String back = back(ctx, "/" + projectId + "/hw_lock/" + id);
        HostLock lock = locks.get(id);
        if (!lock.isActive(locks.nowMs(), locks.expiresAtPlannedEnd())) {
            Flash.error("Lock #" + id + " had already ended", List.of()).send(ctx);
        } else {
            locks.release(Actor.of(ctx), id);
            Flash.ok("Lock #" + id + " has been released: " + names(lock) + " free again", "").send(ctx);
        }
        ctx.redirect(back, HttpStatus.SEE_OTHER);
    }

    /** The hours of a form: {@code deadline} (a UTC date and time) wins over {@code hours}. */
    private int hours(Context ctx, Optional<Integer> none) {
        Optional<Instant> deadline = deadline(ctx);
        if (deadline.isPresent()) {
            long ms = deadline.get().toEpochMilli() - locks.nowMs();
            if (ms <= 0) {
                throw ApiException.badRequest("deadline", "must be in the future");
            }
            return (int) Math.min(Integer.MAX_VALUE, (ms + 3_599_999) / 3_600_000);
        }
        String text = form(ctx, "hours");
        if (text.isEmpty()) {
            return none.orElseThrow(() -> ApiException.badRequest("hours", "give the hours or a deadline"));
        }
        try {
            int hours = Integer.parseInt(text);
            if (hours < 1 || hours > LockService.MAX_HOURS) {
                throw ApiException.badRequest("hours", "must be between 1 and " + LockService.MAX_HOURS);
            }
            return hours;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("hours", "must be a whole number, got '" + text + "'");
        }
    }

    /** @return the {@code deadline} field (as {@code <input type=datetime-local>} sends it, read as UTC) */
    private static Optional<Instant> deadline(Context ctx) {
        String text = form(ctx, "deadline");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("deadline", "must be a date and time like 2026-01-05T18:00, got '"
                    + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
        }
    }

    private String names(HostLock lock) {
        return String.join(", ", hosts.byIds(lock.hostIds()).stream().map(Host::name).toList());
    }

    /** The reason a form was refused: a taken host's holder, one line each, or the field that was wrong. */
    private static void refused(Context ctx, String what, ApiException e) {
        List<String> details = e.status() == 409 ? e.errors().getOrDefault("hw_nodes", List.of()) : List.of();
        Flash.error(details.isEmpty() ? what + ": " + e.getMessage() : what + ": a host is taken", details).send(ctx);
    }

    private static String back(Context ctx, String fallback) {
        String back = form(ctx, "back");
        return BACK.matcher(back).matches() ? back : fallback;
    }

    private static String form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }
}
