package org.perftracker.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Locks on lab hosts ({@code /api/v1.0/0/hw_lock/}), for CI jobs that must have a machine to themselves. Taking a
 * lock is atomic on the server: of two jobs asking for one host, one gets it and the other is refused with 409 (a
 * {@link RequestRefusedException} whose message says who holds the host and until when).
 *
 * <pre>{@code
 * LockInfo lock = client.locks().acquire("Nightly perf #512", 4, List.of("perf-01"), Optional.empty());
 * try { … } finally { client.locks().release(lock.id()); }
 * }</pre>
 */
public final class LockClient {
    private static final String API = "/api/v1.0/0/hw_lock/";
    private static final int MAX_HOSTS = 5000;

    private final ClientSettings settings;
    private final Sender sender;

    LockClient(ClientSettings settings, Sender sender) {
        this.settings = settings;
        this.sender = sender;
    }

    /**
     * Takes the hosts now, for the hours given.
     *
     * @param hosts host names (or ids)
     * @param type a lock type's name; the default type when empty
     * @throws RequestRefusedException with status 409 when a host is held by another lock
     */
    public LockInfo acquire(String title, int hours, List<String> hosts, Optional<String> type) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("title", title).put("planned_dur_hrs", hours);
        hosts.forEach(body.putArray("hw_nodes")::add);
        type.ifPresent(t -> body.putObject("lock_type").put("name", t));
        JsonNode answer = json("lock " + String.join(", ", hosts), sender.request(API)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        return LockInfo.fromJson(answer.path("lock"));
    }

    /** Releases the lock now; it stays in the hosts' history. */
    public LockInfo release(long id) {
        return LockInfo.fromJson(json("release lock " + id, sender.request(API + id).DELETE()).path("lock"));
    }

    public LockInfo get(long id) {
        return LockInfo.fromJson(json("read lock " + id, sender.request(API + id).GET()));
    }

    /**
     * @param activeOnly only the locks that hold their hosts now
     * @return the newest {@code limit} locks
     */
    public List<LockInfo> list(boolean activeOnly, int limit) {
        JsonNode page = json("list the locks", sender.request(API + "?length=" + limit
                + (activeOnly ? "&active=1" : "")).GET());
        List<LockInfo> out = new ArrayList<>();
        page.path("data").forEach(l -> out.add(LockInfo.fromJson(l)));
        return out;
    }

    /** @return the names of the lock types, in their order */
    public List<String> types() {
        List<String> names = new ArrayList<>();
        json("list the lock types", sender.request("/api/v1.0/0/lock_type/").GET())
                .forEach(t -> names.add(t.path("name").asText("")));
        return names;
    }

    /** @return the names of the lab's hosts by id, hidden ones left out */
    public Map<Long, String> hostNames() {
        JsonNode page = json("list the hosts", sender.request("/api/v1.0/0/hw_farm/?length=" + MAX_HOSTS).GET());
        Map<Long, String> names = new LinkedHashMap<>();
        page.path("data").forEach(h -> names.put(h.path("id").asLong(), h.path("name").asText("")));
        return names;
    }

    private JsonNode json(String what, HttpRequest.Builder request) {
        String text = new String(sender.send(what, request).body(), StandardCharsets.UTF_8);
        JsonNode json = Json.readOrNull(text);
        if (json == null) {
            throw new PerfTrackerException("cannot " + what + ": the server at " + settings.baseUrl()
                    + " answered something that is not JSON: " + Sender.abbreviate(text));
        }
        return json;
    }
}
