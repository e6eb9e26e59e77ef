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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.server.testing.ServerProcess;

/** The server as a user runs it: a process that starts on the embedded default and stops on SIGTERM. */
class ServerProcessTest {
    @TempDir
    Path dataDir;

    private static Process launch(String... args) throws IOException {
        return ServerProcess.command(List.of(), args).start();
    }

    @Test
    void starts_on_sqlite_in_the_data_directory_answers_health_and_stops_cleanly_on_sigterm() throws Exception {
        try (ServerProcess server = ServerProcess.start(dataDir.resolve("server.log"), List.of(), "--port", "0",
                "--data-dir", dataDir.resolve("data").toString())) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"database\":\"sqlite\"");
            assertThat(Files.exists(dataDir.resolve("data").resolve("perftracker.db"))).isTrue();
            assertThat(server.stop()).isTrue();
            assertThat(server.log()).contains("GET /api/health 200").contains("stopping").doesNotContain("Exception");
        }
    }

    @Test
    void the_first_start_prints_the_administrators_one_time_password_and_later_starts_do_not() throws Exception {
        java.util.regex.Pattern printed = java.util.regex.Pattern.compile(
                "administrator 'admin' has been created with the password\\s+(\\S+)");
        String password;
        try (ServerProcess server = ServerProcess.start(dataDir.resolve("first.log"), List.of(), "--port", "0",
                "--data-dir", dataDir.resolve("data").toString())) {
            java.util.regex.Matcher m = printed.matcher(server.log());
            assertThat(m.find()).as(server.log()).isTrue();
            password = m.group(1);
            String login = "{\"action\": \"login\", \"encoded_email\": \"YWRtaW4=\", \"encoded_password\": \""
                    + java.util.Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)) + "\"}";
            HttpResponse<String> in = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + "api/v1.0/auth")).POST(HttpRequest.BodyPublishers.ofString(login))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(in.body()).startsWith("{\"is_authenticated\":true,\"username\":\"admin\",\"csrf_token\":\"");
            assertThat(server.stop()).isTrue();
        }
        try (ServerProcess again = ServerProcess.start(dataDir.resolve("again.log"), List.of(), "--port", "0",
                "--data-dir", dataDir.resolve("data").toString())) {
            assertThat(again.log()).doesNotContain("has been created with the password").doesNotContain(password);
        }
    }

    @Test
    void a_wrong_policy_word_is_a_usage_error() throws Exception {
        String out = exits(2, "--port", "0", "--anonymous-writes", "sometimes");
        assertThat(out).contains("anonymous writes must be loopback, anywhere or never");
    }

    @Test
    void help_lists_every_option_with_its_environment_variable() throws Exception {
        String out = exits(0, "--help");
        assertThat(out).contains("--port", "PT_PORT", "9000", "--host", "PT_HOST", "--data-dir", "PT_DATA_DIR",
                "--db-url", "PT_DB_URL", "--db-user", "--db-password", "--max-upload-mb", "64",
                "--read-access", "PT_READ_ACCESS", "--anonymous-writes", "PT_ANONYMOUS_WRITES", "--trusted-proxy",
                "PT_ADMIN_PASSWORD", "--ldap-url", "PT_LDAP_BIND_PASSWORD", "--min-change", "PT_MIN_CHANGE");
    }

    @Test
    void a_minimum_change_outside_0_to_100_percent_is_a_usage_error() throws Exception {
        String out = exits(2, "--port", "0", "--min-change", "150");
        assertThat(out).contains("--min-change must be 0 to 100 percent, got 150");
    }

    @Test
    void an_unusable_database_url_fails_at_start_with_one_clear_line() throws Exception {
        String out = exits(3, "--port", "0", "--db-url", "jdbc:mysql://nowhere/db");
        assertThat(out).contains("cannot start").contains("unsupported database URL");
    }

    /** Runs the server's command line to its end (at most 20 s), checks its exit code and returns its output. */
    private static String exits(int code, String... args) throws Exception {
        Process process = launch(args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(code);
        return out;
    }
}
