package org.perftracker.server.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.testing.MutableClock;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** Lab hosts and their locks through the API, on both databases. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class HostLockApiTest {
    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db.create(), c -> c.withExpireLocks(true), CLOCK);
        for (String name : List.of("perf-01", "perf-02", "perf-03", "perf-04", "perf-05")) {
            assertThat(server.postJson("/api/v1.0/0/hw_farm/", "{\"name\": \"" + name + "\", \"os\": \"Debian 12\","
                    + " \"cpus_count\": 32, \"ram_gb\": 128, \"purpose\": \"web perf\"}").status()).isEqualTo(201);
        }
        server.postJson("/api/v1.0/0/lock_type/", "{\"name\": \"Nightly\", \"bg_color\": \"#aa0000\"}");
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static long hostId(String name) {
        for (JsonNode row : server.getJson("/api/v1.0/0/hw_farm/?length=100").get("data")) {
            if (row.get("name").asText().equals(name)) {
                return row.get("id").asLong();
            }
        }
        throw new AssertionError("no host " + name);
    }

    private static RunningServer.Answer lock(String title, int hours, String... hosts) {
        return server.postJson("/api/v1.0/1/hw_lock/", "{\"title\": \"" + title + "\", \"planned_dur_hrs\": " + hours
                + ", \"hw_nodes\": [\"" + String.join("\", \"", hosts) + "\"], \"lock_type\": {\"name\": \"Nightly\"}}");
    }

    @Test
    void a_held_host_cannot_be_taken_until_its_lock_is_released_and_the_history_stays() {
        RunningServer.Answer first = lock("Nightly run", 4, "perf-01", String.valueOf(hostId("perf-02")));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long lockId = first.json().get("id").asLong();
        assertThat(first.json().get("lock").get("hw_nodes")).hasSize(2);
        assertThat(first.json().get("lock").get("lock_type").get("bg_color").asText()).isEqualTo("#aa0000");
        JsonNode free = server.getJson("/api/v1.0/0/hw_farm/?filter%5B0%5D%5Bcolumn%5D=locked_by"
                + "&filter%5B0%5D%5Bvalue%5D=&length=100");
        assertThat(free.get("data")).extracting(n -> n.get("name").asText()).doesNotContain("perf-01", "perf-02");
        RunningServer.Answer taken = lock("Manual test", 1, "perf-02", "perf-03");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("message").asText()).contains("already locked by lock #" + lockId)
                .contains("Nightly run");
        assertThat(server.getJson("/api/v1.0/0/hw_farm/" + hostId("perf-03")).get("locked_by").isNull()).isTrue();
        assertThat(server.delete("/api/v1.0/1/hw_lock/" + lockId).status()).isEqualTo(200);
        assertThat(lock("Manual test", 1, "perf-02", "perf-03").status()).isEqualTo(200);
        JsonNode history = server.getJson("/api/v1.0/1/hw_lock/" + lockId);
        assertThat(history.get("active").asBoolean()).isFalse();
        assertThat(history.get("end").isNull()).isFalse();
    }

    @Test
    void every_lock_change_answers_the_lock_and_is_audited_once() {
        RunningServer.Answer taken = lock("Audited run", 2, "perf-05");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        long lockId = taken.json().get("id").asLong();
        RunningServer.Answer changed = server.put("/api/v1.0/1/hw_lock/" + lockId,
                "{\"title\": \"Audited run, longer\", \"planned_dur_hrs\": 6}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("message").asText()).isEqualTo("OK");
        assertThat(changed.json().get("id").asLong()).isEqualTo(lockId);
        assertThat(changed.json().get("lock").get("title").asText()).isEqualTo("Audited run, longer");
        assertThat(changed.json().get("lock").get("planned_dur_hrs").asInt()).isEqualTo(6);
        assertThat(server.delete("/api/v1.0/1/hw_lock/" + lockId).status()).isEqualTo(200);
        RunningServer.Answer again = server.delete("/api/v1.0/1/hw_lock/" + lockId);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("lock").get("active").asBoolean()).isFalse();
        List<String> actions = server.server().database().read(h -> new AuditLog(java.time.Clock.systemUTC())
                .page(h, 0, 1000)).stream().filter(e -> e.target().startsWith("lock " + lockId + " "))
                .map(AuditLog.Entry::action).toList();
        assertThat(actions).containsExactly("lock.release", "lock.edit", "lock.take");
    }

    @Test
    void racing_requests_for_one_host_have_exactly_one_winner() throws Exception {
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                go.await();
                return lock("racer " + n, 2, "perf-04").status();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : results) {
            statuses.add(r.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    }

    @Test
    void with_expiry_on_a_lock_ends_at_its_planned_end() {
        RunningServer.Answer first = lock("Short", 1, "perf-05");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long lockId = first.json().get("id").asLong();
        assertThat(lock("Other", 1, "perf-05").status()).isEqualTo(409);
        CLOCK.advance(Duration.ofMinutes(61));
        assertThat(server.getJson("/api/v1.0/1/hw_lock/" + lockId).get("active").asBoolean()).isFalse();
        assertThat(server.getJson("/api/v1.0/0/hw_farm/" + hostId("perf-05")).get("locked_by").isNull()).isTrue();
        assertThat(lock("Other", 1, "perf-05").status()).isEqualTo(200);
    }

    @Test
    void unknown_hosts_bad_filters_and_missing_fields_are_refused_naming_the_field() {
        assertThat(lock("x", 1, "nope").json().get("errors").has("hw_nodes")).isTrue();
        assertThat(server.get("/api/v1.0/0/hw_farm/?filter%5B0%5D%5Bcolumn%5D=ssh_passwd"
                + "&filter%5B0%5D%5Bvalue%5D=x").status()).isEqualTo(400);
        RunningServer.Answer noHours = server.postJson("/api/v1.0/1/hw_lock/", "{\"title\": \"t\", \"hw_nodes\": [1]}");
        assertThat(noHours.json().get("errors").has("planned_dur_hrs")).isTrue();
        assertThat(server.postJson("/api/v1.0/0/hw_farm/", "{\"name\": \"perf-01\"}").status()).isEqualTo(409);
        assertThat(server.get("/api/v1.0/0/hw_lock/99999").status()).isEqualTo(404);
    }
}
