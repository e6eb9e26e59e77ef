package org.perftracker.server.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perftracker.server.testing.Browser;
import org.perftracker.server.testing.MutableClock;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The hosts page in a real headless Chromium: the lock timeline is drawn by the server's HTML and CSS alone, its
 * bars sit where their times are and wear their lock type's colours and name, the page asks nothing of any other
 * server (and its Content-Security-Policy would refuse it), a bar leads to its lock, and the form locks a host.
 */
class HostsInBrowserTest {
    /** The timeline's window is 2026-01-01 – 2026-01-11 (UTC): a week before the server's today, and three days on. */
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-03T00:00:00Z"));

    private static RunningServer server;
    private static Browser browser;
    private static long nightly;
    private static long manual;

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestDatabase.SQLITE.create(), c -> c, CLOCK);
        for (String name : List.of("perf-01", "perf-02", "perf-03")) {
            server.postJson("/api/v1.0/0/hw_farm/", "{\"name\": \"" + name + "\", \"purpose\": \"web perf\"}");
        }
        server.postJson("/api/v1.0/0/lock_type/", "{\"name\": \"Nightly\", \"bg_color\": \"#aa0000\", "
                + "\"fg_color\": \"#ffffff\"}");
        server.postJson("/api/v1.0/0/lock_type/", "{\"name\": \"Manual\", \"bg_color\": \"#0055aa\", "
                + "\"fg_color\": \"#ffffff\"}");
        nightly = lock("Nightly run", "Nightly", 24, "perf-01");
        CLOCK.advance(Duration.ofHours(24));
        assertThat(server.delete("/api/v1.0/1/hw_lock/" + nightly).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofHours(108));
        manual = lock("Manual check", "Manual", 12, "perf-02");
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
        }
    }

    private static long lock(String title, String type, int hours, String host) {
        RunningServer.Answer answer = server.postJson("/api/v1.0/1/hw_lock/", "{\"title\": \"" + title + "\", "
                + "\"planned_dur_hrs\": " + hours + ", \"hw_nodes\": [\"" + host + "\"], \"lock_type\": "
                + "{\"name\": \"" + type + "\"}}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("id").asLong();
    }

    /** @return the bar's start and length as fractions of its track, measured in the rendered page */
    private static double[] placement(WebElement bar) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) browser.script("const b = arguments[0].getBoundingClientRect();"
                + " const t = arguments[0].parentElement.getBoundingClientRect();"
                + " return [(b.left - t.left) / t.width, b.width / t.width, b.top - t.top, t.height];", bar);
        return box.stream().mapToDouble(Number::doubleValue).toArray();
    }

    @Test
    void the_timeline_bars_are_placed_by_time_and_coloured_and_named_by_their_lock_type() {
        browser.open(server.baseUrl() + "/1/hw_farm/");
        assertThat(browser.findAll(".tl-bar")).extracting(b -> b.getAttribute("data-lock-id"))
                .contains(String.valueOf(nightly), String.valueOf(manual));

        WebElement first = browser.find("li.tl-row[data-host-id] .tl-bar[data-lock-id='" + nightly + "']");
        assertThat(first.getText()).contains("Nightly:", "Nightly run");
        assertThat(first.getCssValue("background-color")).isEqualTo("rgba(170, 0, 0, 1)");
        assertThat(first.getCssValue("color")).isEqualTo("rgba(255, 255, 255, 1)");
        double[] at = placement(first);
        assertThat(at[0]).as("3 Jan 00:00 … 4 Jan 00:00 of 1 … 11 Jan").isCloseTo(0.20, within(0.005));
        assertThat(at[1]).isCloseTo(0.10, within(0.005));
        assertThat(at[2]).isGreaterThanOrEqualTo(0);
        assertThat(at[2]).isLessThan(at[3]);

        WebElement second = browser.find(".tl-bar[data-lock-id='" + manual + "']");
        assertThat(second.getText()).contains("Manual:", "Manual check");
        assertThat(second.getCssValue("background-color")).isEqualTo("rgba(0, 85, 170, 1)");
        double[] held = placement(second);
        assertThat(held[0]).as("8 Jan 12:00").isCloseTo(0.75, within(0.005));
        assertThat(held[1]).as("12 hours").isCloseTo(0.05, within(0.005));
        WebElement now = browser.find("li.tl-row .tl-now");
        assertThat(placement(now)[0]).isCloseTo(0.75, within(0.005));
        assertThat(browser.find(".tl-legend").getText()).contains("Nightly", "Manual", "now");
        assertThat(browser.find("tr[data-host-id] td.held a").getText()).isNotEmpty();
    }

    @Test
    void the_page_asks_nothing_of_other_servers_and_its_policy_refuses_outside_scripts() {
        browser.open(server.baseUrl() + "/1/hw_farm/");
        Object sameOrigin = browser.script("return Array.from(document.scripts).every(s => !s.src"
                + " || new URL(s.src).origin === location.origin)"
                + " && performance.getEntriesByType('resource').every(r => new URL(r.name).origin === location.origin)"
                + " && Array.from(document.querySelectorAll('link[href]')).every(l => new URL(l.href).origin"
                + " === location.origin);");
        assertThat(sameOrigin).isEqualTo(true);
        Object verdict = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " document.addEventListener('securitypolicyviolation', e => done(e.violatedDirective + ' '"
                + " + e.blockedURI), {once: true});"
                + " const s = document.createElement('script'); s.src = 'https://www.google.com/jsapi';"
                + " s.onload = () => done('loaded'); document.head.appendChild(s);");
        assertThat(String.valueOf(verdict)).startsWith("script-src").contains("google.com");
        assertThat(server.get("/1/hw_farm/").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    }

    @Test
    void a_bar_leads_to_its_lock_and_the_form_locks_a_free_host() {
        browser.open(server.baseUrl() + "/1/hw_farm/");
        browser.find(".tl-bar[data-lock-id='" + manual + "']").click();
        browser.waitFor(ExpectedConditions.urlContains("/1/hw_lock/" + manual));
        assertThat(browser.find("h1").getText()).isEqualTo("Lock #" + manual + ": Manual check");
        assertThat(browser.find("main").getText()).contains("perf-02", "held");

        browser.open(server.baseUrl() + "/1/hw_farm/");
        browser.find("details.lock-form summary").click();
        browser.find("#lock-title").sendKeys("Profiling");
        WebElement perf3 = browser.driver().findElement(By.xpath(
                "//label[contains(@class,'host-choice')][contains(., 'perf-03')]/input"));
        perf3.click();
        browser.find("details.lock-form button[type=submit]").click();
        WebElement flash = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")));
        assertThat(flash.getText()).contains("holds perf-03");
        assertThat(browser.findAll(".tl-bar")).extracting(WebElement::getText).anyMatch(t -> t.contains("Profiling"));
        JsonNode held = server.getJson("/api/v1.0/0/hw_lock/?active=1");
        assertThat(held.get("data")).extracting(l -> l.get("title").asText()).contains("Profiling", "Manual check");
        assertThat(held.get("recordsTotal").asInt()).isEqualTo(2);
    }
}
