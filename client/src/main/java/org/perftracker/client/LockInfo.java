package org.perftracker.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A lock on lab hosts as the server describes it ({@code GET /api/v1.0/0/hw_lock/<id>}).
 *
 * @param begin when it was taken, ISO-8601 in UTC
 * @param plannedEnd until when it is planned to hold its hosts
 * @param end when it was released; empty while it holds them
 * @param hostIds the hosts it reserves
 * @param json the server's whole answer
 */
public record LockInfo(long id, String title, String owner, String type, String begin, String plannedEnd,
        String end, boolean active, List<Long> hostIds, JsonNode json) {

    public LockInfo {
        hostIds = List.copyOf(hostIds);
    }

    static LockInfo fromJson(JsonNode l) {
        List<Long> hosts = new ArrayList<>();
        l.path("hw_nodes").forEach(h -> hosts.add(h.asLong()));
        return new LockInfo(l.path("id").asLong(), l.path("title").asText(""), l.path("owner").asText(""),
                l.path("lock_type").path("name").asText(""), l.path("begin").asText(""),
                l.path("planned_end").asText(""), l.path("end").isNull() ? "" : l.path("end").asText(""),
                l.path("active").asBoolean(), hosts, l);
    }
}
