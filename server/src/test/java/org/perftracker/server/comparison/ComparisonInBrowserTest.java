package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.TestResult;
import org.perftracker.server.testing.Browser;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * A comparison made and read in a real headless Chromium: two jobs ticked in the jobs list, ordered with the
 * keyboard in the dialog and saved; the page marks the worse row in red with its word, draws its chart and filters
 * to the regressions; a row opens into both jobs' iterations. A comparison opened for editing in the dialog keeps
 * the options set through the API.
 */
class ComparisonInBrowserTest {
    private static RunningServer server;
    private static Browser browser;
    private static long base;
    private static long next;

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestDatabase.SQLITE);
        base = upload("Nightly perf 1.0", 0);
        next = upload("Nightly perf 1.1", 2.5);
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

    /** Login latency over 1 to 8 clients; {@code slower} ms more at 8 clients, a significant regression. */
    private static long upload(String title, double slower) {
        Fixtures.JobBuilder job = Fixtures.job().title(title).product("shop", title.substring(title.length() - 3))
                .times(Instant.parse("2030-01-01T00:00:00Z").plusSeconds((long) (slower * 3600)),
                        Instant.parse("2030-01-01T00:10:00Z").plusSeconds((long) (slower * 3600)));
        for (int clients : new int[] {1, 2, 4, 8}) {
            double ms = 10 + clients + (clients == 8 ? slower : 0);
            job.test(TestResult.builder("login").group("Latency").category(clients + " clients").metrics("ms")
                    .lessBetter(true).scores(ms, ms + 0.1, ms - 0.1, ms + 0.05).build());
        }
        job.test(TestResult.builder("home").group("Throughput").metrics("pages/s").scores(100, 101, 99).build());
        return server.upload(job.build()).json().get("id").asLong();
    }

    /** A comparison of two jobs of {@code sections} one-row test cases: more than the page shows at once. */
    private static long wide(int sections) {
        Fixtures.JobBuilder one = Fixtures.job().title("Wide 1");
        Fixtures.JobBuilder two = Fixtures.job().title("Wide 2");
        for (int i = 0; i < sections; i++) {
            one.test(TestResult.builder("case " + i).group("Wide").category("8 clients").scores(100, 101, 99).build());
            two.test(TestResult.builder("case " + i).group("Wide").category("8 clients").scores(100, 101, 99).build());
        }
        long a = server.upload(one.build()).json().get("id").asLong();
        long b = server.upload(two.build()).json().get("id").asLong();
        return server.postJson("/api/v1.0/1/comparison/", "{\"jobs\": [" + a + ", " + b + "]}").json().get("id")
                .asLong();
    }

    private static String url() {
        return browser.driver().getCurrentUrl();
    }

    @Test
    void two_jobs_ticked_in_the_list_become_a_comparison_that_marks_the_worse_row_draws_its_chart_and_filters() {
        browser.open(server.baseUrl() + "/1/job/");
        browser.script("window.localStorage.clear()");
        browser.find("button[data-compare-job='" + next + "']").click();
        browser.find("button[data-compare-job='" + base + "']").click();
        browser.find("button[data-compare-open]").click();

        WebElement dialog = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-compare-dialog]")));
        assertThat(browser.find("#compare-title").getAttribute("placeholder"))
                .isEqualTo("Nightly perf: 1.1 vs 1.0");
        List<WebElement> jobs = dialog.findElements(By.cssSelector(".compare-job"));
        assertThat(jobs).extracting(j -> j.getAttribute("data-job-id")).containsExactly(String.valueOf(next),
                String.valueOf(base));
        // without dragging: the keyboard moves the baseline up
        WebElement up = browser.find(".compare-job[data-job-id='" + base + "'] button[data-move='-1']");
        up.sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.find(".compare-job").getAttribute("data-job-id").equals(String.valueOf(base)));
        assertThat(browser.find("#compare-title").getAttribute("placeholder")).isEqualTo("Nightly perf: 1.0 vs 1.1");
        assertThat(browser.find("[data-compare-status]").getAttribute("textContent"))
                .isEqualTo("Job " + base + " is now #1 of 2, the baseline");
        browser.find("[data-compare-save]").click();

        browser.waitFor(d -> url().matches(".*/1/comparison/\\d+$"));
        assertThat(browser.find("h1").getText()).contains("Nightly perf: 1.0 vs 1.1");
        assertThat(browser.script("return localStorage.getItem('perftracker.compare')")).as("the selection is spent")
                .isEqualTo("[]");

        WebElement worse = browser.find("td.chg.v-worse");
        assertThat(worse.getText()).isEqualTo("+13.9% worse");
        assertThat(worse.getCssValue("color")).isEqualTo("rgba(180, 35, 24, 1)");
        assertThat(worse.findElement(By.xpath("./ancestor::tr")).getAttribute("data-verdict")).isEqualTo("regression");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".cmp-chart[data-chart-rendered='true']")));

        browser.find("a[data-only='regressions']").click();
        browser.waitFor(d -> url().endsWith("?only=regressions"));
        assertThat(browser.findAll("table.cmp tbody tr")).extracting(r -> r.getAttribute("data-verdict"))
                .containsExactly("regression");
        assertThat(browser.find("a[data-only='regressions']").getAttribute("aria-current")).isEqualTo("true");

        browser.find("table.cmp tbody button.expander").click();
        WebElement iterations = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr.details-row[data-loaded=true]")));
        assertThat(iterations.getText()).contains("#1: 1.0", "#2: 1.1", "18.05", "20.55");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".cmp-iterations-chart[data-chart-rendered='true']")));
    }

    @Test
    void editing_a_comparison_in_the_dialog_keeps_the_level_and_one_sample_threshold_set_through_the_api() {
        long id = server.postJson("/api/v1.0/1/comparison/", "{\"title\": \"Strict\", \"jobs\": [" + base + ", "
                + next + "], \"alpha\": 0.01, \"likely_threshold\": 12.5}").json().get("id").asLong();
        browser.open(server.baseUrl() + "/1/job/?edit=" + id);
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("[data-compare-heading]"),
                "Edit comparison #" + id));
        WebElement threshold = browser.find("input[name='likely_threshold']");
        assertThat(threshold.getDomProperty("value")).isEqualTo("12.5");
        assertThat(threshold.findElement(By.xpath("./ancestor::label")).getText())
                .contains("one-sample threshold, %");
        assertThat(browser.find("input[name='alpha']").getDomProperty("value")).isEqualTo("0.01");
        WebElement title = browser.find("#compare-title");
        title.clear();
        title.sendKeys("Strict, renamed");
        browser.find("[data-compare-save]").click();

        browser.waitFor(d -> url().endsWith("/1/comparison/" + id));
        assertThat(browser.find(".cmp-method").getText()).contains("α = 0.01", "a change of at least 12.5%");
        JsonNode saved = server.getJson("/api/v1.0/1/comparison/" + id);
        assertThat(saved.get("title").asText()).isEqualTo("Strict, renamed");
        assertThat(saved.get("alpha").asDouble()).isEqualTo(0.01);
        assertThat(saved.get("likely_threshold").asDouble()).isEqualTo(12.5);
    }

    @Test
    void a_large_comparison_loads_its_parts_as_they_scroll_into_view_and_a_link_opens_a_section_not_loaded_yet() {
        long id = wide(70);
        browser.open(server.baseUrl() + "/1/comparison/" + id);
        assertThat(browser.findAll(".cmp-section")).hasSize(20);
        assertThat(browser.findAll(".cmp-part[data-part-href]")).hasSize(3);
        browser.script("document.querySelector('.cmp-part[data-part=\"1\"]').scrollIntoView()");
        browser.waitFor(ExpectedConditions.attributeToBe(By.cssSelector(".cmp-part[data-part='1']"), "data-loaded",
                "true"));
        assertThat(browser.findAll(".cmp-section").size()).isGreaterThanOrEqualTo(40);

        String last = browser.find(".cmp-part[data-part='3']").getAttribute("data-sections").split(" ")[9];
        browser.open(server.baseUrl() + "/1/comparison/" + id + "#s-" + last);
        WebElement section = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("s-" + last)));
        browser.waitFor(d -> (Boolean) browser.script("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= -1 && r.top < window.innerHeight", section));
        assertThat(section.findElement(By.tagName("h3")).getText()).startsWith("case 69");
    }
}
