package org.perftracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.Main;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * {@code pt artifact upload} and {@code download} of a file eight times the client's heap: pt runs in its own JVM
 * with {@code -Xmx24m}, so a file read whole into memory (192 MiB) would end it with an OutOfMemoryError. The
 * server's side of the same is LargeArtifactTest.
 */
class PtLargeArtifactTest {
    private static final long SIZE = 192L * 1024 * 1024;
    private static final String HEAP = "-Xmx24m";

    @TempDir
    Path dir;

    @Test
    void a_file_eight_times_the_clients_heap_goes_up_and_comes_down_intact() throws Exception {
        Path big = dir.resolve("heap.hprof");
        String sent = write(big, SIZE);
        try (RunningServer server = RunningServer.start(TestDatabase.SQLITE)) {
            Process upload = pt(dir.resolve("upload.log"), "artifact", "upload", big.toString(), "--url",
                    server.baseUrl(), "--json", "--description", "a big one");
            assertThat(upload.waitFor(180, TimeUnit.SECONDS)).as("the upload ended").isTrue();
            String out = Files.readString(dir.resolve("upload.log"));
            assertThat(upload.exitValue()).as(out).isZero();
            assertThat(out).doesNotContain("OutOfMemoryError");
            String uuid = new ObjectMapper().readTree(out.substring(out.indexOf('{'))).get("uuid").asText();
            var info = server.getJson("/api/v1.0/0/artifact/" + uuid);
            assertThat(info.get("size").asLong()).isEqualTo(SIZE);
            assertThat(info.get("sha256").asText()).isEqualTo(sent);

            Path copy = dir.resolve("copy.hprof");
            Process download = pt(dir.resolve("download.log"), "artifact", "download", uuid, copy.toString(),
                    "--url", server.baseUrl());
            assertThat(download.waitFor(180, TimeUnit.SECONDS)).as("the download ended").isTrue();
            assertThat(download.exitValue()).as(Files.readString(dir.resolve("download.log"))).isZero();
            assertThat(Files.size(copy)).isEqualTo(SIZE);
            assertThat(sha256(copy)).isEqualTo(sent);
        }
    }

    /** Starts {@code pt} in a JVM of its own with a small heap; its output goes to the log. */
    private Process pt(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** Writes a deterministic, not very compressible file of this size; @return its SHA-256 */
    private static String write(Path file, long size) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                for (int i = 0; i < block.length; i++) {
                    long p = written + i;
                    block[i] = (byte) ((p * 31 + (p >>> 12)) & 0xff);
                }
                out.write(block);
                digest.update(block);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
