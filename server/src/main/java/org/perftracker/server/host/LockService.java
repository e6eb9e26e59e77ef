package org.perftracker.server.host;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;

/**
 * Locks on lab hosts. Taking a host is atomic in the database: of two requests racing for one host exactly one
 * wins, the other is refused with 409 naming the lock that holds it. With {@code expireAtPlannedEnd} a lock
 * ends by itself at its planned end; without, it holds until released.
 */
public final class LockService {
    private static final long HOUR_MS = 3_600_000L;
    /** The longest a lock may be planned for: a year. */
    static final int MAX_HOURS = 24 * 366;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Database db;
    private final Clock clock;
    private final boolean expireAtPlannedEnd;
    private final HostRepository hosts = new HostRepository();
    private final LockRepository locks = new LockRepository();

    private final AuditLog audit;

    public LockService(Database db, Clock clock, boolean expireAtPlannedEnd, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.expireAtPlannedEnd = expireAtPlannedEnd;
    }

    public boolean expiresAtPlannedEnd() {
        return expireAtPlannedEnd;
    }

    /** Creates a lock on the named hosts, now, for the planned hours; its owner is the request's, else the actor. */
    public HostLock acquire(Actor actor, LockRequest request) {
        return db.write(h -> {
            long now = clock.millis();
            expireIfSet(h, now);
            List<Long> hostIds = resolve(h, request.hosts(), now);
            Long type = type(h, request.lockType());
            long id = locks.insert(h, request.title(), request.owner().orElse(actor.user().orElse("")), type, now,
                    now + request.plannedHours().orElseThrow() * HOUR_MS);
            locks.setHosts(h, id, hostIds);
            take(h, id, hostIds);
            HostLock lock = locks.find(h, id).orElseThrow();
            audit.record(h, actor, "lock.take", "lock " + id + " (" + lock.title() + ")",
                    "hosts " + hostIds + " until " + until(lock.plannedEndMs()));
            return lock;
        });
    }

    /** Changes a lock: title and type always; planned time and hosts only while it is active. */
    public HostLock update(Actor actor, long lockId, LockRequest request) {
        return db.write(h -> {
            long now = clock.millis();
            expireIfSet(h, now);
            HostLock lock = locks.find(h, lockId).orElseThrow(() -> notFound(lockId));
            String title = request.title().isEmpty() ? lock.title() : request.title();
            Long type = request.lockType().isPresent() ? type(h, request.lockType())
                    : (lock.type().id() == 0 ? null : lock.type().id());
            boolean active = lock.isActive(now, expireAtPlannedEnd);
            long plannedEnd = active && request.plannedHours().isPresent()
                    ? lock.beginMs() + request.plannedHours().get() * HOUR_MS : lock.plannedEndMs();
            locks.update(h, lockId, title, type, plannedEnd);
            if (active && !request.hosts().isEmpty()) {
                List<Long> hostIds = resolve(h, request.hosts(), now);
                locks.setHosts(h, lockId, hostIds);
                take(h, lockId, hostIds);
            }
            audit.record(h, actor, "lock.edit", "lock " + lockId + " (" + title + ")", "");
            return locks.find(h, lockId).orElseThrow();
        });
    }

    /** Ends the lock now; it stays in the history. Releasing a lock that has ended changes nothing. */
    public HostLock release(Actor actor, long lockId) {
        return db.write(h -> {
            HostLock lock = locks.find(h, lockId).orElseThrow(() -> notFound(lockId));
            if (locks.release(h, lockId, clock.millis())) {
                audit.record(h, actor, "lock.release", "lock " + lockId + " (" + lock.title() + ")", "");
            }
            return locks.find(h, lockId).orElseThrow();
        });
    }

    public HostLock get(long lockId) {
        return db.read(h -> locks.find(h, lockId)).orElseThrow(() -> notFound(lockId));
    }

    /** The hosts a lock may hold: the free ones and its own. */
    public List<Host> candidateHosts(long lockId) {
        return db.read(h -> hosts.freeOrHeldBy(h, lockId, expireAtPlannedEnd, clock.millis()));
    }

    /** @param activeOnly only the locks that hold their hosts now */
    public LockRepository.Page page(DataTablesRequest request, boolean activeOnly) {
        LockRepository.Scope scope = new LockRepository.Scope(null, activeOnly, expireAtPlannedEnd, clock.millis());
        return db.read(h -> locks.page(h, request, scope));
    }

    /** A host's locks, newest first: its history. */
    public LockRepository.Page ofHost(long hostId, DataTablesRequest request) {
        LockRepository.Scope scope = new LockRepository.Scope(hostId, false, expireAtPlannedEnd, clock.millis());
        return db.read(h -> locks.page(h, request, scope));
    }

    /** @return the locks with these ids, by id; unknown ids are left out */
    public Map<Long, HostLock> byIds(java.util.Collection<Long> ids) {
        return db.read(h -> locks.byIds(h, ids));
    }

    /**
     * Moves an active lock's planned end, e.g. to hold the hosts longer.
     *
     * @param plannedEnd the new planned end; after now, and at most a year after the lock began
     */
    public HostLock extend(Actor actor, long lockId, Instant plannedEnd) {
        return db.write(h -> {
            long now = clock.millis();
            expireIfSet(h, now);
            HostLock lock = locks.find(h, lockId).orElseThrow(() -> notFound(lockId));
            if (!lock.isActive(now, expireAtPlannedEnd)) {
                throw new ApiException(409, "Lock " + lockId + " (" + lock.title() + ") has ended; take a new one",
                        Map.of());
            }
            long end = plannedEnd.toEpochMilli();
            if (end <= now) {
                throw ApiException.badRequest("deadline", "must be in the future");
            }
            if (end > lock.beginMs() + MAX_HOURS * HOUR_MS) {
                throw ApiException.badRequest("deadline", "is more than " + MAX_HOURS + " hours after the lock began");
            }
            Long type = lock.type().id() == 0 ? null : lock.type().id();
            locks.update(h, lockId, lock.title(), type, end);
            audit.record(h, actor, "lock.extend", "lock " + lockId + " (" + lock.title() + ")",
                    "planned end " + Instant.ofEpochMilli(lock.plannedEndMs()) + " → " + plannedEnd);
            return locks.find(h, lockId).orElseThrow();
        });
    }

    /** @return a planned end as messages say it: {@code 2026-01-05 12:00 UTC} */
    public static String until(long epochMs) {
        return UNTIL.format(Instant.ofEpochMilli(epochMs));
    }

    public long nowMs() {
        return clock.millis();
    }

    /** Locks overlapping a window, for timelines; of one host when {@code hostId} is not null. */
    public List<HostLock> between(Instant from, Instant to, Long hostId) {
        return between(from, to, hostId == null ? null : List.of(hostId));
    }

    /** Locks overlapping a window of any of these hosts (of all hosts when {@code hostIds} is null). */
    public List<HostLock> between(Instant from, Instant to, java.util.Collection<Long> hostIds) {
        return db.read(h -> locks.between(h, from.toEpochMilli(), to.toEpochMilli(), hostIds));
    }

    public List<LockType> types() {
        return db.read(locks::types);
    }

    /** Ends the locks past their planned end, when that is the setting; returns how many. */
    public int expire() {
        return expireAtPlannedEnd ? db.write(h -> locks.expire(h, clock.millis())) : 0;
    }

    private void expireIfSet(Handle h, long now) {
        if (expireAtPlannedEnd) {
            locks.expire(h, now);
        }
    }

    private List<Long> resolve(Handle h, List<String> keys, long now) {
        List<Host> found = hosts.byIdsOrNames(h, keys, expireAtPlannedEnd, now);
        Set<Long> ids = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            Optional<Host> host = found.stream()
                    .filter(f -> f.name().equals(key) || String.valueOf(f.id()).equals(key)).findFirst();
            host.ifPresentOrElse(f -> ids.add(f.id()), () -> missing.add(key));
        }
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("hw_nodes", "no host " + String.join(", ", missing) + " exists");
        }
        return List.copyOf(ids);
    }

    private void take(Handle h, long lockId, List<Long> hostIds) {
        Map<Long, HostLock> taken = locks.holders(h, hostIds, lockId);
        if (!taken.isEmpty()) {
            Map<Long, String> names = new java.util.HashMap<>();
            hosts.byIdsOrNames(h, taken.keySet().stream().map(String::valueOf).toList(), expireAtPlannedEnd,
                    clock.millis()).forEach(host -> names.put(host.id(), host.name()));
            throw conflict(taken, names, clock.millis());
        }
        try {
            locks.hold(h, lockId, hostIds);
        } catch (RuntimeException e) {
            if (Database.isUniqueViolation(e)) {
                throw new ApiException(409, "a host was taken by another lock at the same moment; try again",
                        Map.of("hw_nodes", List.of("is already locked")));
            }
            throw e;
        }
    }

    /**
     * The refusal of a taken host: the reference's words ("Hw node #3 is already locked by lock #7"), then who
     * holds it and until when, for people and for {@code pt lock acquire}, which prints it.
     */
    private static ApiException conflict(Map<Long, HostLock> taken, Map<Long, String> names, long now) {
        List<String> details = taken.entrySet().stream().map(e -> {
            HostLock lock = e.getValue();
            String owner = lock.owner().isEmpty() ? "" : " by " + lock.owner();
            String until = lock.plannedEndMs() > now ? " until " + until(lock.plannedEndMs())
                    : " past its planned end (" + until(lock.plannedEndMs()) + ")";
            return "Hw node #" + e.getKey() + " is already locked by lock #" + lock.id() + " (" + lock.title()
                    + "): " + names.getOrDefault(e.getKey(), "host #" + e.getKey()) + " is held" + owner + until;
        }).toList();
        return new ApiException(409, String.join("; ", details), Map.of("hw_nodes", details));
    }

    private Long type(Handle h, Optional<String> name) {
        return name.flatMap(n -> locks.typeByName(h, n)).map(LockType::id).orElse(null);
    }

    private static ApiException notFound(long lockId) {
        return ApiException.notFound("Lock " + lockId + " is not found");
    }
}
