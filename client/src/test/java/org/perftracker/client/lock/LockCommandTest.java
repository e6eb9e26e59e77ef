package org.perftracker.client.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.testing.LoopbackServer;
import org.perftracker.client.testing.LoopbackServer.Answer;
import org.perftracker.client.testing.Pt;

/** {@code pt lock} against a loopback stub: what it sends, what it prints, its exit codes. */
class LockCommandTest {
    private static final String LOCK = "{\"id\": 7, \"title\": \"nightly #512\", \"owner\": \"ci\","
            + " \"begin\": \"2026-01-05T08:00:00Z\", \"end\": null, \"planned_end\": \"2026-01-05T12:00:00Z\","
            + " \"hw_nodes\": [1, 2], \"lock_type\": {\"name\": \"Nightly\"}, \"active\": true}";

    @TempDir
    Path dir;

    private final LoopbackServer server = LoopbackServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void acquire_prints_the_lock_id_alone_on_standard_output() {
        server.on("/api/v1.0/0/lock_type/", Answer.json(200, "[{\"name\": \"Nightly\"}]"));
        server.on("/api/v1.0/0/hw_lock/", Answer.json(200, "{\"message\": \"OK\", \"id\": 7, \"lock\": " + LOCK + "}"));

        Pt.Result r = new Pt(dir).run("lock", "acquire", "--url", server.url(), "--host", "perf-01,perf-02",
                "--hours", "4", "--title", "nightly #512", "--type", "Nightly");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("7\n");
        assertThat(r.err()).contains("lock 7 holds perf-01, perf-02 until 2026-01-05 12:00 UTC", "pt lock release 7");
        assertThat(server.requests("POST", "/api/v1.0/0/hw_lock/").get(0).body()).isEqualTo("{\"title\":\"nightly "
                + "#512\",\"planned_dur_hrs\":4,\"hw_nodes\":[\"perf-01\",\"perf-02\"],\"lock_type\":{\"name\":"
                + "\"Nightly\"}}");
    }

    @Test
    void a_taken_host_is_exit_3_with_who_holds_it_and_until_when() {
        server.on("/api/v1.0/0/hw_lock/", Answer.json(409, "{\"message\": \"Hw node #1 is already locked by lock #7"
                + " (nightly #512): perf-01 is held by ci until 2026-01-05 12:00 UTC\", \"errors\": {}}"));

        Pt.Result r = new Pt(dir).run("lock", "acquire", "--url", server.url(), "--host", "perf-01", "--hours", "1",
                "--title", "mine");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("pt: a host is taken: Hw node #1 is already locked by lock #7 (nightly #512):"
                + " perf-01 is held by ci until 2026-01-05 12:00 UTC (add --wait SECONDS to wait for it)\n");
    }

    @Test
    void an_unknown_type_is_refused_before_anything_is_locked_and_missing_options_are_usage_errors() {
        server.on("/api/v1.0/0/lock_type/", Answer.json(200, "[{\"name\": \"Nightly\"}]"));
        Pt pt = new Pt(dir);

        Pt.Result type = pt.run("lock", "acquire", "--url", server.url(), "--host", "perf-01", "--hours", "1",
                "--title", "mine", "--type", "Nope");
        Pt.Result noHours = pt.run("lock", "acquire", "--url", server.url(), "--host", "perf-01", "--title", "x");

        assertThat(type.exitCode()).isEqualTo(3);
        assertThat(type.err()).contains("no lock type 'Nope' on the server; known: Nightly");
        assertThat(noHours.exitCode()).isEqualTo(2);
        assertThat(server.requests("POST", "/api/v1.0/0/hw_lock/")).isEmpty();
    }

    @Test
    void list_shows_host_names_and_release_says_what_it_released() {
        server.on("/api/v1.0/0/hw_lock/?", Answer.json(200, "{\"data\": [" + LOCK + "], \"recordsTotal\": 1}"));
        server.on("/api/v1.0/0/hw_lock/7", Answer.json(200, "{\"message\": \"OK\", \"id\": 7, \"lock\": " + LOCK
                + "}"));
        server.on("/api/v1.0/0/hw_farm/", Answer.json(200, "{\"data\": [{\"id\": 1, \"name\": \"perf-01\"},"
                + " {\"id\": 2, \"name\": \"perf-02\"}]}"));
        Pt pt = new Pt(dir);

        Pt.Result list = pt.run("lock", "list", "--active", "--url", server.url());
        Pt.Result release = pt.run("lock", "release", "7", "--url", server.url());

        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("nightly #512", "perf-01,perf-02", "2026-01-05 08:00", "held");
        assertThat(server.requests("GET", "/api/v1.0/0/hw_lock/?").get(0).path()).contains("active=1");
        assertThat(release.out()).isEqualTo("Released lock 7 (nightly #512)\n");
        assertThat(server.requests("DELETE", "/api/v1.0/0/hw_lock/7")).hasSize(1);
    }
}
