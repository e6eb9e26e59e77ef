package org.perftracker.server.host;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.perftracker.server.db.Columns;
import org.perftracker.server.web.DataTablesRequest;

/** SQL on locks, the hosts they reserve, and the holds that make a host taken. */
final class LockRepository {
    private static final String SELECT = """
            SELECT l.id, l.title, l.owner, l.begin_ms, l.planned_end_ms, l.end_ms, l.manual,
                   t.id AS type_id, t.name AS type_name, t.bg_color, t.fg_color, t.sort_order AS type_order
            FROM host_lock l LEFT JOIN lock_type t ON t.id = l.lock_type_id""";
    private static final List<String> SORT = List.of("l.begin_ms", "l.id", "l.title", "l.owner", "l.begin_ms",
            "l.end_ms", "l.manual", "l.planned_end_ms - l.begin_ms");

    long insert(Handle h, String title, String owner, Long typeId, long beginMs, long plannedEndMs) {
        return h.createUpdate("""
                INSERT INTO host_lock (title, owner, lock_type_id, begin_ms, planned_end_ms)
                VALUES (:title, :owner, :type, :begin, :plannedEnd)""")
                .bind("title", title).bind("owner", owner).bind("type", typeId).bind("begin", beginMs)
                .bind("plannedEnd", plannedEndMs).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void update(Handle h, long id, String title, Long typeId, long plannedEndMs) {
        h.createUpdate("UPDATE host_lock SET title = :title, lock_type_id = :type, planned_end_ms = :plannedEnd"
                        + " WHERE id = :id")
                .bind("id", id).bind("title", title).bind("type", typeId).bind("plannedEnd", plannedEndMs).execute();
    }

    void setHosts(Handle h, long lockId, Collection<Long> hostIds) {
        h.createUpdate("DELETE FROM host_lock_host WHERE lock_id = :lock").bind("lock", lockId).execute();
        batch(h, "INSERT INTO host_lock_host (lock_id, host_id) VALUES (?, ?)", lockId, hostIds);
    }

    /** Takes the hosts for the lock; fails with a unique violation when another lock got one first. */
    void hold(Handle h, long lockId, Collection<Long> hostIds) {
        h.createUpdate("DELETE FROM host_hold WHERE lock_id = :lock").bind("lock", lockId).execute();
        batch(h, "INSERT INTO host_hold (lock_id, host_id) VALUES (?, ?)", lockId, hostIds);
    }

    private static void batch(Handle h, String sql, long lockId, Collection<Long> hostIds) {
        if (hostIds.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(sql);
        hostIds.forEach(host -> batch.bind(0, lockId).bind(1, host).add());
        batch.execute();
    }

    /** @return host id → the other lock that holds it, for the hosts that are taken */
    Map<Long, HostLock> holders(Handle h, Collection<Long> hostIds, long exceptLockId) {
        Map<Long, Long> held = new LinkedHashMap<>();
        if (hostIds.isEmpty()) {
            return Map.of();
        }
        h.createQuery("SELECT host_id, lock_id FROM host_hold WHERE host_id IN (<hosts>) AND lock_id <> :lock")
                .bindList("hosts", new ArrayList<>(hostIds)).bind("lock", exceptLockId)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2))).forEach(e -> held.put(e.getKey(), e.getValue()));
        if (held.isEmpty()) {
            return Map.of();
        }
        Map<Long, HostLock> locks = byIds(h, held.values());
        Map<Long, HostLock> result = new LinkedHashMap<>();
        held.forEach((host, lock) -> result.put(host, locks.get(lock)));
        return result;
    }

    /** Ends the locks past their planned end and frees their hosts (when locks expire by setting). */
    int expire(Handle h, long nowMs) {
        h.createUpdate("""
                DELETE FROM host_hold WHERE lock_id IN
                    (SELECT id FROM host_lock WHERE end_ms IS NULL AND planned_end_ms <= :now)""")
                .bind("now", nowMs).execute();
        return h.createUpdate("UPDATE host_lock SET end_ms = planned_end_ms WHERE end_ms IS NULL"
                + " AND planned_end_ms <= :now").bind("now", nowMs).execute();
    }

    /** @return whether the lock was still open (an ended lock keeps its end) */
    boolean release(Handle h, long lockId, long nowMs) {
        h.createUpdate("DELETE FROM host_hold WHERE lock_id = :lock").bind("lock", lockId).execute();
        return h.createUpdate("UPDATE host_lock SET end_ms = :now WHERE id = :lock AND end_ms IS NULL")
                .bind("lock", lockId).bind("now", nowMs).execute() > 0;
    }

    Optional<HostLock> find(Handle h, long id) {
        return withHosts(h, h.createQuery(SELECT + " WHERE l.id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).list()).stream().findFirst();
    }

    record Page(long total, long filtered, List<HostLock> rows) {
    }

    /**
     * A page of locks, newest first unless sorted otherwise.
     *
     * @param scope which locks the list is of: all, one host's, the active ones
     */
    Page page(Handle h, DataTablesRequest request, Scope scope) {
        boolean searching = !request.search().isEmpty();
        String where = scope.where();
        String searched = where + (searching ? (where.isEmpty() ? " WHERE " : " AND ")
                + "(LOWER(l.title) LIKE :search ESCAPE '!' OR LOWER(l.owner) LIKE :search ESCAPE '!')" : "");
        long total = scope.bind(h.createQuery("SELECT COUNT(*) FROM host_lock l" + where)).mapTo(Long.class).one();
        long filtered = searching ? scope.bind(h.createQuery("SELECT COUNT(*) FROM host_lock l" + searched))
                .bind("search", request.searchPattern()).mapTo(Long.class).one() : total;
        String order = request.orders().isEmpty() ? " ORDER BY l.begin_ms DESC, l.id DESC"
                : " ORDER BY " + SORT.get(Math.min(Math.max(request.orders().get(0).column(), 0), SORT.size() - 1))
                        + (request.orders().get(0).ascending() ? " ASC" : " DESC") + ", l.id DESC";
        Query q = scope.bind(h.createQuery(SELECT + searched + order + " LIMIT :limit OFFSET :offset"))
                .bind("limit", request.length()).bind("offset", request.start());
        if (searching) {
            q.bind("search", request.searchPattern());
        }
        return new Page(total, filtered, withHosts(h, q.map((rs, ctx) -> map(rs)).list()));
    }

    /**
     * Which locks a list holds.
     *
     * @param hostId only the locks of this host, when not null
     * @param activeOnly only the locks that hold their hosts now
     */
    record Scope(Long hostId, boolean activeOnly, boolean expire, long nowMs) {
        static Scope all() {
            return new Scope(null, false, false, 0);
        }

        String where() {
            List<String> conditions = new ArrayList<>();
            if (hostId != null) {
                conditions.add("l.id IN (SELECT lock_id FROM host_lock_host WHERE host_id = :host)");
            }
            if (activeOnly) {
                conditions.add("l.end_ms IS NULL" + (expire ? " AND l.planned_end_ms > :now" : ""));
            }
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Query bind(Query q) {
            if (hostId != null) {
                q.bind("host", hostId);
            }
            if (activeOnly && expire) {
                q.bind("now", nowMs);
            }
            return q;
        }
    }

    /** @return the locks with these ids, by id */
    Map<Long, HostLock> byIds(Handle h, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, HostLock> byId = new LinkedHashMap<>();
        withHosts(h, h.createQuery(SELECT + " WHERE l.id IN (<ids>)").bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> map(rs)).list()).forEach(l -> byId.put(l.id(), l));
        return byId;
    }

    /** Locks that overlap [from, to) or are still held, for timelines; of these hosts when hostIds is not null. */
    List<HostLock> between(Handle h, long fromMs, long toMs, Collection<Long> hostIds) {
        if (hostIds != null && hostIds.isEmpty()) {
            return List.of();
        }
        Query q = h.createQuery(SELECT + """
                 WHERE l.begin_ms < :to AND (l.end_ms IS NULL OR l.end_ms >= :from)
                """ + (hostIds == null ? ""
                        : " AND l.id IN (SELECT lock_id FROM host_lock_host WHERE host_id IN (<hosts>))")
                + " ORDER BY l.begin_ms")
                .bind("from", fromMs).bind("to", toMs);
        if (hostIds != null) {
            q.bindList("hosts", List.copyOf(hostIds));
        }
        return withHosts(h, q.map((rs, ctx) -> map(rs)).list());
    }

    List<LockType> types(Handle h) {
        return h.createQuery("SELECT id, name, bg_color, fg_color, sort_order FROM lock_type ORDER BY sort_order, name")
                .map((rs, ctx) -> new LockType(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5))).list();
    }

    Optional<LockType> typeByName(Handle h, String name) {
        return types(h).stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static List<HostLock> withHosts(Handle h, List<HostLock> locks) {
        if (locks.isEmpty()) {
            return locks;
        }
        Map<Long, List<Long>> hosts = new LinkedHashMap<>();
        h.createQuery("SELECT lock_id, host_id FROM host_lock_host WHERE lock_id IN (<locks>) ORDER BY lock_id, host_id")
                .bindList("locks", locks.stream().map(HostLock::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> hosts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return locks.stream().map(l -> new HostLock(l.id(), l.title(), l.owner(), l.type(), l.beginMs(),
                l.plannedEndMs(), l.endMs(), l.manual(), hosts.getOrDefault(l.id(), List.of()))).toList();
    }

    private static HostLock map(ResultSet rs) throws SQLException {
        Long typeId = Columns.nullableLong(rs, "type_id");
        LockType type = typeId == null ? LockType.DEFAULT : new LockType(typeId, rs.getString("type_name"),
                rs.getString("bg_color"), rs.getString("fg_color"), rs.getInt("type_order"));
        return new HostLock(rs.getLong("id"), rs.getString("title"), rs.getString("owner"), type,
                rs.getLong("begin_ms"), rs.getLong("planned_end_ms"), Columns.nullableLong(rs, "end_ms"),
                rs.getBoolean("manual"), List.of());
    }
}
