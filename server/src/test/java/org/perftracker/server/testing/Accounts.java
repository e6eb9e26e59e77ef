package org.perftracker.server.testing;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.auth.Role;
import org.perftracker.server.auth.User;

/** Users, tokens and signed-in sessions for tests, made through the server's own services and pages. */
public final class Accounts {
    /** The password of every user these helpers make. */
    public static final String PASSWORD = "correct horse battery";
    private static final Pattern META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    private Accounts() {
    }

    /** A signed-in browser: its session cookie ({@code pt_session=…}) and the CSRF token of its pages. */
    public record Session(String cookie, String csrf) {
        /** @return a form post as this browser sends it, with the hidden CSRF field first */
        public HttpRequest.Builder form(RunningServer server, String path, Map<String, String> fields) {
            Map<String, String> all = new java.util.LinkedHashMap<>();
            all.put("csrf_token", csrf);
            all.putAll(fields);
            return Forms.urlEncoded(server, path, all).header("Cookie", cookie)
                    .header("Origin", server.baseUrl());
        }
    }

    public static User user(RunningServer server, String name, Role role) {
        return server.server().users().create(Actor.SYSTEM, name, PASSWORD, role);
    }

    /** @return the value of a new token of this owner, with this role, for all projects, never expiring */
    public static String token(RunningServer server, User owner, Role role) {
        return token(server, owner, role, Optional.empty(), Optional.empty());
    }

    public static String token(RunningServer server, User owner, Role role, Optional<Long> project,
            Optional<Integer> expiresInDays) {
        return server.server().tokens().create(Actor.SYSTEM, owner.id(), "test " + role.word(), role, project,
                expiresInDays).value();
    }

    /** Signs in through the sign-in form, as a browser does, and reads the CSRF token of the next page. */
    public static Session signIn(RunningServer server, String name, String password) {
        RunningServer.Answer page = server.get("/signin");
        String anonymousCookie = Forms.cookie(page, "pt_csrf");
        RunningServer.Answer answer = server.send(Forms.urlEncoded(server, "/signin", Map.of(
                        "csrf_token", csrf(page), "username", name, "password", password, "next", "/"))
                .header("Cookie", anonymousCookie).header("Origin", server.baseUrl()));
        if (answer.status() != 303) {
            throw new AssertionError("sign-in of " + name + " answered " + answer.status() + ": " + answer.body());
        }
        String cookie = Forms.cookie(answer, "pt_session");
        RunningServer.Answer account = server.send(HttpRequest.newBuilder(server.uri("/account/"))
                .header("Cookie", cookie));
        return new Session(cookie, csrf(account));
    }

    /** @return the CSRF token a page carries in its {@code csrf-token} meta */
    public static String csrf(RunningServer.Answer page) {
        Matcher m = META.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no csrf-token meta in the page (status " + page.status() + ")");
        }
        return m.group(1);
    }

    /** @return HTTP Basic as python-requests sends the credentials of {@code http://name:token@host} */
    public static String basic(String name, String token) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((name + ":" + token)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads a job as CI does, with a token in an {@code Authorization: Bearer} header. */
    public static RunningServer.Answer upload(RunningServer server, String token,
            org.perftracker.core.upload.JobUpload job) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/1/job/"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new org.perftracker.core.upload.UploadWriter(
                        new com.fasterxml.jackson.databind.ObjectMapper()).toBytes(job))));
    }
}
