package org.perftracker.server.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.server.testing.ServerProcess;

/**
 * A file far larger than the server's heap goes in and comes out whole: the server streams it both ways.
 * The server runs with a 48 MiB heap; a 300 MiB file held in memory would end it.
 */
class LargeArtifactTest {
    private static final long SIZE = 300L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void a_file_six_times_the_heap_is_uploaded_and_downloaded_intact() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir.resolve("server.log"), List.of("-Xmx48m"),
                "--port", "0", "--data-dir", dir.resolve("data").toString())) {
            HttpClient http = HttpClient.newHttpClient();
            UUID uuid = UUID.randomUUID();
            String boundary = "large" + uuid.toString().replace("-", "");
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"filename\"\r\n\r\nbig.bin\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            MessageDigest sent = MessageDigest.getInstance("SHA-256");
            HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(server.url()
                            + "api/v1.0/0/artifact/" + uuid))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                            new SequenceInputStream(new ByteArrayInputStream(head), new SequenceInputStream(
                                    new DigestInputStream(new PatternStream(SIZE), sent),
                                    new ByteArrayInputStream(tail)))), head.length + SIZE + tail.length))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
            String expected = HexFormat.of().formatHex(sent.digest());

            String meta = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1.0/0/artifact/" + uuid))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(new ObjectMapper().readTree(meta).get("sha256").asText()).isEqualTo(expected);
            assertThat(new ObjectMapper().readTree(meta).get("size").asLong()).isEqualTo(SIZE);

            HttpResponse<InputStream> download = http.send(HttpRequest.newBuilder(URI.create(server.url()
                    + "1/artifact_content/" + uuid)).build(), HttpResponse.BodyHandlers.ofInputStream());
            MessageDigest received = MessageDigest.getInstance("SHA-256");
            long count = 0;
            try (InputStream in = download.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.update(buffer, 0, n);
                    count += n;
                }
            }
            assertThat(count).isEqualTo(SIZE);
            assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(expected);
            assertThat(server.process().isAlive()).isTrue();
            assertThat(server.log()).doesNotContain("OutOfMemoryError");
        }
    }

    /** A deterministic, non-repeating-looking byte stream of a given length, generated on the fly. */
    private static final class PatternStream extends InputStream {
        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long p = position++;
            return (int) ((p * 31 + (p >>> 12)) & 0xff);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                long p = position++;
                b[off + i] = (byte) ((p * 31 + (p >>> 12)) & 0xff);
            }
            return n;
        }
    }
}
