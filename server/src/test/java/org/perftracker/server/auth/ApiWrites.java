package org.perftracker.server.auth;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.perftracker.server.auth.PermissionMatrixTest.Case;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Forms;

/** The permission matrix's rows for the API: every write route under {@code /api/}, in the order of its features. */
final class ApiWrites {
    private ApiWrites() {
    }

    static List<Case> all(WriteTargets t) {
        List<Case> cases = new ArrayList<>();
        jobsAndArtifacts(t, cases);
        comparisonsAndRegressions(t, cases);
        theLab(t, cases);
        accounts(t, cases);
        return cases;
    }

    private static void jobsAndArtifacts(WriteTargets t, List<Case> cases) {
        cases.add(new Case("POST /api/v1.0/1/job/ (upload)", Access.UPLOAD, () ->
                HttpRequest.newBuilder(t.server().uri("/api/v1.0/1/job/")).POST(WriteTargets.body(t.job()))));
        cases.add(new Case("PUT /api/v1.0/1/job/<id>", Access.EDIT, () -> t.json("PUT", "/api/v1.0/1/job/" + t.aJob(),
                "{\"job_title\": \"Edited\"}")));
        cases.add(new Case("PATCH /api/v1.0/1/job/<id>", Access.EDIT, () -> t.json("PATCH",
                "/api/v1.0/1/job/" + t.aJob(), "{\"deleted\": true}")));
        cases.add(new Case("DELETE /api/v1.0/1/job/<id>", Access.EDIT, () -> t.delete("/api/v1.0/1/job/" + t.aJob())));
        cases.add(new Case("POST /api/v1.0/0/artifact/<uuid> (upload)", Access.UPLOAD, () ->
                Forms.multipart(t.server(), "/api/v1.0/0/artifact/" + UUID.randomUUID(), "file", "log.txt",
                        "hello".getBytes(), Map.of("description", "a log"))));
        cases.add(new Case("POST /api/v1.0/0/artifact/<uuid> (link)", Access.UPLOAD, () ->
                t.form("/api/v1.0/0/artifact/" + t.anArtifact(), Map.of("description", "changed"))));
        cases.add(new Case("PATCH /api/v1.0/0/artifact/<uuid>", Access.UPLOAD, () ->
                t.json("PATCH", "/api/v1.0/0/artifact/" + t.anArtifact(), "{\"description\": \"patched\"}")));
        // a route that only says "Method PUT is not allowed", to those the route table lets in
        cases.add(Case.refusedByItsRoute("PUT /api/v1.0/0/artifact/<uuid>", Access.EDIT, 405, () ->
                t.json("PUT", "/api/v1.0/0/artifact/" + t.anArtifact(), "{\"description\": \"put\"}")));
        cases.add(new Case("DELETE /api/v1.0/0/artifact/<uuid>", Access.EDIT, () ->
                t.delete("/api/v1.0/0/artifact/" + t.anArtifact())));
    }

    private static void comparisonsAndRegressions(WriteTargets t, List<Case> cases) {
        cases.add(new Case("POST /api/v1.0/1/comparison/", Access.UPLOAD, () -> t.json("POST",
                "/api/v1.0/1/comparison/", "{\"jobs\": [" + t.aJob() + ", " + t.aJob() + "]}")));
        cases.add(new Case("PUT /api/v1.0/1/comparison/<id>", Access.EDIT, () -> t.json("PUT",
                "/api/v1.0/1/comparison/" + t.aComparison(), "{\"title\": \"Renamed\", \"jobs\": [" + t.aJob()
                        + "]}")));
        cases.add(new Case("DELETE /api/v1.0/1/comparison/<id>", Access.EDIT, () ->
                t.delete("/api/v1.0/1/comparison/" + t.aComparison())));
        cases.add(new Case("PATCH /api/v1.0/1/regression/<id>", Access.EDIT, () -> t.json("PATCH",
                "/api/v1.0/1/regression/" + t.regression(), "{\"title\": \"Renamed " + t.next() + "\"}")));
        cases.add(new Case("PATCH /api/v1.0/1/alert/<id> (triage)", Access.EDIT, () -> t.json("PATCH",
                "/api/v1.0/1/alert/" + t.alert(), "{\"note\": \"Seen " + t.next() + "\"}")));
        cases.add(new Case("POST /api/v1.0/1/webhook/", Access.ADMIN, () -> t.json("POST", "/api/v1.0/1/webhook/",
                "{\"url\": \"http://127.0.0.1:9/new-" + t.next() + "\"}")));
        cases.add(new Case("DELETE /api/v1.0/1/webhook/<id>", Access.ADMIN, () ->
                t.delete("/api/v1.0/1/webhook/" + t.aWebhook())));
    }

    private static void theLab(WriteTargets t, List<Case> cases) {
        cases.add(new Case("POST /api/v1.0/0/hw_lock/", Access.UPLOAD, () -> t.json("POST", "/api/v1.0/0/hw_lock/",
                "{\"title\": \"Run\", \"planned_dur_hrs\": 2, \"hw_nodes\": [\"" + t.aHost() + "\"]}")));
        cases.add(new Case("PUT /api/v1.0/0/hw_lock/<id>", Access.UPLOAD, () -> t.json("PUT",
                "/api/v1.0/0/hw_lock/" + t.aLock(), "{\"title\": \"Longer run\", \"planned_dur_hrs\": 3}")));
        cases.add(new Case("DELETE /api/v1.0/0/hw_lock/<id>", Access.UPLOAD, () ->
                t.delete("/api/v1.0/0/hw_lock/" + t.aLock())));
        cases.add(new Case("POST /api/v1.0/0/hw_farm/", Access.ADMIN, () -> t.json("POST", "/api/v1.0/0/hw_farm/",
                "{\"name\": \"new-" + t.next() + "\"}")));
        cases.add(new Case("PUT /api/v1.0/0/hw_farm/<id>", Access.ADMIN, () -> t.json("PUT",
                "/api/v1.0/0/hw_farm/" + t.hostId(t.aHost()), "{\"os\": \"Debian 13\"}")));
        cases.add(new Case("POST /api/v1.0/0/lock_type/", Access.ADMIN, () -> t.json("POST",
                "/api/v1.0/0/lock_type/", "{\"name\": \"Type " + t.next() + "\"}")));
        cases.add(new Case("PUT /api/v1.0/0/lock_type/<id>", Access.ADMIN, () -> t.json("PUT",
                "/api/v1.0/0/lock_type/" + t.aLockType(), "{\"bg_color\": \"#112233\"}")));
    }

    private static void accounts(WriteTargets t, List<Case> cases) {
        cases.add(new Case("POST /api/v1.0/admin/tokens", Access.ACCOUNTS, () -> t.json("POST",
                "/api/v1.0/admin/tokens", "{\"name\": \"made by the API\", \"role\": \"viewer\"}")));
        cases.add(new Case("DELETE /api/v1.0/admin/tokens/<id>", Access.ACCOUNTS, () ->
                t.delete("/api/v1.0/admin/tokens/" + t.aToken())));
        cases.add(new Case("POST /api/v1.0/auth (login)", Access.PUBLIC, () -> t.json("POST", "/api/v1.0/auth",
                "{\"action\": \"login\", \"encoded_email\": \"" + base64(WriteTargets.MEMBER)
                        + "\", \"encoded_password\": \"" + base64(Accounts.PASSWORD) + "\"}")));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
