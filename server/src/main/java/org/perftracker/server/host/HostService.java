package org.perftracker.server.host;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.perftracker.server.db.Database;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;

/** The lab's inventory: hosts and lock types, as administrators manage them. */
public final class HostService {
    private static final int MAX_TEXT = 512;

    private final Database db;
    private final Clock clock;
    private final boolean expire;
    private final HostRepository hosts = new HostRepository();
    private final LockRepository locks = new LockRepository();

    public HostService(Database db, Clock clock, boolean expireLocks) {
        this.db = db;
        this.clock = clock;
        this.expire = expireLocks;
    }

    public HostRepository.Page page(long projectId, DataTablesRequest request, List<HostRepository.Filter> filters) {
        return db.read(h -> hosts.page(h, projectId, request, filters, expire, clock.millis()));
    }

    public Host get(long id) {
        return db.read(h -> hosts.byId(h, id, expire, clock.millis()))
                .orElseThrow(() -> ApiException.notFound("Host " + id + " is not found"));
    }

    /** Creates a host from its JSON description; the name must be new. */
    public Host create(JsonNode body) {
        Host host = fromJson(0, body, null);
        try {
            long id = db.write(h -> hosts.create(h, host));
            return get(id);
        } catch (RuntimeException e) {
            throw Database.isUniqueViolation(e) ? duplicate(host.name()) : e;
        }
    }

    /** Changes the values sent; the rest stay. */
    public Host update(long id, JsonNode body) {
        Host current = get(id);
        Host changed = fromJson(id, body, current);
        try {
            db.writeVoid(h -> hosts.update(h, changed));
        } catch (RuntimeException e) {
            throw Database.isUniqueViolation(e) ? duplicate(changed.name()) : e;
        }
        return get(id);
    }

    public LockType createType(JsonNode body) {
        String name = text(body, "name", null);
        if (name.isBlank()) {
            throw ApiException.badRequest("name", "is required");
        }
        String bg = color(body, "bg_color", "#003399");
        String fg = color(body, "fg_color", "#ffffff");
        int order = body.path("order").asInt(1);
        try {
            long id = db.write(h -> h.createUpdate("INSERT INTO lock_type (name, bg_color, fg_color, sort_order)"
                            + " VALUES (:name, :bg, :fg, :order)")
                    .bind("name", name).bind("bg", bg).bind("fg", fg).bind("order", order)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            return new LockType(id, name, bg, fg, order);
        } catch (RuntimeException e) {
            throw Database.isUniqueViolation(e) ? duplicate(name) : e;
        }
    }

    public List<LockType> types() {
        return db.read(locks::types);
    }

    private static Host fromJson(long id, JsonNode b, Host c) {
        if (b == null || !b.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        String name = text(b, "name", c == null ? null : c.name());
        if (name.isBlank()) {
            throw ApiException.badRequest("name", "is required");
        }
        return new Host(id, name, text(b, "hostname", c == null ? "" : c.hostname()), text(b, "ip", c == null ? "" : c.ip()),
                text(b, "purpose", c == null ? "" : c.purpose()), text(b, "os", c == null ? "" : c.os()),
                text(b, "vendor", c == null ? "" : c.vendor()), text(b, "model", c == null ? "" : c.model()),
                b.has("cpus_count") ? (b.get("cpus_count").isNull() ? null : number(b, "cpus_count").intValue())
                        : (c == null ? null : c.cpusCount()),
                text(b, "cpu_info", c == null ? "" : c.cpuInfo()),
                b.has("ram_gb") ? number(b, "ram_gb") : (c == null ? null : c.ramGb()),
                b.has("storage_tb") ? number(b, "storage_tb") : (c == null ? null : c.storageTb()),
                b.has("network_gbs") ? number(b, "network_gbs") : (c == null ? null : c.networkGbs()),
                text(b, "notes", c == null ? "" : c.notes()), text(b, "location", c == null ? "" : c.location()),
                text(b, "inventory_id", c == null ? "" : c.inventoryId()),
                text(b, "dashboard_url", c == null ? "" : c.dashboardUrl()),
                b.has("hidden") ? b.get("hidden").asBoolean() : c != null && c.hidden(),
                b.has("order") ? b.get("order").asInt(10) : (c == null ? 10 : c.sortOrder()), null);
    }

    private static String text(JsonNode b, String field, String current) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return current == null ? "" : current;
        }
        if (v.isContainerNode()) {
            throw ApiException.badRequest(field, "must be text");
        }
        String text = v.asText().trim();
        if (text.length() > MAX_TEXT) {
            throw ApiException.badRequest(field, "is " + text.length() + " characters long, at most " + MAX_TEXT);
        }
        return text;
    }

    private static Double number(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            double d = v.isNumber() ? v.asDouble() : Double.parseDouble(v.asText().trim());
            if (!Double.isFinite(d) || d < 0) {
                throw ApiException.badRequest(field, "must be a positive number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, "must be a number, got '" + v.asText() + "'");
        }
    }

    private static String color(JsonNode b, String field, String fallback) {
        String value = text(b, field, fallback);
        if (!value.matches("#[0-9a-fA-F]{6}")) {
            throw ApiException.badRequest(field, "must be a colour like #003399, got '" + value + "'");
        }
        return value;
    }

    private static ApiException duplicate(String name) {
        return new ApiException(409, "'" + name + "' already exists", Map.of("name", List.of("already exists")));
    }
}
