package org.perftracker.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

class ServerErrorPageTest {
    @Test
    void a_failing_page_shows_its_request_id_and_no_stack_trace_and_the_api_still_answers_json() {
        try (RunningServer server = RunningServer.start(TestDatabase.SQLITE)) {
            server.server().database().close();
            RunningServer.Answer page = server.get("/1/job/");
            assertThat(page.status()).isEqualTo(500);
            String requestId = page.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(page.body()).contains("<h1>Server error", requestId).doesNotContain("Exception", "at org.");
            RunningServer.Answer api = server.get("/api/v1.0/1/job/");
            assertThat(api.status()).isEqualTo(500);
            assertThat(api.json().get("message").asText()).contains("request id");
        }
    }
}
