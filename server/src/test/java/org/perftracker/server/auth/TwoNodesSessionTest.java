package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Two server nodes on one PostgreSQL database, as behind a load balancer: a session opened on one is known to
 * the other, ends on both when closed on either, and failed sign-ins count on both.
 */
class TwoNodesSessionTest {
    @Test
    void a_session_and_the_sign_in_limit_hold_across_two_nodes() {
        try (RunningServer first = RunningServer.start(TestDatabase.POSTGRESQL.create(), c -> c);
                RunningServer second = RunningServer.startSharing(first.database(), c -> c)) {
            Accounts.user(first, "nina", Role.EDITOR);
            Accounts.Session session = Accounts.signIn(first, "nina", Accounts.PASSWORD);

            RunningServer.Answer account = second.send(HttpRequest.newBuilder(second.uri("/account/"))
                    .header("Cookie", session.cookie()));
            assertThat(account.status()).isEqualTo(200);
            assertThat(account.body()).contains("<h1>nina</h1>");
            assertThat(Accounts.csrf(account)).as("the same CSRF token on every node").isEqualTo(session.csrf());

            RunningServer.Answer out = second.send(session.form(second, "/signout", Map.of()));
            assertThat(out.status()).isEqualTo(303);
            assertThat(first.send(HttpRequest.newBuilder(first.uri("/account/")).header("Cookie", session.cookie()))
                    .status()).as("signed out on the other node").isEqualTo(302);

            for (int i = 0; i < SigninThrottle.PER_USER; i++) {
                RunningServer node = i % 2 == 0 ? first : second;
                assertThat(node.send(Forms.urlEncoded(node, "/signin", Map.of("username", "nina", "password",
                        "guess " + i))).status()).isEqualTo(401);
            }
            assertThat(first.send(Forms.urlEncoded(first, "/signin", Map.of("username", "nina", "password",
                    Accounts.PASSWORD))).status()).isEqualTo(429);
            assertThat(second.send(Forms.urlEncoded(second, "/signin", Map.of("username", "nina", "password",
                    Accounts.PASSWORD))).status()).isEqualTo(429);
        }
    }
}
