package org.perftracker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientSettingsTest {

    @Test
    void a_url_without_scheme_is_http_and_loses_its_trailing_slashes() {
        assertThat(ClientSettings.of("perf.example.com:9000/").baseUrl()).isEqualTo("http://perf.example.com:9000");
        assertThat(ClientSettings.of("https://perf.example.com//").baseUrl()).isEqualTo("https://perf.example.com");
    }

    @Test
    void a_blank_token_is_no_token() {
        assertThat(ClientSettings.of("http://h").withToken(" ").token()).isEmpty();
        assertThat(ClientSettings.of("http://h").withToken("pt_1").token()).contains("pt_1");
    }

    @Test
    void credentials_in_the_url_become_basic_and_leave_the_url() {
        ClientSettings s = ClientSettings.of("http://ci:pt_abc-123@perf.example.com:9000/");
        assertThat(s.baseUrl()).isEqualTo("http://perf.example.com:9000");
        assertThat(s.authorization()).contains("Basic " + java.util.Base64.getEncoder()
                .encodeToString("ci:pt_abc-123".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void a_token_wins_over_credentials_in_the_url() {
        assertThat(ClientSettings.of("ci:secret@h:9000").withToken("pt_1").authorization()).contains("Bearer pt_1");
        assertThat(ClientSettings.of("http://h").authorization()).isEmpty();
    }

    @Test
    void only_http_and_https_urls_are_accepted() {
        assertThatThrownBy(() -> ClientSettings.of("ftp://h/")).hasMessageContaining("not an http or https URL");
        assertThatThrownBy(() -> ClientSettings.of("http://")).isInstanceOf(IllegalArgumentException.class);
    }
}
