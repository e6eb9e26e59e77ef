package org.perftracker.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An artifact as the server describes it ({@code GET /api/v1.0/0/artifact/<uuid>}).
 *
 * @param size bytes stored: for a compressed artifact, the compressed size
 * @param uploaded when it was last uploaded or changed, ISO-8601 in UTC
 * @param expires when the server deletes it, ISO-8601 in UTC
 * @param links the uuids of the jobs and tests it belongs to
 * @param json the server's whole answer
 */
public record ArtifactInfo(String uuid, String filename, String description, String mime, long size,
        boolean inline, boolean compression, int ttlDays, String uploaded, String expires, boolean deleted,
        List<String> links, String sha256, JsonNode json) {

    public ArtifactInfo {
        links = List.copyOf(links);
    }

    static ArtifactInfo fromJson(JsonNode a) {
        List<String> links = new ArrayList<>();
        a.path("links").forEach(l -> links.add(l.asText()));
        return new ArtifactInfo(a.path("uuid").asText(""), a.path("filename").asText(""),
                a.path("description").asText(""), a.path("mime").asText(""), a.path("size").asLong(),
                a.path("inline").asBoolean(), a.path("compression").asBoolean(), a.path("ttl_days").asInt(),
                a.path("uploaded_dt").asText(""), a.path("expires_dt").asText(""), a.path("deleted").asBoolean(),
                links, a.path("sha256").asText(""), a);
    }
}
