package org.perftracker.server.host;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;

/**
 * The lab's inventory: hosts and lock types, as administrators manage them. Every change is in the audit log,
 * written in the transaction of the change.
 */
public final class HostService {
    private static final int MAX_TEXT = 512;
    /** Fields of a host that an edit does not change, or that are not worth an audit line. */
    private static final Set<String> NOT_AUDITED = Set.of("id", "lockedBy", "hidden");

    private final Database db;
    private final Clock clock;
    private final boolean expire;
    private final AuditLog audit;
    private final HostRepository hosts = new HostRepository();
    private final LockRepository locks = new LockRepository();

    public HostService(Database db, Clock clock, boolean expireLocks, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.expire = expireLocks;
        this.audit = audit;
    }

    public HostRepository.Page page(long projectId, DataTablesRequest request, List<HostRepository.Filter> filters) {
        return db.read(h -> hosts.page(h, projectId, request, filters, expire, clock.millis()));
    }

    public Host get(long id) {
        return db.read(h -> hosts.byId(h, id, expire, clock.millis())).orElseThrow(() -> notFound(id));
    }

    /** @return the hosts with these ids, in the lists' order; unknown ids are left out */
    public List<Host> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(h -> hosts.byIdsOrNames(h, ids.stream().map(String::valueOf).toList(), expire, clock.millis()))
                .stream().filter(host -> ids.contains(host.id()))
                .sorted(java.util.Comparator.comparingInt(Host::sortOrder).reversed().thenComparing(Host::name))
                .toList();
    }

    /** Every host, hidden ones too, in the lists' order: for the admin page. */
    public List<Host> all() {
        return db.read(h -> hosts.all(h, expire, clock.millis()));
    }

    /** Creates a host from its JSON description; the name must be new. */
    public Host create(Actor actor, JsonNode body) {
        Host host = fromJson(0, body, null);
        try {
            long id = db.write(h -> {
                long created = hosts.create(h, host);
                audit.record(h, actor, "host.create", target(created, host.name()), "");
                return created;
            });
            return get(id);
        } catch (RuntimeException e) {
            throw Database.isUniqueViolation(e) ? duplicate(host.name()) : e;
        }
    }

    /** Changes the values sent; the rest stay. */
    public Host update(Actor actor, long id, JsonNode body) {
        try {
            db.writeVoid(h -> {
                Host current = hosts.byId(h, id, expire, clock.millis()).orElseThrow(() -> notFound(id));
                Host changed = fromJson(id, body, current);
                hosts.update(h, changed);
                String target = target(id, changed.name());
                String detail = changes(current, changed);
                if (!detail.isEmpty()) {
                    audit.record(h, actor, "host.edit", target, detail);
                }
                if (current.hidden() != changed.hidden()) {
                    audit.record(h, actor, changed.hidden() ? "host.hide" : "host.show", target, "");
                }
            });
        } catch (RuntimeException e) {
            throw Database.isUniqueViolation(e) ? duplicate(text(body, "name", "")) : e;
        }
        return get(id);
    }

    public LockType createType(Actor actor, JsonNode body) {
        LockType type = typeFromJson(0, body, null);
        try {
            long id = db.write(h -> {
                long created = h.createUpdate("INSERT INTO lock_type (name, bg_color, fg_color, sort_order)"
                                + " VALUES (:name, :bgColor, :fgColor, :sortOrder)")
                        .bindMethods(type).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                audit.record(h, actor, "lock_type.create", "lock type " + created + " (" + type.name() + ")",
                        type.bgColor() + " on " + type.fgColor() + ", order " + type.sortOrder());
                return created;
            });
            return new LockType(id, type.name(), type.bgColor(), type.fgColor(), type.sortOrder());
        } catch (RuntimeException e) {
            throw Database.isUniqueViolation(e) ? duplicate(type.name()) : e;
        }
    }

    /** Renames, recolours or reorders a lock type; the values not sent stay. */
    public LockType updateType(Actor actor, long id, JsonNode body) {
        try {
            return db.write(h -> {
                LockType current = locks.types(h).stream().filter(t -> t.id() == id).findFirst()
                        .orElseThrow(() -> ApiException.notFound("Lock type " + id + " is not found"));
                LockType changed = typeFromJson(id, body, current);
                h.createUpdate("UPDATE lock_type SET name = :name, bg_color = :bgColor, fg_color = :fgColor,"
                        + " sort_order = :sortOrder WHERE id = :id").bindMethods(changed).execute();
                String detail = changes(current, changed);
                if (!detail.isEmpty()) {
                    audit.record(h, actor, "lock_type.edit", "lock type " + id + " (" + changed.name() + ")",
                            detail);
                }
                return changed;
            });
        } catch (RuntimeException e) {
            throw Database.isUniqueViolation(e) ? duplicate(text(body, "name", "")) : e;
        }
    }

    public List<LockType> types() {
        return db.read(locks::types);
    }

    private static LockType typeFromJson(long id, JsonNode body, LockType current) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        String name = text(body, "name", current == null ? null : current.name());
        if (name.isBlank()) {
            throw ApiException.badRequest("name", "is required");
        }
        String bg = color(body, "bg_color", current == null ? "#003399" : current.bgColor());
        String fg = color(body, "fg_color", current == null ? "#ffffff" : current.fgColor());
        return new LockType(id, name, bg, fg, whole(body, "order", current == null ? 1 : current.sortOrder()));
    }

    /** @return the fields that differ, for the audit log: {@code os: Debian 12 → Debian 13; ram_gb: 64 → 128} */
    static String changes(Record before, Record after) {
        List<String> changed = new ArrayList<>();
        try {
            for (RecordComponent c : before.getClass().getRecordComponents()) {
                Object was = c.getAccessor().invoke(before);
                Object is = c.getAccessor().invoke(after);
                if (!NOT_AUDITED.contains(c.getName()) && !Objects.equals(was, is)) {
                    changed.add(c.getName() + ": " + (was == null ? "" : was) + " → " + (is == null ? "" : is));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot compare " + before.getClass().getSimpleName() + " values", e);
        }
        return String.join("; ", changed);
    }

    private static String target(long id, String name) {
        return "host " + id + " (" + name + ")";
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("Host " + id + " is not found");
    }

    private static int whole(JsonNode b, String field, int current) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            return current;
        }
        try {
            return v.isIntegralNumber() ? v.asInt() : Integer.parseInt(v.asText().trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, "must be a whole number, got '" + v.asText() + "'");
        }
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
                whole(b, "order", c == null ? 10 : c.sortOrder()), c == null ? null : c.lockedBy());
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
