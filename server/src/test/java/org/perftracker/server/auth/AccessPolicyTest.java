package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perftracker.server.auth.AccessPolicy.Decision;
import org.perftracker.server.auth.AuthSettings.AnonymousWrites;
import org.perftracker.server.auth.AuthSettings.Reads;

/** The policy unit, with requests from a fake remote address (the HTTP tests all come from loopback). */
class AccessPolicyTest {
    private static final ClientAddress LOOPBACK = new ClientAddress("127.0.0.1", true, false);
    private static final ClientAddress REMOTE = new ClientAddress("192.0.2.7", false, false);

    private static AccessPolicy policy(Reads reads, AnonymousWrites writes) {
        return new AccessPolicy(AuthSettings.defaults().withReads(reads).withAnonymousWrites(writes));
    }

    @Test
    void by_default_anonymous_writes_come_from_loopback_only_and_reads_are_public() {
        AccessPolicy p = policy(Reads.PUBLIC, AnonymousWrites.LOOPBACK);
        for (Access write : List.of(Access.UPLOAD, Access.EDIT, Access.ADMIN)) {
            assertThat(p.decide(Principal.anonymous(LOOPBACK), write)).isEqualTo(Decision.ALLOW);
            assertThat(p.decide(Principal.anonymous(REMOTE), write)).isEqualTo(Decision.UNAUTHENTICATED);
        }
        assertThat(p.decide(Principal.anonymous(REMOTE), Access.READ)).isEqualTo(Decision.ALLOW);
        assertThat(p.decide(Principal.anonymous(LOOPBACK), Access.ACCOUNTS)).isEqualTo(Decision.UNAUTHENTICATED);
        assertThat(p.decide(Principal.anonymous(LOOPBACK), Access.SIGNED_IN)).isEqualTo(Decision.UNAUTHENTICATED);
    }

    @Test
    void anywhere_lets_remote_anonymous_writes_in_and_never_keeps_loopback_out() {
        assertThat(policy(Reads.PUBLIC, AnonymousWrites.ANYWHERE).decide(Principal.anonymous(REMOTE), Access.UPLOAD))
                .isEqualTo(Decision.ALLOW);
        assertThat(policy(Reads.PUBLIC, AnonymousWrites.NEVER).decide(Principal.anonymous(LOOPBACK), Access.UPLOAD))
                .isEqualTo(Decision.UNAUTHENTICATED);
    }

    @Test
    void private_reads_need_a_user_or_token_from_anywhere() {
        AccessPolicy p = policy(Reads.SIGNED_IN, AnonymousWrites.LOOPBACK);
        assertThat(p.decide(Principal.anonymous(LOOPBACK), Access.READ)).isEqualTo(Decision.UNAUTHENTICATED);
        assertThat(p.decide(user(Role.VIEWER, REMOTE), Access.READ)).isEqualTo(Decision.ALLOW);
        assertThat(p.decide(Principal.anonymous(REMOTE), Access.PUBLIC)).isEqualTo(Decision.ALLOW);
    }

    @Test
    void each_role_has_what_it_includes_and_no_more() {
        AccessPolicy p = policy(Reads.PUBLIC, AnonymousWrites.NEVER);
        Map<Role, List<Access>> allowed = Map.of(
                Role.VIEWER, List.of(Access.READ, Access.SIGNED_IN),
                Role.UPLOADER, List.of(Access.READ, Access.SIGNED_IN, Access.UPLOAD),
                Role.EDITOR, List.of(Access.READ, Access.SIGNED_IN, Access.UPLOAD, Access.EDIT),
                Role.ADMIN, List.of(Access.values()));
        for (Role role : Role.values()) {
            for (Access access : Access.values()) {
                Decision expected = access == Access.PUBLIC || allowed.get(role).contains(access) ? Decision.ALLOW
                        : Decision.FORBIDDEN;
                assertThat(p.decide(user(role, REMOTE), access)).as(role + " " + access).isEqualTo(expected);
            }
        }
    }

    @Test
    void signing_in_never_takes_away_what_anonymous_requests_from_loopback_may_do() {
        AccessPolicy p = policy(Reads.PUBLIC, AnonymousWrites.LOOPBACK);
        assertThat(p.decide(user(Role.VIEWER, LOOPBACK), Access.EDIT)).isEqualTo(Decision.ALLOW);
        assertThat(p.decide(user(Role.VIEWER, REMOTE), Access.EDIT)).isEqualTo(Decision.FORBIDDEN);
        assertThat(p.decide(user(Role.EDITOR, LOOPBACK), Access.ACCOUNTS)).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void loopback_is_the_socket_address_and_forwarding_headers_count_only_from_a_trusted_proxy() {
        Map<String, String> forged = Map.of("X-Forwarded-For", "127.0.0.1");
        assertThat(ClientAddress.of("192.0.2.7", false, forged::get, List.of()).loopback()).isFalse();
        assertThat(ClientAddress.of("127.0.0.1", false, Map.<String, String>of()::get, List.of()).loopback()).isTrue();
        assertThat(ClientAddress.of("0:0:0:0:0:0:0:1", false, Map.<String, String>of()::get, List.of()).loopback())
                .isTrue();
        assertThat(ClientAddress.of("127.0.0.2", false, Map.<String, String>of()::get, List.of()).loopback()).isTrue();

        Map<String, String> proxied = Map.of("X-Forwarded-For", "198.51.100.9", "X-Forwarded-Proto", "https");
        ClientAddress untrusted = ClientAddress.of("127.0.0.1", false, proxied::get, List.of());
        assertThat(untrusted.loopback()).as("a local proxy not trusted makes the network look remote").isFalse();
        assertThat(untrusted.https()).isFalse();

        ClientAddress trusted = ClientAddress.of("127.0.0.1", false, proxied::get, List.of("127.0.0.1"));
        assertThat(trusted).isEqualTo(new ClientAddress("198.51.100.9", false, true));

        Map<String, String> spoofed = Map.of("X-Forwarded-For", "127.0.0.1, 198.51.100.9");
        assertThat(ClientAddress.of("10.0.0.2", false, spoofed::get, List.of("10.0.0.2")).address())
                .as("the right-most address the trusted proxy saw, not what the client wrote").isEqualTo(
                        "198.51.100.9");
    }

    private static Principal user(Role role, ClientAddress from) {
        return new Principal(Principal.Kind.SESSION, 1, "u", Optional.of(role), Optional.empty(), Optional.of("x"),
                false, from);
    }
}
