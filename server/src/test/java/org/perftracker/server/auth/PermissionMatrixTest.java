package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.MutableClock;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Every write route of the API ({@link ApiWrites}) and every form ({@link FormWrites}), sent by each kind of caller:
 * allowed or refused as the route table and the roles say, and a refused request changes nothing that is stored
 * (every row of every table, every stored file). What the writes act on is made by {@link WriteTargets}.
 *
 * <p>The full matrix runs with anonymous writes refused everywhere, which is what a client on another machine
 * meets under the default policy (the tests cannot send from a remote address: AccessPolicyTest covers the
 * address itself). A second run shows anonymous writes from loopback under the default policy.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PermissionMatrixTest {
    @Parameter
    TestDatabase database;

    /** Who sends: nobody, a token of each role, a revoked and an expired token. */
    enum Caller { ANONYMOUS, VIEWER, UPLOADER, EDITOR, ADMIN, REVOKED, EXPIRED }

    /** One write: what it needs, and how to make the request (which may first set up what it acts on). */
    record Case(String name, Access needs, Supplier<HttpRequest.Builder> request) {
    }

    private RunningServer server;
    private WriteTargets targets;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final Map<Caller, String> tokens = new LinkedHashMap<>();

    @Test
    void with_writes_needing_a_token_everywhere_each_caller_gets_what_its_role_allows_and_refusals_change_nothing() {
        start(AuthSettings.AnonymousWrites.NEVER);
        try {
            List<String> problems = new ArrayList<>();
            for (Case c : cases()) {
                for (Caller caller : Caller.values()) {
                    check(c, caller, allowedWithoutAnonymousWrites(caller, c.needs()), problems);
                }
            }
            assertThat(problems).isEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void by_default_anonymous_writes_from_loopback_are_allowed_but_accounts_are_not() {
        start(AuthSettings.AnonymousWrites.LOOPBACK);
        try {
            List<String> problems = new ArrayList<>();
            for (Case c : cases()) {
                check(c, Caller.ANONYMOUS, c.needs() != Access.ACCOUNTS, problems);
                check(c, Caller.REVOKED, false, problems);
            }
            assertThat(problems).isEmpty();
        } finally {
            server.close();
        }
    }

    private static boolean allowedWithoutAnonymousWrites(Caller caller, Access needs) {
        return switch (caller) {
            case ANONYMOUS, REVOKED, EXPIRED -> false;
            case VIEWER -> Role.VIEWER.includes(needs.role());
            case UPLOADER -> Role.UPLOADER.includes(needs.role());
            case EDITOR -> Role.EDITOR.includes(needs.role());
            case ADMIN -> true;
        };
    }

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>(ApiWrites.all(targets));
        cases.addAll(FormWrites.all(targets));
        return cases;
    }

    private void start(AuthSettings.AnonymousWrites writes) {
        server = RunningServer.start(database.create(), c -> c.withAuth(c.auth().withAnonymousWrites(writes)), clock);
        var admin = server.server().users().byName("admin").orElseThrow();
        String adminToken = Accounts.token(server, admin, Role.ADMIN);
        tokens.put(Caller.ADMIN, adminToken);
        for (Role role : List.of(Role.VIEWER, Role.UPLOADER, Role.EDITOR)) {
            tokens.put(Caller.valueOf(role.name()), Accounts.token(server, Accounts.user(server, role.word(), role),
                    role));
        }
        String revoked = Accounts.token(server, admin, Role.ADMIN);
        long revokedId = server.server().tokens().all().get(0).id();
        server.server().tokens().revoke(Actor.SYSTEM, revokedId);
        tokens.put(Caller.REVOKED, revoked);
        tokens.put(Caller.EXPIRED, Accounts.token(server, admin, Role.ADMIN, Optional.empty(), Optional.of(1)));
        clock.advance(Duration.ofDays(2));
        targets = new WriteTargets(server, adminToken);
    }

    private void check(Case c, Caller caller, boolean allowed, List<String> problems) {
        HttpRequest.Builder request = c.request().get();
        if (caller != Caller.ANONYMOUS) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        Map<String, List<String>> before = server.snapshot();
        RunningServer.Answer answer = server.send(request);
        String where = c.name() + " by " + caller + " answered " + answer.status();
        if (allowed) {
            if (answer.status() >= 400) {
                problems.add(where + ", expected it to be allowed: " + answer.body());
            }
            return;
        }
        boolean toSignIn = answer.status() == 303 && answer.headers().firstValue("Location").orElse("")
                .startsWith("/signin");
        int expected = caller == Caller.ANONYMOUS || caller == Caller.REVOKED || caller == Caller.EXPIRED ? 401
                : 403;
        if (!(answer.status() == expected || expected == 401 && toSignIn && !c.name().contains("/api/"))) {
            problems.add(where + ", expected " + expected + (expected == 401 ? " (or, for a page, the sign-in page)"
                    : ""));
        }
        if (expected == 401 && c.name().contains("/api/")
                && answer.headers().firstValue("WWW-Authenticate").isEmpty()) {
            problems.add(where + " without WWW-Authenticate");
        }
        if (!server.snapshot().equals(before)) {
            problems.add(where + " and changed what is stored");
        }
    }
}
