package org.perftracker.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Artifacts on the server, through the API that perftrackerlib's {@code pt-artifact-ctl} speaks
 * ({@code /api/v1.0/0/artifact/…}). Files go up and come down as streams, so their size is bounded by the disk,
 * not by memory.
 *
 * <pre>{@code
 * ArtifactInfo log = client.artifacts().upload(ArtifactUpload.of(Path.of("run.log")).linkedTo(job.uuid()));
 * client.artifacts().download(UUID.fromString(log.uuid()), Files.newOutputStream(Path.of("copy.log")));
 * }</pre>
 */
public final class ArtifactClient {
    private static final String API = "/api/v1.0/0/artifact/";
    /** An upload may take this long per MiB on top of the usual timeout: a slow link still gets a big file up. */
    private static final Duration PER_MIB = Duration.ofSeconds(1);

    private final ClientSettings settings;
    private final Sender sender;

    ArtifactClient(ClientSettings settings, Sender sender) {
        this.settings = settings;
        this.sender = sender;
    }

    /**
     * Stores a file, streamed from disk (and compressed on the way when asked), under the upload's uuid; an
     * artifact of that uuid gets the new content.
     *
     * @return the artifact as the server stored it
     */
    public ArtifactInfo upload(ArtifactUpload upload) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!upload.description().isEmpty()) {
            fields.put("description", upload.description());
        }
        upload.ttlDays().ifPresent(d -> fields.put("ttl_days", Integer.toString(d)));
        upload.mime().ifPresent(m -> fields.put("mime", m));
        fields.put("filename", upload.filename());
        fields.put("inline", upload.inline() ? "True" : "False");
        fields.put("compression", upload.compressed() ? "True" : "False");
        fields.put("linked_uuids", uuids(upload.links()).toString());
        MultipartBody body = new MultipartBody(fields, upload.file(), upload.compressed());
        long mib;
        try {
            mib = Files.size(upload.file()) >> 20;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + upload.file() + ": " + e.getMessage(), e);
        }
        sender.send("upload " + upload.file().getFileName(), sender.request(API + upload.uuid())
                .timeout(settings.requestTimeout().plus(PER_MIB.multipliedBy(mib)))
                .header("Content-Type", body.contentType()).POST(body.publisher()));
        return info(upload.uuid());
    }

    /** @return the artifact's metadata */
    public ArtifactInfo info(UUID uuid) {
        return ArtifactInfo.fromJson(json("read artifact " + uuid, sender.request(API + uuid).GET()));
    }

    /** @return artifacts newest first, {@code length} of them from {@code start} */
    public List<ArtifactInfo> list(int start, int length) {
        JsonNode list = json("list the artifacts", sender.request(API + "?start=" + start + "&length=" + length)
                .GET());
        List<ArtifactInfo> out = new ArrayList<>();
        list.forEach(a -> out.add(ArtifactInfo.fromJson(a)));
        return out;
    }

    /**
     * Writes the artifact's content (decompressed by the server when it was uploaded compressed) as it arrives.
     *
     * @return how many bytes were written
     */
    public long download(UUID uuid, OutputStream out) {
        HttpResponse<InputStream> answer = sender.stream("download artifact " + uuid,
                sender.request("/api/v1.0/0/artifact_content/" + uuid).header("Accept", "*/*").GET());
        try (InputStream in = answer.body()) {
            return in.transferTo(out);
        } catch (IOException e) {
            throw new PerfTrackerException("the download of artifact " + uuid + " broke off: " + e.getMessage(), e);
        }
    }

    /** Deletes the artifact's content; its record stays, so that downloads say when it was deleted. */
    public void delete(UUID uuid) {
        sender.send("delete artifact " + uuid, sender.request(API + uuid).DELETE());
    }

    /** Links the artifact to more jobs or tests. */
    public ArtifactInfo link(UUID uuid, List<UUID> to) {
        ObjectNode change = Json.MAPPER.createObjectNode();
        change.set("linked_uuids", uuids(to));
        return patch(uuid, change);
    }

    /** Unlinks the artifact from these jobs or tests. */
    public ArtifactInfo unlink(UUID uuid, List<UUID> from) {
        ObjectNode change = Json.MAPPER.createObjectNode();
        change.set("unlinked_uuids", uuids(from));
        return patch(uuid, change);
    }

    /**
     * Changes the artifact's metadata: the keys of the API ({@code description}, {@code filename}, {@code mime},
     * {@code ttl_days}, {@code inline}); those not given stay.
     */
    public ArtifactInfo update(UUID uuid, ObjectNode change) {
        return patch(uuid, change);
    }

    private ArtifactInfo patch(UUID uuid, ObjectNode change) {
        sender.send("change artifact " + uuid, sender.request(API + uuid).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(change.toString())));
        return info(uuid);
    }

    private static ArrayNode uuids(List<UUID> uuids) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        uuids.forEach(u -> array.add(u.toString()));
        return array;
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
