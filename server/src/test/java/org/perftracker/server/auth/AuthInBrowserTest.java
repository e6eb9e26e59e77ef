package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Browser;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * In a real Chromium, on a server whose pages need a user: a page sends the browser to sign in and back, the
 * corner shows the user, a script's fetch() carries the CSRF token without doing anything for it, and signing out
 * ends it.
 */
class AuthInBrowserTest {
    @Test
    void sign_in_on_the_page_see_the_user_write_from_a_script_and_sign_out() {
        try (RunningServer server = RunningServer.start(TestDatabase.SQLITE.create(), c -> c.withAuth(c.auth()
                .withReads(AuthSettings.Reads.SIGNED_IN).withAnonymousWrites(AuthSettings.AnonymousWrites.NEVER)));
                Browser browser = Browser.start(1280, 900)) {
            Accounts.user(server, "alice", Role.EDITOR);
            String token = Accounts.token(server, server.server().users().byName("alice").orElseThrow(), Role.EDITOR);
            long job = Accounts.upload(server, token, Fixtures.job().title("Nightly").test("t", 1).build()).json()
                    .get("id").asLong();

            browser.open(server.baseUrl() + "/1/job/" + job);
            browser.waitFor(d -> d.getCurrentUrl().contains("/signin?next="));
            browser.find("#f-username").sendKeys("alice");
            browser.find("#f-password").sendKeys(Accounts.PASSWORD);
            browser.find(".signin-form button[type=submit]").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/1/job/" + job));
            assertThat(browser.find(".user .user-name").getText()).isEqualTo("alice");
            assertThat(browser.findAll(".user a.signin")).isEmpty();

            var scripts = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            Object status = scripts.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch('/api/v1.0/1/job/" + job + "', {method: 'PUT', headers: {'Content-Type':"
                    + " 'application/json'}, body: JSON.stringify({job_title: 'Renamed from a script'})})"
                    + ".then(r => done(r.status), e => done(String(e)));");
            assertThat(status).isEqualTo(200L);
            browser.driver().navigate().refresh();
            assertThat(browser.find("h1").getText()).contains("Renamed from a script");

            browser.find(".user form.signout button").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signin-form")));
            assertThat(browser.find(".flash-ok").getText()).contains("Signed out");
            assertThat(browser.findAll(".user .user-name")).isEmpty();
            browser.open(server.baseUrl() + "/1/job/" + job);
            browser.waitFor(d -> d.getCurrentUrl().contains("/signin?next="));
        }
    }
}
