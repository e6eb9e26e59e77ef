package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in the browser goes back to a page of this server, never to another site. */
class SafeNextTest {
    @Test
    void a_path_of_this_server_is_kept_with_its_query() {
        assertThat(SignInPage.safeNext("/1/job/?q=1.0%2042&sort=title")).isEqualTo("/1/job/?q=1.0%2042&sort=title");
    }

    @Test
    void anything_that_could_leave_the_server_sends_the_browser_home() {
        for (String next : new String[] {null, "", "https://evil.example/", "//evil.example", "/\\evil.example",
            "/\t/evil.example", "/\n/evil.example", "javascript:alert(1)", "/signin?next=/signin"}) {
            assertThat(SignInPage.safeNext(next)).as(String.valueOf(next)).isEqualTo("/");
        }
    }
}
