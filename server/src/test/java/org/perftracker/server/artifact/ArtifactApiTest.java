package org.perftracker.server.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** Artifact storage beyond what the reference tool exercises: expiry, ranges, safe serving, limits. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ArtifactApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Parameter
    TestDatabase database;

    private static RunningServer server;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db.create(), c -> c.withMaxArtifactMb(1));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    /** A multipart upload as perftrackerlib sends it. */
    private static HttpResponse<String> upload(UUID uuid, byte[] file, String... fields) throws Exception {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1.0/0/artifact/" + uuid))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> content(UUID uuid, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/1/artifact_content/" + uuid));
        if (range != null) {
            request.header("Range", range);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode info(UUID uuid) throws Exception {
        return MAPPER.readTree(server.get("/api/v1.0/0/artifact/" + uuid).body());
    }

    @Test
    void the_list_pages_newest_first_with_start_and_length() throws Exception {
        List<String> uploaded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID uuid = UUID.randomUUID();
            assertThat(upload(uuid, ("log " + i).getBytes(StandardCharsets.UTF_8), "filename", "log-" + i + ".txt")
                    .statusCode()).isEqualTo(200);
            uploaded.add(0, uuid.toString());
        }
        List<String> first = uuids(server.getJson("/api/v1.0/0/artifact/?start=0&length=2"));
        List<String> second = uuids(server.getJson("/api/v1.0/0/artifact/?start=1&length=2"));
        assertThat(first).containsExactly(uploaded.get(0), uploaded.get(1));
        assertThat(second).containsExactly(uploaded.get(1), uploaded.get(2));
        assertThat(uuids(server.getJson("/api/v1.0/0/artifact/"))).as("10 by default, as the reference lists")
                .hasSizeLessThanOrEqualTo(10).startsWith(uploaded.get(0));
    }

    private static List<String> uuids(JsonNode list) {
        List<String> uuids = new ArrayList<>();
        list.forEach(a -> uuids.add(a.get("uuid").asText()));
        return uuids;
    }

    @Test
    void an_expired_artifact_is_swept_with_its_links_and_then_answers_410() throws Exception {
        UUID uuid = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        assertThat(upload(uuid, "log".getBytes(StandardCharsets.UTF_8), "ttl_days", "0", "linked_uuids",
                "[\"" + job + "\"]").statusCode()).isEqualTo(200);
        UUID keeper = UUID.randomUUID();
        upload(keeper, "keep".getBytes(StandardCharsets.UTF_8), "ttl_days", "30");
        long deadline = System.currentTimeMillis() + 5_000;
        while (server.server().sweepExpiredArtifacts() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5); // the artifact expires 0 days after its upload: wait for the clock to pass it
        }
        JsonNode meta = info(uuid);
        assertThat(meta.get("deleted").asBoolean()).isTrue();
        assertThat(meta.get("links")).isEmpty();
        HttpResponse<byte[]> gone = content(uuid, null);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(new String(gone.body(), StandardCharsets.UTF_8)).contains("was deleted @ ");
        assertThat(content(keeper, null).statusCode()).isEqualTo(200);
    }

    @Test
    void byte_ranges_of_plain_content_are_served_and_unsatisfiable_ones_refused() throws Exception {
        UUID uuid = UUID.randomUUID();
        upload(uuid, "0123456789".getBytes(StandardCharsets.UTF_8), "filename", "digits.txt");
        HttpResponse<byte[]> part = content(uuid, "bytes=2-5");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(new String(part.body(), StandardCharsets.UTF_8)).isEqualTo("2345");
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 2-5/10");
        assertThat(new String(content(uuid, "bytes=-3").body(), StandardCharsets.UTF_8)).isEqualTo("789");
        HttpResponse<byte[]> beyond = content(uuid, "bytes=20-30");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */10");
        assertThat(content(uuid, "bytes=99999999999999999999-").statusCode()).isEqualTo(416);
    }

    @Test
    void html_and_svg_are_downloaded_never_shown_inline_and_names_are_escaped() throws Exception {
        UUID html = UUID.randomUUID();
        upload(html, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "filename", "re\"port\u00e9.html",
                "inline", "True");
        HttpResponse<byte[]> page = content(html, null);
        assertThat(page.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"re_port_.html\"; filename*=UTF-8''re%22port%C3%A9.html");
        assertThat(page.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
        UUID text = UUID.randomUUID();
        upload(text, compress("line 1\nline 2\n"), "filename", "out.log", "inline", "True", "compression", "True");
        HttpResponse<byte[]> log = content(text, null);
        assertThat(log.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline;");
        assertThat(log.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(new String(log.body(), StandardCharsets.UTF_8)).isEqualTo("line 1\nline 2\n");
    }

    @Test
    void metadata_may_come_first_and_a_deleted_artifact_can_be_uploaded_again() throws Exception {
        UUID uuid = UUID.randomUUID();
        assertThat(upload(uuid, null, "filename", "later.txt", "description", "to come").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> none = content(uuid, null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("Can't find artifact file");
        upload(uuid, "v1".getBytes(StandardCharsets.UTF_8));
        assertThat(server.delete("/api/v1.0/0/artifact/" + uuid).status()).isEqualTo(200);
        assertThat(content(uuid, null).statusCode()).isEqualTo(410);
        HttpResponse<String> again = upload(uuid, "v2".getBytes(StandardCharsets.UTF_8));
        assertThat(again.body()).contains("has been updated");
        assertThat(new String(content(uuid, null).body(), StandardCharsets.UTF_8)).isEqualTo("v2");
        assertThat(info(uuid).get("sha256").asText()).isEqualTo(sha256("v2"));
    }

    @Test
    void json_patches_links_and_refuses_what_it_cannot_read() throws Exception {
        UUID uuid = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        upload(uuid, "x".getBytes(StandardCharsets.UTF_8));
        assertThat(server.patch("/api/v1.0/0/artifact/" + uuid, "{\"description\": \"d\", \"linked_uuids\": [\"" + job
                + "\"]}").status()).isEqualTo(200);
        JsonNode meta = info(uuid);
        assertThat(meta.get("description").asText()).isEqualTo("d");
        assertThat(meta.get("links").get(0).asText()).isEqualTo(job.toString());
        server.patch("/api/v1.0/0/artifact/" + uuid, "{\"unlinked_uuids\": [\"" + job + "\"]}");
        assertThat(info(uuid).get("links")).isEmpty();
        RunningServer.Answer bad = server.patch("/api/v1.0/0/artifact/" + uuid, "{\"linked_uuids\": [\"nope\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).contains("invalid UUID");
        assertThat(server.patch("/api/v1.0/0/artifact/" + UUID.randomUUID(), "{}").status()).isEqualTo(404);
        assertThat(server.put("/api/v1.0/0/artifact/" + uuid, "{}").json().get("message").asText())
                .isEqualTo("Method PUT is not allowed");
        assertThat(server.get("/api/v1.0/0/artifact/not-a-uuid").status()).isEqualTo(400);
        assertThat(server.get("/api/v1.0/0/artifact_content/" + UUID.randomUUID()).json().get("message").asText())
                .contains("is not found");
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413_and_a_part_not_named_file_with_400() throws Exception {
        HttpResponse<String> big = upload(UUID.randomUUID(), new byte[2 * 1024 * 1024]);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("message");
        String boundary = "xyz";
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"data\"; filename=\"a\"\r\n\r\nabc\r\n--xyz--\r\n";
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/api/v1.0/0/artifact/" + UUID.randomUUID()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("can't get file data");
    }

    private static byte[] compress(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(out)) {
            bz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
