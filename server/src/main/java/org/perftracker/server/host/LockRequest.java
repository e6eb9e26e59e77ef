package org.perftracker.server.host;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.web.ApiException;

/**
 * A lock as the reference UI and scripts send it: {@code {"title", "planned_dur_hrs", "hw_nodes": ["3", 4],
 * "lock_type": {"name": …}}}. Hosts may also be named ({@code "perf-01"}); the lock type may be its name.
 */
public record LockRequest(String title, Optional<Integer> plannedHours, List<String> hosts, Optional<String> lockType,
        Optional<String> owner) {
    private static final int MAX_HOURS = LockService.MAX_HOURS;
    private static final int MAX_TITLE = 256;

    /** A new lock as a form asks for it; the title is checked as {@link #parse} checks it. */
    public static LockRequest of(String title, int hours, List<String> hosts, Optional<String> lockType) {
        String clean = title.strip();
        if (clean.isEmpty()) {
            throw ApiException.badRequest("title", "is required");
        }
        if (clean.length() > MAX_TITLE) {
            throw ApiException.badRequest("title", "is " + clean.length() + " characters long, at most " + MAX_TITLE);
        }
        return new LockRequest(clean, Optional.of(hours), hosts, lockType, Optional.empty());
    }

    static LockRequest parse(JsonNode body, boolean forUpdate) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        String title = body.path("title").asText("").trim();
        if (title.isEmpty() && !forUpdate) {
            throw ApiException.badRequest("title", "is required");
        }
        if (title.length() > MAX_TITLE) {
            throw ApiException.badRequest("title", "is " + title.length() + " characters long, at most " + MAX_TITLE);
        }
        Optional<Integer> hours = Optional.empty();
        JsonNode planned = body.get("planned_dur_hrs");
        if (planned != null && !planned.isNull()) {
            try {
                int h = planned.isNumber() ? planned.asInt() : Integer.parseInt(planned.asText().trim());
                if (h < 1 || h > MAX_HOURS) {
                    throw ApiException.badRequest("planned_dur_hrs", "must be between 1 and " + MAX_HOURS);
                }
                hours = Optional.of(h);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("planned_dur_hrs", "must be a whole number of hours");
            }
        } else if (!forUpdate) {
            throw ApiException.badRequest("planned_dur_hrs", "is required: how many hours to hold the hosts");
        }
        List<String> hosts = new ArrayList<>();
        JsonNode nodes = body.get("hw_nodes");
        if (nodes != null && !nodes.isNull()) {
            if (!nodes.isArray()) {
                throw ApiException.badRequest("hw_nodes", "must be a list of host ids or names");
            }
            nodes.forEach(n -> hosts.add(n.isObject() ? n.path("id").asText() : n.asText()));
        }
        if (hosts.isEmpty() && !forUpdate) {
            throw ApiException.badRequest("hw_nodes", "must name at least one host");
        }
        JsonNode type = body.get("lock_type");
        Optional<String> typeName = type == null || type.isNull() ? Optional.empty()
                : Optional.of(type.isObject() ? type.path("name").asText("") : type.asText()).filter(s -> !s.isBlank());
        Optional<String> owner = Optional.ofNullable(body.get("owner")).filter(o -> !o.isNull())
                .map(JsonNode::asText).filter(s -> !s.isBlank());
        return new LockRequest(title, hours, hosts, typeName, owner);
    }
}
