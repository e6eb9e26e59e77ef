package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** Parallel uploads lose nothing and never deadlock, on either database. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ConcurrentUploadTest {
    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 25;

    @Parameter
    TestDatabase database;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void parallel_appends_into_one_job_and_parallel_new_jobs_keep_every_test_exactly_once() throws Exception {
        try (RunningServer server = RunningServer.start(database)) {
            UUID shared = UUID.randomUUID();
            ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS);
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int t = thread;
                results.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        JobUpload append = Fixtures.job().uuid(shared).title("Shared").append()
                                .test(TestResult.builder("t" + t + "-" + i).group("g" + t).scores(i).build()).build();
                        statuses.add(server.upload(append).status());
                    }
                    return statuses;
                }));
                results.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        statuses.add(server.upload(Fixtures.job().title("Own " + t + "/" + i).manyTests(20, 3).build())
                                .status());
                    }
                    return statuses;
                }));
            }
            pool.shutdown();
            for (Future<List<Integer>> result : results) {
                assertThat(result.get(100, TimeUnit.SECONDS)).containsOnly(200);
            }
            JsonNode list = server.getJson("/api/v1.0/1/job/?length=100");
            assertThat(list.get("recordsTotal").asInt()).isEqualTo(1 + THREADS * 5);
            long sharedId = -1;
            for (JsonNode row : list.get("data")) {
                if (row.get("uuid").asText().equals(shared.toString())) {
                    sharedId = row.get("id").asLong();
                } else {
                    assertThat(row.get("tests_total").asInt()).isEqualTo(20);
                }
            }
            JsonNode tests = server.getJson("/1/job/" + sharedId + "?as_json=1").get("tests");
            Set<String> tags = new HashSet<>();
            Set<Integer> seqNums = new HashSet<>();
            tests.forEach(t -> {
                tags.add(t.get("tag").asText());
                seqNums.add(t.get("seq_num").asInt());
            });
            assertThat(tests).hasSize(THREADS * APPENDS_PER_THREAD);
            assertThat(tags).hasSize(THREADS * APPENDS_PER_THREAD);
            assertThat(seqNums).hasSize(THREADS * APPENDS_PER_THREAD);
            assertThat(server.getJson("/api/v1.0/1/job/" + sharedId).get("tests_total").asInt())
                    .isEqualTo(THREADS * APPENDS_PER_THREAD);
        }
    }
}
