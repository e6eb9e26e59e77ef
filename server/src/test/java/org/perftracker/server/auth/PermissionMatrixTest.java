package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * address itself). A second run shows anonymous writes from loopback under the default policy. A third test holds
 * the rows to the routes the server registers, so that a write route added without a row fails it.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PermissionMatrixTest {
    @Parameter
    TestDatabase database;

    /** Who sends: nobody, a token of each role, a revoked and an expired token. */
    enum Caller { ANONYMOUS, VIEWER, UPLOADER, EDITOR, ADMIN, REVOKED, EXPIRED }

    /**
     * One write: what it needs, and how to make the request (which may first set up what it acts on). A caller
     * the route table lets in succeeds, unless the route itself answers every such caller {@code routeAnswer}.
     */
    record Case(String name, Access needs, OptionalInt routeAnswer, Supplier<HttpRequest.Builder> request) {
        Case(String name, Access needs, Supplier<HttpRequest.Builder> request) {
            this(name, needs, OptionalInt.empty(), request);
        }

        /** A write whose route refuses, with {@code status}, every caller the route table lets in. */
        static Case refusedByItsRoute(String name, Access needs, int status, Supplier<HttpRequest.Builder> request) {
            return new Case(name, needs, OptionalInt.of(status), request);
        }
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
                    check(c, caller, letInWithoutAnonymousWrites(caller, c.needs()), problems);
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
                check(c, Caller.ANONYMOUS, letInAnonymouslyFromLoopback(c.needs()), problems);
                check(c, Caller.REVOKED, false, problems);
            }
            assertThat(problems).isEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void the_matrix_has_a_row_for_every_write_route_and_form_the_server_registers_and_no_other() {
        server = RunningServer.start(database.create(), c -> c);
        try {
            Set<String> registered = server.routes().stream()
                    .filter(r -> !RouteTable.isRead(r.substring(0, r.indexOf(' '))))
                    .map(PermissionMatrixTest::route).collect(Collectors.toCollection(TreeSet::new));
            Set<String> rows = new TreeSet<>();
            ApiWrites.all(null).forEach(c -> rows.add(route(c.name())));
            FormWrites.all(null).forEach(c -> rows.add(route(c.name())));
            assertThat(registered).as("write routes without a row").isSubsetOf(rows);
            assertThat(rows).as("rows that name no write route of the server").isSubsetOf(registered);
        } finally {
            server.close();
        }
    }

    /** A revoked or expired token is refused even where no token is needed: a broken CI job fails loudly. */
    private static boolean letInWithoutAnonymousWrites(Caller caller, Access needs) {
        return switch (caller) {
            case ANONYMOUS -> needs == Access.PUBLIC;
            case REVOKED, EXPIRED -> false;
            case VIEWER -> Role.VIEWER.includes(needs.role());
            case UPLOADER -> Role.UPLOADER.includes(needs.role());
            case EDITOR -> Role.EDITOR.includes(needs.role());
            case ADMIN -> true;
        };
    }

    private static boolean letInAnonymouslyFromLoopback(Access needs) {
        return switch (needs) {
            case PUBLIC, READ, UPLOAD, EDIT, ADMIN -> true;
            case SIGNED_IN, ACCOUNTS -> false;
        };
    }

    /**
     * @return a row's name or a registered route with each parameter (a number, {@code <id>}, {@code {id}}) as
     *     {@code {}}: {@code PATCH /api/v1.0/1/alert/<id> (triage)} and {@code PATCH
     *     /api/v{version}/{project}/alert/{id}} are both {@code PATCH /api/v1.0/{}/alert/{}}
     */
    private static String route(String name) {
        String[] methodAndPath = name.split(" ");
        return methodAndPath[0] + " " + Arrays.stream(methodAndPath[1].split("/", -1))
                .map(s -> s.matches("\\d+|<.+>|\\{.+}") ? "{}" : s.replace("v{version}", "v1.0"))
                .collect(Collectors.joining("/"));
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
        targets = WriteTargets.make(server, adminToken);
    }

    private void check(Case c, Caller caller, boolean letIn, List<String> problems) {
        HttpRequest.Builder request = c.request().get();
        if (caller != Caller.ANONYMOUS) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        targets.awaitAnalysis();
        Map<String, List<String>> before = server.snapshot();
        RunningServer.Answer answer = server.send(request);
        String where = c.name() + " by " + caller + " answered " + answer.status();
        boolean api = c.name().contains("/api/");
        if (letIn && c.routeAnswer().isEmpty()) {
            if (answer.status() >= 400) {
                problems.add(where + ", expected it to be allowed: " + answer.body());
            }
            // a form that could not do its write still answers 303, with the reason in an error flash
            answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("pt_flash=error"))
                    .forEach(flash -> problems.add(where + ", expected it to be done: " + flash));
            return;
        }
        boolean unauthenticated = !letIn && (caller == Caller.ANONYMOUS || caller == Caller.REVOKED
                || caller == Caller.EXPIRED);
        int expected = letIn ? c.routeAnswer().getAsInt() : unauthenticated ? 401 : 403;
        boolean toSignIn = answer.status() == 303 && answer.headers().firstValue("Location").orElse("")
                .startsWith("/signin");
        if (!(answer.status() == expected || unauthenticated && toSignIn && !api)) {
            problems.add(where + ", expected " + expected + (unauthenticated ? " (or, for a page, the sign-in page)"
                    : letIn ? " from the route itself" : ""));
        }
        if (unauthenticated && api && answer.headers().firstValue("WWW-Authenticate").isEmpty()) {
            problems.add(where + " without WWW-Authenticate");
        }
        if (!server.snapshot().equals(before)) {
            problems.add(where + " and changed what is stored");
        }
    }
}
