package org.perftracker.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HrefsTest {
    @Test
    void web_and_mail_addresses_and_local_paths_become_links() {
        assertThat(Hrefs.safe("https://ci.example.com/job/1")).hasValue("https://ci.example.com/job/1");
        assertThat(Hrefs.safe(" HTTP://example.com ")).hasValue("HTTP://example.com");
        assertThat(Hrefs.safe("mailto:perf@example.com")).isPresent();
        assertThat(Hrefs.safe("/0/artifact_content/abc")).isPresent();
    }

    @Test
    void scripts_other_schemes_and_other_hosts_by_double_slash_stay_text() {
        assertThat(Hrefs.safe("javascript:alert(1)")).isEmpty();
        assertThat(Hrefs.safe("JaVaScRiPt:alert(1)")).isEmpty();
        assertThat(Hrefs.safe("java\tscript:alert(1)")).isEmpty();
        assertThat(Hrefs.safe("data:text/html,<script>")).isEmpty();
        assertThat(Hrefs.safe("//evil.example.com/")).isEmpty();
        assertThat(Hrefs.safe("/\\evil.example.com/")).isEmpty();
        assertThat(Hrefs.safe("relative/path")).isEmpty();
        assertThat(Hrefs.safe("")).isEmpty();
        assertThat(Hrefs.orNull(null)).isNull();
    }

    @Test
    void only_paths_of_this_server_are_places_to_go_back_to() {
        assertThat(Hrefs.localPath("/1/alert/?state=open&direction=regression")).isPresent();
        assertThat(Hrefs.localPath("https://evil.example/")).isEmpty();
        assertThat(Hrefs.localPath("//evil.example/")).isEmpty();
        assertThat(Hrefs.localPath("/\\evil.example/")).isEmpty();
        assertThat(Hrefs.localPath("/\t/evil.example/")).isEmpty();
        assertThat(Hrefs.localPath("/a b")).isEmpty();
        assertThat(Hrefs.localPath("")).isEmpty();
        assertThat(Hrefs.localPath(null)).isEmpty();
    }
}
