package org.perftracker.server.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perftracker.server.auth.PermissionMatrixTest.Case;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Forms;

/** The permission matrix's rows for the pages: every form a page posts, in the order of its features. */
final class FormWrites {
    private FormWrites() {
    }

    static List<Case> all(WriteTargets t) {
        List<Case> cases = new ArrayList<>();
        jobsComparisonsRegressions(t, cases);
        theLab(t, cases);
        adminPages(t, cases);
        signingInAndOut(t, cases);
        return cases;
    }

    private static void jobsComparisonsRegressions(WriteTargets t, List<Case> cases) {
        cases.add(new Case("POST /1/job/ (upload form)", Access.UPLOAD, () -> Forms.multipart(t.server(), "/1/job/",
                "job_file", "job.json", WriteTargets.bytes(t.job()), Map.of("job_title", "From the form"))));
        cases.add(new Case("POST /1/job/<id>/edit", Access.EDIT, () -> t.form("/1/job/" + t.aJob() + "/edit",
                Map.of("title", "Edited on the page"))));
        cases.add(new Case("POST /1/job/<id>/delete", Access.EDIT, () -> t.form("/1/job/" + t.aJob() + "/delete",
                Map.of())));
        cases.add(new Case("POST /1/job/<id>/undelete", Access.EDIT, () -> t.form("/1/job/" + t.aJob()
                + "/undelete", Map.of())));
        cases.add(new Case("POST /1/comparison/<id>/delete", Access.EDIT, () -> t.form("/1/comparison/"
                + t.aComparison() + "/delete", Map.of())));
        cases.add(new Case("POST /1/comparison/<id>/undelete", Access.EDIT, () -> t.form("/1/comparison/"
                + t.aDeletedComparison() + "/undelete", Map.of())));
        cases.add(new Case("POST /1/regression/<id>/title", Access.EDIT, () -> t.form("/1/regression/"
                + t.regression() + "/title", Map.of("title", "Renamed on the page " + t.next()))));
        cases.add(new Case("POST /1/regression/<id>/job/<job>/link", Access.EDIT, () -> t.form(t.linkPath(),
                Map.of("link", t.linkChange()))));
        cases.add(new Case("POST /1/alert/<id>/triage", Access.EDIT, () -> t.form("/1/alert/" + t.alert()
                + "/triage", Map.of("note", "Seen on the page " + t.next()))));
    }

    private static void theLab(WriteTargets t, List<Case> cases) {
        cases.add(new Case("POST /1/hw_lock/ (lock form)", Access.UPLOAD, () -> t.form("/1/hw_lock/",
                Map.of("title", "From the page", "hours", "2", "host", String.valueOf(t.hostId(t.aHost()))))));
        cases.add(new Case("POST /1/hw_lock/<id>/extend", Access.UPLOAD, () -> t.form("/1/hw_lock/" + t.aLock()
                + "/extend", Map.of("hours", "2"))));
        cases.add(new Case("POST /1/hw_lock/<id>/release", Access.UPLOAD, () -> t.form("/1/hw_lock/" + t.aLock()
                + "/release", Map.of())));
    }

    private static void adminPages(WriteTargets t, List<Case> cases) {
        cases.add(new Case("POST /admin/hosts", Access.ACCOUNTS, () -> t.form("/admin/hosts",
                Map.of("name", "page-" + t.next()))));
        cases.add(new Case("POST /admin/hosts/<id>", Access.ACCOUNTS, () -> t.form("/admin/hosts/"
                + t.hostId(t.aHost()), Map.of("os", "Debian 13"))));
        cases.add(new Case("POST /admin/hosts/<id>/hide", Access.ACCOUNTS, () -> t.form("/admin/hosts/"
                + t.hostId(t.aHost()) + "/hide", Map.of())));
        cases.add(new Case("POST /admin/hosts/<id>/show", Access.ACCOUNTS, () -> t.form("/admin/hosts/"
                + t.aHiddenHost() + "/show", Map.of())));
        cases.add(new Case("POST /admin/lock-types", Access.ACCOUNTS, () -> t.form("/admin/lock-types",
                Map.of("name", "Page type " + t.next()))));
        cases.add(new Case("POST /admin/lock-types/<id>", Access.ACCOUNTS, () -> t.form("/admin/lock-types/"
                + t.aLockType(), Map.of("bg_color", "#445566"))));
        // a new webhook's page answers 201 with its secret; like the API's, it asks for regressions, and none is found
        cases.add(new Case("POST /admin/webhooks", Access.ACCOUNTS, () -> t.form("/admin/webhooks", Map.of(
                "project", "1", "url", "http://127.0.0.1:9/page-" + t.next(), "events", "regression"))));
        cases.add(new Case("POST /admin/webhooks/<id>/delete", Access.ACCOUNTS, () -> t.form("/admin/webhooks/"
                + t.aWebhook() + "/delete", Map.of())));
        cases.add(new Case("POST /admin/users", Access.ACCOUNTS, () -> t.form("/admin/users", Map.of("username",
                "new" + t.next(), "password", "0123456789ab", "role", "viewer"))));
        cases.add(new Case("POST /admin/users/<id>/role", Access.ACCOUNTS, () -> t.form("/admin/users/"
                + t.userId("viewer") + "/role", Map.of("role", "viewer"))));
        cases.add(new Case("POST /admin/users/<id>/disable", Access.ACCOUNTS, () -> t.form("/admin/users/"
                + t.aUser() + "/disable", Map.of())));
        cases.add(new Case("POST /admin/users/<id>/enable", Access.ACCOUNTS, () -> t.form("/admin/users/"
                + t.aUser() + "/enable", Map.of())));
        cases.add(new Case("POST /admin/users/<id>/password", Access.ACCOUNTS, () -> t.form("/admin/users/"
                + t.aUser() + "/password", Map.of("password", "another long one"))));
        cases.add(new Case("POST /admin/tokens", Access.ACCOUNTS, () -> t.form("/admin/tokens",
                Map.of("name", "made", "role", "viewer"))));
        cases.add(new Case("POST /admin/tokens/<id>/revoke", Access.ACCOUNTS, () -> t.form("/admin/tokens/"
                + t.aToken() + "/revoke", Map.of())));
        cases.add(new Case("POST /admin/projects", Access.ACCOUNTS, () -> t.form("/admin/projects",
                Map.of("name", "Project " + t.next()))));
        cases.add(new Case("POST /admin/projects/<id>", Access.ACCOUNTS, () -> t.form("/admin/projects/1",
                Map.of("name", "Default project", "order", "50", "visible", "1"))));
    }

    private static void signingInAndOut(WriteTargets t, List<Case> cases) {
        cases.add(new Case("POST /signin", Access.PUBLIC, () -> t.form("/signin", Map.of("username",
                WriteTargets.MEMBER, "password", Accounts.PASSWORD, "next", "/"))));
        cases.add(new Case("POST /signout", Access.PUBLIC, () -> t.form("/signout", Map.of())));
        // a token is let in to its account page, but only a signed-in user changes a password
        cases.add(Case.refusedByItsRoute("POST /account/password", Access.SIGNED_IN, 403, () ->
                t.form("/account/password", Map.of("current_password", Accounts.PASSWORD, "new_password",
                        "a new long password", "repeat_password", "a new long password"))));
    }
}
