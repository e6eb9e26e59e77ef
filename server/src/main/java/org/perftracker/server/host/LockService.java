package org.perftracker.server.host;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Creates a lock on the named hosts, now, for the planned hours. */
    public HostLock acquire(LockRequest request, String defaultOwner) {
        return db.write(h -> {
            long now = clock.millis();
            expireIfSet(h, now);
            List<Long> hostIds = resolve(h, request.hosts(), now);
            Long type = type(h, request.lockType());
            long id = locks.insert(h, request.title(), request.owner().orElse(defaultOwner), type, now,
                    now + request.plannedHours().orElseThrow() * HOUR_MS);
            locks.setHosts(h, id, hostIds);
            take(h, id, hostIds);
            return locks.find(h, id).orElseThrow();
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

    /** Ends the lock now; it stays in the history. */
    public HostLock release(Actor actor, long lockId) {
        return db.write(h -> {
            HostLock lock = locks.find(h, lockId).orElseThrow(() -> notFound(lockId));
            locks.release(h, lockId, clock.millis());
            audit.record(h, actor, "lock.release", "lock " + lockId + " (" + lock.title() + ")", "");
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

    public LockRepository.Page page(DataTablesRequest request) {
        return db.read(h -> locks.page(h, request));
    }

    /** Locks overlapping a window, for timelines; of one host when {@code hostId} is not null. */
    public List<HostLock> between(Instant from, Instant to, Long hostId) {
        return db.read(h -> locks.between(h, from.toEpochMilli(), to.toEpochMilli(), hostId));
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
            throw conflict(taken);
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

    private static ApiException conflict(Map<Long, HostLock> taken) {
        String detail = taken.entrySet().stream()
                .map(e -> "Hw node #" + e.getKey() + " is already locked by lock #" + e.getValue().id() + " ("
                        + e.getValue().title() + ")")
                .collect(Collectors.joining("; "));
        return new ApiException(409, detail, Map.of("hw_nodes", List.of(detail)));
    }

    private Long type(Handle h, Optional<String> name) {
        return name.flatMap(n -> locks.typeByName(h, n)).map(LockType::id).orElse(null);
    }

    private static ApiException notFound(long lockId) {
        return ApiException.notFound("Lock " + lockId + " is not found");
    }
}
