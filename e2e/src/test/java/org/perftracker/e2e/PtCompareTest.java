package org.perftracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.TestResult;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * {@code pt compare} against a real server on loopback: two builds where the login latency at 4 clients got
 * significantly worse, compared by job ids and as a saved comparison, as a text table, Markdown and JSON, filtered
 * and failing a CI step on the regression.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PtCompareTest {
    @TempDir
    Path dir;

    private RunningServer server;
    private long base;
    private long next;

    @BeforeAll
    void start() {
        server = RunningServer.start(TestDatabase.SQLITE);
        base = upload("Nightly perf 1.0", new double[] {10, 10.1, 9.9});
        next = upload("Nightly perf 1.1", new double[] {12, 12.1, 11.9});
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private long upload(String title, double[] login) {
        return server.upload(Fixtures.job().title(title)
                .test(TestResult.builder("Login").group("Latency").category("4 clients").metrics("ms")
                        .lessBetter(true).scores(login).build())
                .test(TestResult.builder("Home").group("Throughput").metrics("pages/s").scores(100, 101, 99).build())
                .build()).json().get("id").asLong();
    }

    private Pt.Result pt(String... args) throws IOException {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--url";
        all[args.length + 1] = server.baseUrl();
        return new Pt(dir.resolve("home"), Files.createDirectories(dir.resolve("work"))).run(all);
    }

    @Test
    void two_builds_compare_as_an_aligned_table_that_marks_the_regression_in_words() throws IOException {
        Pt.Result r = pt("compare", String.valueOf(base), String.valueOf(next));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Nightly perf: 1.0 vs 1.1\n").contains("job " + base, "job " + next,
                "#2 vs #1", "Latency", "Login [4 clients]", "+20.0% worse", "Home", "n.s.",
                "2 tests: 1 regression, 1 without significant change.", "Welch's t-test");
        String login = r.out().lines().filter(l -> l.contains("Login")).findFirst().orElseThrow();
        String header = r.out().lines().filter(l -> l.startsWith("Test ")).findFirst().orElseThrow();
        assertThat(login.length()).as("aligned columns").isEqualTo(header.length());
    }

    @Test
    void markdown_json_and_a_filter_come_from_the_same_comparison() throws IOException {
        Pt.Result markdown = pt("compare", String.valueOf(base), String.valueOf(next), "--markdown", "--only",
                "regressions");
        assertThat(markdown.exitCode()).as(markdown.toString()).isZero();
        assertThat(markdown.out()).startsWith("### Nightly perf: 1.0 vs 1.1").contains("| Login \\[4 clients\\] |",
                "**+20.0% worse**").doesNotContain("Home");

        Pt.Result json = pt("compare", String.valueOf(base), String.valueOf(next), "--json", "--alpha", "0.01",
                "--values", "max");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertThat(result.get("options").get("alpha").asDouble()).isEqualTo(0.01);
        assertThat(result.get("options").get("values").asText()).isEqualTo("MAX");
        assertThat(result.get("counts").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void a_saved_comparison_fails_a_ci_step_on_its_regression_and_mistakes_have_their_exit_codes()
            throws IOException {
        long saved = server.postJson("/api/v1.0/1/comparison/", "{\"title\": \"Release check\", \"jobs\": [" + base
                + ", " + next + "]}").json().get("id").asLong();

        Pt.Result check = pt("compare", "--saved", String.valueOf(saved), "--fail-on-regression");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).startsWith("Release check\n");
        assertThat(check.err()).isEqualTo("pt: 1 significant regression against the baseline\n");
        Pt.Result improvementsOnly = pt("compare", String.valueOf(next), String.valueOf(base), "--fail-on-regression");
        assertThat(improvementsOnly.exitCode()).as("the other way round it is an improvement").isZero();

        Pt.Result unknown = pt("compare", String.valueOf(base), "999999");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).isEqualTo("pt: HTTP 400: jobs: Job with id = '999999' doesn't exist\n");
        assertThat(pt("compare", "--saved", "999999").err()).isEqualTo("pt: HTTP 404: Comparison 999999 is not found\n");
        assertThat(pt("compare", "--only", "everything", String.valueOf(base)).exitCode()).isEqualTo(2);
    }
}
