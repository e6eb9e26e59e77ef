package org.perftracker.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as a user runs it: a process that starts on the embedded default and stops on SIGTERM. */
class ServerProcessTest {
    private static final Pattern SERVING = Pattern.compile("serving on (http://[^/]+/)");

    @TempDir
    Path dataDir;

    private static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static Process launch(String... args) throws IOException {
        return command(args).start();
    }

    @Test
    void starts_on_sqlite_in_the_data_directory_answers_health_and_stops_cleanly_on_sigterm() throws Exception {
        Path logFile = dataDir.resolve("server.log");
        Process server = command("--port", "0", "--data-dir", dataDir.resolve("data").toString())
                .redirectOutput(logFile.toFile()).start();
        try {
            String url = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (url == null && System.nanoTime() < deadline && server.isAlive()) {
                Matcher m = SERVING.matcher(Files.readString(logFile));
                if (m.find()) {
                    url = m.group(1);
                } else {
                    Thread.sleep(20); // polling the log with a deadline, not waiting a fixed time
                }
            }
            assertThat(url).as(Files.readString(logFile)).isNotNull();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"database\":\"sqlite\"");
            assertThat(Files.exists(dataDir.resolve("data").resolve("perftracker.db"))).isTrue();

            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.destroyForcibly();
        }
        assertThat(Files.readString(logFile)).contains("GET /api/health 200").contains("stopping")
                .doesNotContain("Exception");
    }

    @Test
    void help_lists_every_option_with_its_environment_variable() throws Exception {
        Process help = launch("--help");
        String out = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(out).contains("--port", "PT_PORT", "9000", "--host", "PT_HOST", "--data-dir", "PT_DATA_DIR",
                "--db-url", "PT_DB_URL", "--db-user", "--db-password", "--max-upload-mb", "64");
    }

    @Test
    void an_unusable_database_url_fails_at_start_with_one_clear_line() throws Exception {
        Process bad = launch("--port", "0", "--db-url", "jdbc:mysql://nowhere/db");
        String out = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bad.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(3);
        assertThat(out).contains("cannot start").contains("unsupported database URL");
    }
}
