package org.perftracker.client.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.testing.LoopbackServer;
import org.perftracker.client.testing.LoopbackServer.Answer;
import org.perftracker.client.testing.Pt;

/**
 * {@code pt artifact} against a loopback stub: the requests are those of perftrackerlib's {@code pt-artifact-ctl}
 * (a multipart upload with the same fields, in the same order), and the exit codes are pt's.
 */
class ArtifactCommandTest {
    private static final String UUID_A = "11111111-3333-11e8-85cb-8c85907924aa";
    private static final String JOB = "6f1c2a6e-0b7e-11ef-9c3a-0242ac120002";
    private static final String META = "{\"uuid\": \"" + UUID_A + "\", \"filename\": \"stdout.txt\", \"size\": 12,"
            + " \"mime\": \"text/plain\", \"inline\": true, \"compression\": false, \"ttl_days\": 7,"
            + " \"uploaded_dt\": \"2026-01-05T08:00:00Z\", \"expires_dt\": \"2026-01-12T08:00:00Z\","
            + " \"links\": [\"" + JOB + "\"], \"deleted\": false}";

    @TempDir
    Path dir;

    private final LoopbackServer server = LoopbackServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void upload_sends_the_reference_fields_then_the_file_with_its_length_and_prints_the_uuid() throws IOException {
        server.on("/api/v1.0/0/artifact/" + UUID_A, Answer.json(200, "{\"message\": \"Artifact has been created, uuid: "
                + UUID_A + "\", \"uuid\": \"" + UUID_A + "\"}"), Answer.json(200, META));
        Pt pt = new Pt(dir);
        Files.writeString(pt.workingDirectory().resolve("stdout.txt"), "hello world\n");

        Pt.Result r = pt.run("artifact", "upload", "stdout.txt", "--url", server.url(), "--uuid", UUID_A, "--link",
                JOB, "--description", "the run's output", "--ttl-days", "7", "--inline");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(UUID_A + "\n");
        assertThat(r.err()).contains("stored stdout.txt (12 B) as artifact " + UUID_A,
                server.url() + "/0/artifact_content/" + UUID_A);
        LoopbackServer.Request post = server.requests("POST", "/api/v1.0/0/artifact/").get(0);
        assertThat(post.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(post.header("Content-Length")).isEqualTo(String.valueOf(post.body().length()));
        String boundary = post.header("Content-Type").substring("multipart/form-data; boundary=".length());
        assertThat(post.body()).isEqualTo(part(boundary, "description", "the run's output")
                + part(boundary, "ttl_days", "7") + part(boundary, "filename", "stdout.txt")
                + part(boundary, "inline", "True") + part(boundary, "compression", "False")
                + part(boundary, "linked_uuids", "[\"" + JOB + "\"]")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nhello world\n\r\n--" + boundary + "--\r\n");
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    @Test
    void a_compressed_upload_is_sent_in_chunks_as_bzip2_and_says_so() throws IOException {
        server.on("/api/v1.0/0/artifact/", Answer.json(200, "{\"message\": \"ok\"}"), Answer.json(200, META));
        Pt pt = new Pt(dir);
        Files.writeString(pt.workingDirectory().resolve("big.log"), "line\n".repeat(10_000));

        Pt.Result r = pt.run("artifact", "upload", "big.log", "--url", server.url(), "--compress", "--json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"uuid\" : \"" + UUID_A + "\"");
        LoopbackServer.Request post = server.requests("POST", "/api/v1.0/0/artifact/").get(0);
        assertThat(post.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(post.body()).contains("name=\"compression\"\r\n\r\nTrue\r\n", "\r\n\r\nBZh9");
    }

    @Test
    void a_missing_file_or_a_bad_uuid_is_a_usage_error_and_nothing_is_sent() {
        Pt pt = new Pt(dir);
        Pt.Result missing = pt.run("artifact", "upload", "nope.log", "--url", server.url());
        Pt.Result badUuid = pt.run("artifact", "info", "not-a-uuid", "--url", server.url());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.log: no such file");
        assertThat(badUuid.exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void an_unknown_artifact_is_exit_3_with_the_servers_message() {
        server.on("/api/v1.0/0/artifact/", Answer.json(404, "{\"message\": \"Artifact with UUID " + UUID_A
                + " is not found\"}"));
        Pt.Result r = new Pt(dir).run("artifact", "info", UUID_A, "--url", server.url());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("pt: HTTP 404: Artifact with UUID " + UUID_A + " is not found\n");
    }

    @Test
    void download_writes_the_content_under_the_artifacts_name_and_refuses_to_overwrite() throws IOException {
        server.on("/api/v1.0/0/artifact/", Answer.json(200, META));
        server.on("/api/v1.0/0/artifact_content/", new Answer(200, "hello world\n", Map.of(
                "Content-Type", "text/plain")));
        Pt pt = new Pt(dir);

        Pt.Result r = pt.run("artifact", "download", UUID_A, "--url", server.url());
        Pt.Result again = pt.run("artifact", "download", UUID_A, "--url", server.url());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.readString(pt.workingDirectory().resolve("stdout.txt"))).isEqualTo("hello world\n");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("exists; name another file or add --force");
        assertThat(Files.list(pt.workingDirectory())).hasSize(1);
    }

    @Test
    void link_and_unlink_change_the_links_with_patch() {
        server.on("/api/v1.0/0/artifact/", Answer.json(200, "{}"), Answer.json(200, META));
        Pt.Result r = new Pt(dir).run("artifact", "unlink", UUID_A, JOB, "--url", server.url());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        LoopbackServer.Request patch = server.requests("PATCH", "/api/v1.0/0/artifact/" + UUID_A).get(0);
        assertThat(patch.body()).isEqualTo("{\"unlinked_uuids\":[\"" + JOB + "\"]}");
    }
}
