package org.perftracker.client.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.testing.LoopbackServer;
import org.perftracker.client.testing.LoopbackServer.Answer;
import org.perftracker.client.testing.Pt;

class JobCommandTest {
    private static final String JOB = "{\"id\": 9, \"uuid\": \"u9\", \"title\": \"Nightly\", \"project\": {\"id\": 2,"
            + " \"name\": \"Web app\"}, \"product_name\": \"Web app\", \"product_ver\": \"1.4.0-512\", "
            + "\"begin\": \"2026-05-01T02:00:00Z\", \"end\": \"2026-05-01T02:10:00Z\", \"duration\": 600, "
            + "\"tests_total\": 14, \"tests_failed\": 1, \"tests_errors\": 2, \"cmdline\": \"pt suite run n.yaml\","
            + " \"links\": {\"Grafana\": \"https://g/\"}, \"env_node\": [{\"name\": \"app-1\", \"node_type\": "
            + "{\"name\": \"Host\"}, \"version\": \"Debian 12\", \"children\": []}]}";

    @TempDir
    Path dir;

    private final LoopbackServer server = LoopbackServer.start().likePerfTracker();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void jobs_are_listed_as_a_table_newest_first() {
        server.on("/api/v1.0/2/job/", Answer.json(200, "{\"recordsTotal\": 3, \"recordsFiltered\": 3, \"data\": ["
                + JOB + "]}"));

        Pt.Result r = new Pt(dir).run("job", "list", "--url", server.url(), "--project", "Web app", "--limit", "1");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("""
                ID  END (UTC)         PROJECT  BUILD      TITLE    TESTS  FAILED  ERRORS
                 9  2026-05-01 02:10  Web app  1.4.0-512  Nightly     14       1       2
                1 of 3 jobs
                """);
        assertThat(server.requests("GET", "/api/v1.0/2/job/").get(0).path()).endsWith("?start=0&length=1");
    }

    @Test
    void the_list_as_json_is_the_servers_rows() {
        server.on("/api/v1.0/0/job/", Answer.json(200, "{\"recordsTotal\": 1, \"recordsFiltered\": 1, \"data\": ["
                + JOB + "]}"));

        Pt.Result r = new Pt(dir).run("job", "list", "--url", server.url(), "--json");

        assertThat(r.out()).startsWith("[ {").contains("\"product_ver\" : \"1.4.0-512\"");
    }

    @Test
    void an_unknown_project_fails_with_its_name() {
        Pt.Result r = new Pt(dir).run("job", "list", "--url", server.url(), "--project", "Nope");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("pt: no project 'Nope' on " + server.url() + "\n");
    }

    @Test
    void one_job_is_shown_with_its_environment_and_tests() {
        server.on("/api/v1.0/0/job/9/group/0/test/", Answer.json(200, "{\"data\": [{\"group\": \"http://app/\", "
                + "\"tag\": \"Requests per second\", \"category\": \"4 clients\", \"metrics\": \"requests/s\", "
                + "\"avg_score\": 1234.5, \"errors\": 0}]}"));
        server.on("/api/v1.0/0/job/9", Answer.json(200, JOB));

        Pt.Result r = new Pt(dir).run("job", "show", "9", "--url", server.url());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Job 9: Nightly", "page:       " + server.url() + "/2/job/9",
                "product:    Web app 1.4.0-512", "tests:      14 (1 failed, 2 with errors, 0 with warnings)",
                "link:       Grafana: https://g/", "env: app-1 (Host) Debian 12", "http://app/ · 4 clients",
                "Requests per second", "1,230 requests/s");
    }
}
