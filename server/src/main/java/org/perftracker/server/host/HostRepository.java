package org.perftracker.server.host;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.perftracker.server.db.Columns;
import org.perftracker.server.project.Project;
import org.perftracker.server.web.DataTablesRequest;

/** SQL on hosts. A host's {@code locked_by} is the active lock holding it, computed when read. */
final class HostRepository {
    /** Sortable columns by their DataTables index, as the reference UI numbers them. */
    private static final List<String> SORT = List.of("h.sort_order", "h.sort_order", "h.id", "h.name", "h.os",
            "h.hostname", "h.purpose", "h.model", "h.model", "h.cpus_count", "h.ram_gb", "h.storage_tb",
            "h.network_gbs", "l.id");
    /** Columns scripts may filter on with {@code filter[N][column]}; nothing else reaches SQL. */
    static final Map<String, String> FILTERS = Map.of("locked_by", "l.id", "os", "h.os", "purpose", "h.purpose",
            "vendor", "h.vendor", "model", "h.model", "name", "h.name");
    private static final String SELECT = """
            SELECT h.*, l.id AS locked_by FROM host h
            LEFT JOIN host_hold hh ON hh.host_id = h.id
            LEFT JOIN host_lock l ON l.id = hh.lock_id AND (:expire = FALSE OR l.planned_end_ms > :now)""";

    record Page(long total, long filtered, List<Host> rows) {
    }

    /** A filter from the query string: the column's SQL and the wanted value ("" means none, e.g. free hosts). */
    record Filter(String column, String value) {
    }

    Page page(Handle h, long projectId, DataTablesRequest request, List<Filter> filters, boolean expire, long now) {
        StringBuilder where = new StringBuilder(" WHERE h.hidden = FALSE");
        if (projectId != Project.ALL) {
            where.append(" AND (h.id IN (SELECT host_id FROM host_project WHERE project_id = :project)"
                    + " OR h.id NOT IN (SELECT host_id FROM host_project))");
        }
        String search = " AND (LOWER(h.name) LIKE :search ESCAPE '!' OR LOWER(h.os) LIKE :search ESCAPE '!'"
                + " OR LOWER(h.hostname) LIKE :search ESCAPE '!' OR LOWER(h.purpose) LIKE :search ESCAPE '!'"
                + " OR LOWER(h.model) LIKE :search ESCAPE '!')";
        StringBuilder filtered = new StringBuilder(where);
        for (int i = 0; i < filters.size(); i++) {
            Filter f = filters.get(i);
            filtered.append(f.value().isEmpty()
                    ? (f.column().equals("l.id") ? " AND l.id IS NULL" : " AND " + f.column() + " = ''")
                    : " AND CAST(" + f.column() + " AS " + "VARCHAR(64)) = :filter" + i);
        }
        boolean searching = !request.search().isEmpty();
        if (searching) {
            filtered.append(search);
        }
        long total = count(h, where.toString(), projectId, request, filters, expire, now, false);
        long matching = count(h, filtered.toString(), projectId, request, filters, expire, now, searching);
        String order = request.orders().isEmpty() ? " ORDER BY h.sort_order DESC, h.name ASC"
                : " ORDER BY " + SORT.get(Math.min(Math.max(request.orders().get(0).column(), 0), SORT.size() - 1))
                        + (request.orders().get(0).ascending() ? " ASC" : " DESC") + ", h.name ASC";
        Query q = bind(h.createQuery(SELECT + filtered + order + " LIMIT :limit OFFSET :offset"), projectId, request,
                filters, expire, now, searching)
                .bind("limit", request.length()).bind("offset", request.start());
        return new Page(total, matching, q.map((rs, ctx) -> map(rs)).list());
    }

    private static long count(Handle h, String where, long projectId, DataTablesRequest request, List<Filter> filters,
            boolean expire, long now, boolean searching) {
        return bind(h.createQuery("SELECT COUNT(*) FROM (" + SELECT + where + ") counted"), projectId, request,
                filters, expire, now, searching).mapTo(Long.class).one();
    }

    private static Query bind(Query q, long projectId, DataTablesRequest request, List<Filter> filters,
            boolean expire, long now, boolean searching) {
        q.bind("expire", expire).bind("now", now);
        if (projectId != Project.ALL) {
            q.bind("project", projectId);
        }
        for (int i = 0; i < filters.size(); i++) {
            if (!filters.get(i).value().isEmpty()) {
                q.bind("filter" + i, filters.get(i).value());
            }
        }
        if (searching) {
            q.bind("search", request.searchPattern());
        }
        return q;
    }

    Optional<Host> byId(Handle h, long id, boolean expire, long now) {
        return h.createQuery(SELECT + " WHERE h.id = :id").bind("id", id).bind("expire", expire).bind("now", now)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    /** Every host, hidden ones too, in the lists' default order. */
    List<Host> all(Handle h, boolean expire, long now) {
        return h.createQuery(SELECT + " ORDER BY h.sort_order DESC, h.name").bind("expire", expire).bind("now", now)
                .map((rs, ctx) -> map(rs)).list();
    }

    /** Hosts by id or name, in no particular order; missing ones are simply absent. */
    List<Host> byIdsOrNames(Handle h, List<String> keys, boolean expire, long now) {
        List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::parseLong).toList();
        return h.createQuery(SELECT + " WHERE h.id IN (<ids>) OR h.name IN (<names>)")
                .bindList("ids", ids.isEmpty() ? List.of(-1L) : ids).bindList("names", keys)
                .bind("expire", expire).bind("now", now).map((rs, ctx) -> map(rs)).list();
    }

    /** Hosts that are free now, or held by this lock: what a lock's host list may hold. */
    List<Host> freeOrHeldBy(Handle h, long lockId, boolean expire, long now) {
        return h.createQuery(SELECT + " WHERE h.hidden = FALSE AND (l.id IS NULL OR l.id = :lock)"
                        + " ORDER BY h.sort_order DESC, h.name")
                .bind("lock", lockId).bind("expire", expire).bind("now", now).map((rs, ctx) -> map(rs)).list();
    }

    long create(Handle h, Host host) {
        return h.createUpdate("""
                INSERT INTO host (name, hostname, ip, purpose, os, vendor, model, cpus_count, cpu_info, ram_gb,
                    storage_tb, network_gbs, notes, location, inventory_id, dashboard_url, hidden, sort_order)
                VALUES (:name, :hostname, :ip, :purpose, :os, :vendor, :model, :cpusCount, :cpuInfo, :ramGb,
                    :storageTb, :networkGbs, :notes, :location, :inventoryId, :dashboardUrl, :hidden, :sortOrder)""")
                .bindMethods(host).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void update(Handle h, Host host) {
        h.createUpdate("""
                UPDATE host SET name = :name, hostname = :hostname, ip = :ip, purpose = :purpose, os = :os,
                    vendor = :vendor, model = :model, cpus_count = :cpusCount, cpu_info = :cpuInfo, ram_gb = :ramGb,
                    storage_tb = :storageTb, network_gbs = :networkGbs, notes = :notes, location = :location,
                    inventory_id = :inventoryId, dashboard_url = :dashboardUrl, hidden = :hidden,
                    sort_order = :sortOrder
                WHERE id = :id""").bindMethods(host).execute();
    }

    static Host map(ResultSet rs) throws SQLException {
        Double ram = rs.getDouble("ram_gb");
        ram = rs.wasNull() ? null : ram;
        Double storage = rs.getDouble("storage_tb");
        storage = rs.wasNull() ? null : storage;
        Double network = rs.getDouble("network_gbs");
        network = rs.wasNull() ? null : network;
        return new Host(rs.getLong("id"), rs.getString("name"), rs.getString("hostname"), rs.getString("ip"),
                rs.getString("purpose"), rs.getString("os"), rs.getString("vendor"), rs.getString("model"),
                Columns.nullableInt(rs, "cpus_count"), rs.getString("cpu_info"), ram, storage, network,
                rs.getString("notes"), rs.getString("location"), rs.getString("inventory_id"),
                rs.getString("dashboard_url"), rs.getBoolean("hidden"), rs.getInt("sort_order"),
                Columns.nullableLong(rs, "locked_by"));
    }
}
