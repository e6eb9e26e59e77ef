package org.perftracker.server.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one table that says what each request needs: the first row whose methods and path pattern match wins.
 * Reads that no row names need {@link Access#READ}; writes that no row names need {@link Access#EDIT}, so a route
 * added later is protected before anyone classifies it. Adding a row is one line in {@link #standard()}.
 *
 * <p>Methods: {@code GET}, {@code POST PATCH} (several, space-separated), {@code READ} (GET, HEAD, OPTIONS),
 * {@code WRITE} (every other method) or {@code *}. Paths: {@code *} matches one segment, a {@code *} inside a
 * segment matches any characters there ({@code v*}, {@code webhook*}), {@code **} matches the rest of the path;
 * a trailing slash does not matter, as it does not to the router. For example the row of the job upload is the
 * method {@code POST}, the path {@code /api/v*}{@code /*}{@code /job} and {@link Access#UPLOAD}.
 */
public final class RouteTable {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<Row> rows = new ArrayList<>();

    /** One row: methods, path pattern, the access it needs. */
    public record Row(String methods, String path, Access access) {
        boolean matches(String method, String[] segments) {
            return methodMatches(method) && RouteTable.matches(split(path), 0, segments, 0);
        }

        private boolean methodMatches(String method) {
            return Arrays.stream(methods.split(" ")).anyMatch(m -> switch (m) {
                case "*" -> true;
                case "READ" -> READS.contains(method);
                case "WRITE" -> !READS.contains(method);
                default -> m.equals(method);
            });
        }
    }

    /** The server's table; docs/auth.md shows it. */
    public static RouteTable standard() {
        return new RouteTable()
                // open to everyone, so that signing in and the pages' own files work under any policy
                .row("READ", "/static/**", Access.PUBLIC)
                .row("READ", "/webjars/**", Access.PUBLIC)
                .row("READ", "/api/health", Access.PUBLIC)
                .row("READ", "/api/openapi.yaml", Access.PUBLIC)
                .row("READ", "/api/docs", Access.PUBLIC)
                .row("*", "/api/v*/auth", Access.PUBLIC)
                .row("READ POST", "/signin", Access.PUBLIC)
                .row("POST", "/signout", Access.PUBLIC)
                // people and their keys, and every admin page: never anonymous. First, so that no later row's
                // pattern takes an admin page (/*/webhook*/** matches /admin/webhooks, /*/job would /admin/job)
                .row("*", "/admin/**", Access.ACCOUNTS)
                .row("*", "/api/v*/admin/**", Access.ACCOUNTS)
                // uploads: jobs (API and the jobs page's form), artifacts, host locks (API and the hosts pages' forms),
                // saved comparisons
                .row("POST", "/api/v*/*/job", Access.UPLOAD)
                .row("POST", "/*/job", Access.UPLOAD)
                .row("POST PATCH", "/api/v*/*/artifact/*", Access.UPLOAD)
                .row("WRITE", "/api/v*/*/hw_lock/**", Access.UPLOAD)
                .row("POST", "/*/hw_lock/**", Access.UPLOAD)
                .row("POST", "/api/v*/*/comparison", Access.UPLOAD)
                // edits and deletes of jobs, comparisons, artifacts, regressions, alerts: the default for writes
                .row("WRITE", "/api/v*/*/job/**", Access.EDIT)
                .row("WRITE", "/*/job/**", Access.EDIT)
                .row("WRITE", "/api/v*/*/comparison/**", Access.EDIT)
                .row("DELETE", "/api/v*/*/artifact/*", Access.EDIT)
                // the lab's inventory and the server's configuration
                .row("WRITE", "/api/v*/*/hw_farm/**", Access.ADMIN)
                .row("WRITE", "/api/v*/*/lock_type/**", Access.ADMIN)
                .row("*", "/api/v*/*/webhook*/**", Access.ADMIN)
                // the delivery log holds webhook payloads and e-mail recipients, as the webhooks' own log does
                .row("*", "/api/v*/*/notification/**", Access.ADMIN)
                .row("*", "/*/webhook*/**", Access.ADMIN)
                // one's own account: anyone who signed in or sent a token
                .row("*", "/account/**", Access.SIGNED_IN);
    }

    public RouteTable row(String methods, String path, Access access) {
        rows.add(new Row(methods.toUpperCase(Locale.ROOT), path, access));
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** @return what a request with this method and path needs */
    public Access classify(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        String[] segments = split(path);
        for (Row row : rows) {
            if (row.matches(m, segments)) {
                return row.access();
            }
        }
        return READS.contains(m) ? Access.READ : Access.EDIT;
    }

    public static boolean isRead(String method) {
        return READS.contains(method.toUpperCase(Locale.ROOT));
    }

    /** Empty segments (a trailing or doubled slash) are dropped, as the router ignores a trailing slash. */
    private static String[] split(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static boolean matches(String[] pattern, int p, String[] path, int s) {
        if (p == pattern.length) {
            return s == path.length;
        }
        if (pattern[p].equals("**")) {
            return true;
        }
        return s < path.length && segmentMatches(pattern[p], path[s]) && matches(pattern, p + 1, path, s + 1);
    }

    private static boolean segmentMatches(String pattern, String segment) {
        if (!pattern.contains("*")) {
            return pattern.equals(segment);
        }
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        return segment.matches(regex);
    }
}
