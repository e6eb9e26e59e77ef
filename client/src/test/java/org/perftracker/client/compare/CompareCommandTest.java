package org.perftracker.client.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.testing.LoopbackServer;
import org.perftracker.client.testing.LoopbackServer.Answer;
import org.perftracker.client.testing.Pt;

class CompareCommandTest {
    private static final String TABLE = "Nightly perf: 1.0 vs 1.1\n\n…\n2 tests: 1 regression.\n";

    @TempDir
    Path dir;

    private final LoopbackServer server = LoopbackServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private Pt.Result pt(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--url";
        all[args.length + 1] = server.url();
        return new Pt(dir).run(all);
    }

    private static Answer table(int regressions) {
        return new Answer(200, TABLE, Map.of("Content-Type", "text/plain; charset=utf-8",
                "X-Comparison-Regressions", String.valueOf(regressions), "X-Comparison-Failed", "0"));
    }

    @Test
    void jobs_are_compared_by_the_server_and_its_table_printed() {
        server.on("/api/v1.0/0/comparison/result", table(1));

        Pt.Result r = pt("compare", "17", "18", "19");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(TABLE);
        assertThat(server.requests("GET", "/api/v1.0/0/comparison/").get(0).path())
                .isEqualTo("/api/v1.0/0/comparison/result?jobs=17,18,19&format=text");
    }

    @Test
    void the_options_become_the_query_of_the_result() {
        server.on("/api/v1.0/0/comparison/", table(0));

        assertThat(pt("compare", "17", "18", "--markdown", "--only", "regressions", "--alpha", "0.1", "--values",
                "min").exitCode()).isZero();
        assertThat(pt("compare", "--saved", "5", "--json").exitCode()).isZero();
        assertThat(pt("compare", "--saved", "5", "--csv", "--only", "failed").exitCode()).isZero();

        assertThat(server.requests("GET", "/api/v1.0/0/comparison/")).extracting(LoopbackServer.Request::path)
                .containsExactly(
                        "/api/v1.0/0/comparison/result?jobs=17,18&format=markdown&only=regressions&alpha=0.1"
                                + "&values_type=min",
                        "/api/v1.0/0/comparison/5/result?format=json",
                        "/api/v1.0/0/comparison/5/result?format=csv&only=failed");
    }

    @Test
    void a_significant_regression_fails_the_step_only_when_asked() {
        server.on("/api/v1.0/0/comparison/", table(2));

        assertThat(pt("compare", "--saved", "5").exitCode()).isZero();
        Pt.Result r = pt("compare", "--saved", "5", "--fail-on-regression", "--quiet");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("pt: 2 significant regressions against the baseline\n");
    }

    @Test
    void a_server_that_does_not_count_regressions_cannot_pass_a_failing_check() {
        server.on("/api/v1.0/0/comparison/", new Answer(200, "table", Map.of()));

        Pt.Result r = pt("compare", "17", "18", "--fail-on-regression");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("does not say how many regressions");
    }

    @Test
    void a_wrong_command_line_is_a_usage_error_that_says_what_is_wrong() {
        assertThat(pt("compare").err()).startsWith("pt: name the jobs to compare");
        assertThat(pt("compare", "17", "--saved", "5").err()).startsWith("pt: name either jobs or --saved");
        assertThat(pt("compare", "--saved", "5", "--alpha", "0.1").err()).startsWith("pt: --alpha and --values");
        assertThat(pt("compare", "17", "--only", "worse").err()).startsWith("pt: --only must be one of");
        assertThat(pt("compare", "17", "--values", "median").err()).startsWith("pt: --values must be one of");
        assertThat(pt("compare", "17", "--alpha", "2").err()).startsWith("pt: --alpha must be between 0 and 1");
        assertThat(pt("compare", "17", "--markdown", "--json").err()).startsWith("pt: choose one of");
        assertThat(pt("compare", "x").exitCode()).isEqualTo(2);
        assertThat(pt("compare", "17", "--only", "worse").exitCode()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void a_refusal_of_the_server_is_one_line_and_exit_code_3() {
        server.on("/api/v1.0/0/comparison/", Answer.json(400, "{\"message\": \"jobs: Job with id = '99' doesn't"
                + " exist\", \"errors\": {\"jobs\": [\"Job with id = '99' doesn't exist\"]}}"));

        Pt.Result r = pt("compare", "17", "99");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("pt: HTTP 400: jobs: Job with id = '99' doesn't exist\n");
    }
}
