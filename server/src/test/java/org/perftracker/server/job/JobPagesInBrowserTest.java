package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.perftracker.core.upload.EnvNode;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.testing.Browser;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The job pages in a real headless Chromium against a real server with uploaded jobs: the list pages, sorts,
 * searches, expands and selects for comparison; a job page filters, expands a test and draws its chart; edits,
 * deletes and uploads work; uploaded markup stays text. One browser for the class.
 */
class JobPagesInBrowserTest {
    private static final int NIGHTLY_JOBS = 55;

    private static RunningServer server;
    private static Browser browser;
    private static long richJob;

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestDatabase.SQLITE);
        Instant first = Instant.parse("2024-03-01T02:00:00Z");
        for (int i = 0; i < NIGHTLY_JOBS; i++) {
            server.upload(Fixtures.job().title(String.format("Nightly %02d", i)).product("shop", "1.0." + i)
                    .times(first.plusSeconds(3600L * i), first.plusSeconds(3600L * i + 600))
                    .env(EnvNode.of("s" + (i % 3), "Host")).test("a", 10 + i, 11 + i).build());
        }
        richJob = server.upload(Fixtures.job().title("Rich <b>bold</b> job").product("shop", "2.0")
                .times(Instant.parse("2024-06-01T02:00:00Z"), Instant.parse("2024-06-01T02:30:00Z"))
                .env(EnvNode.of("perf-lab-01", "Host").withChildren(List.of(EnvNode.of("app-vm", "VM"))))
                .test(TestResult.builder("login").group("Latency").category("1 clients").metrics("ms")
                        .lessBetter(true).scores(1.5, 1.7, 1.6, 1.55).build())
                .test(TestResult.builder("login").group("Latency").category("4 clients").metrics("ms")
                        .lessBetter(true).scores(2.5, 2.7).addError("timeout after 30 s").build())
                .test(TestResult.builder("home").group("Throughput").category("4 clients")
                        .status(TestStatus.FAILED).build())
                .test(TestResult.builder("<script>alert(1)</script>").group("Throughput").scores(7).build())
                .build()).json().get("id").asLong();
        String jobUuid = server.getJson("/api/v1.0/1/job/" + richJob).get("uuid").asText();
        assertThat(server.send(Forms.multipart(server, "/api/v1.0/0/artifact/" + UUID.randomUUID(), "file",
                "file", "GET / 200\n".getBytes(StandardCharsets.UTF_8), Map.of(
                        "filename", "access.log", "inline", "True", "linked_uuids", "[\"" + jobUuid + "\"]")))
                .status()).isEqualTo(200);
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

    @AfterEach
    void forgetTheSelectionAndTheWindowSize() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        if (browser.driver().getCurrentUrl().startsWith("http")) {
            browser.script("window.localStorage.clear()");
        }
    }

    private static List<String> titles() {
        return browser.findAll("table.jobs tbody td.title").stream().map(WebElement::getText).toList();
    }

    private static String url() {
        return browser.driver().getCurrentUrl();
    }

    @Test
    void the_jobs_list_pages_sorts_and_searches_and_the_back_button_restores_it() {
        browser.open(server.baseUrl() + "/1/job/");
        assertThat(titles()).hasSize(50).startsWith("Rich <b>bold</b> job", "Nightly 54");
        browser.find("a[rel=next]").click();
        browser.waitFor(d -> url().contains("page=2"));
        long total = server.getJson("/api/v1.0/1/job/").get("recordsTotal").asLong();
        assertThat(titles()).hasSize((int) total - 50).contains("Nightly 00");

        browser.driver().findElement(By.xpath("//th/a[starts-with(normalize-space(.), 'Title')]")).click();
        browser.waitFor(d -> url().contains("sort=title"));
        assertThat(url()).contains("dir=asc").doesNotContain("page=");
        assertThat(titles()).startsWith("Nightly 00", "Nightly 01");
        assertThat(browser.find("th[aria-sort=ascending]").getText()).startsWith("Title");

        browser.find("#job-search").sendKeys("1.0.42" + Keys.ENTER);
        browser.waitFor(d -> url().contains("q=1.0.42"));
        assertThat(url()).contains("sort=title");
        assertThat(titles()).containsExactly("Nightly 42");

        browser.driver().navigate().back();
        browser.waitFor(d -> !url().contains("q="));
        assertThat(titles()).hasSize(50).startsWith("Nightly 00");
        browser.driver().navigate().refresh();
        assertThat(titles()).hasSize(50).startsWith("Nightly 00");
    }

    @Test
    void a_row_expands_into_the_job_details_and_the_compare_selection_survives_paging() {
        browser.open(server.baseUrl() + "/1/job/");
        browser.find("tr[data-job-id='" + richJob + "'] button.expander").click();
        WebElement details = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr.details-row[data-loaded=true]")));
        assertThat(details.getText()).contains("UUID", "Environment", "perf-lab-01", "app-vm", "access.log");
        assertThat(details.findElement(By.linkText("access.log")).getAttribute("href")).matches(
                ".*/1/artifact_content/[0-9a-f-]{36}");
        browser.find("tr[data-job-id='" + richJob + "'] button.expander").click();
        browser.waitFor(ExpectedConditions.invisibilityOf(details));

        browser.script("window.changes = []; document.addEventListener('perftracker:compare-change',"
                + " e => window.changes.push(e.detail.ids));");
        WebElement toggle = browser.find("button[data-compare-job='" + richJob + "']");
        toggle.click();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.find("[data-compare-count]").getText()).contains("1 job selected", "#" + richJob);
        assertThat(browser.script("return window.changes")).isEqualTo(List.of(List.of(richJob)));

        browser.find("a[rel=next]").click();
        browser.waitFor(d -> url().contains("page=2"));
        browser.find("table.jobs tbody button[data-compare-job]").click();
        browser.driver().navigate().back();
        browser.waitFor(d -> !url().contains("page=2"));
        browser.waitFor(ExpectedConditions.attributeToBe(
                By.cssSelector("button[data-compare-job='" + richJob + "']"), "aria-pressed", "true"));
        assertThat((List<?>) browser.script("return PerfTracker.compare.ids()")).hasSize(2).first()
                .isEqualTo(richJob);

        browser.find("[data-compare-clear]").click();
        assertThat((List<?>) browser.script("return PerfTracker.compare.ids()")).isEmpty();
    }

    @Test
    void the_job_page_filters_by_group_and_a_test_expands_with_its_chart() {
        browser.open(server.baseUrl() + "/1/job/" + richJob);
        assertThat(browser.findAll("table.tests tbody tr")).hasSize(4);
        assertThat(browser.findAll("table.tests tr.bad-row")).hasSize(2);
        new Select(browser.find("#test-group")).selectByVisibleText("Latency");
        browser.waitFor(d -> url().contains("group="));
        List<WebElement> rows = browser.findAll("table.tests tbody tr");
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td.test-name")).getText())
                .containsExactly("login {1 clients}", "login {4 clients}");

        rows.get(1).findElement(By.cssSelector("button.expander")).click();
        WebElement details = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr.details-row[data-loaded=true]")));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.details-row .chart[data-chart-rendered=true]")));
        assertThat(details.getText()).contains("95% CI of the mean", "timeout after 30 s", "lower is better");
        assertThat(details.findElement(By.cssSelector(".chart canvas")).isDisplayed()).isTrue();

        browser.driver().navigate().refresh();
        assertThat(new Select(browser.find("#test-group")).getFirstSelectedOption().getText()).isEqualTo("Latency");
    }

    @Test
    void uploaded_markup_stays_text() {
        browser.open(server.baseUrl() + "/1/job/" + richJob);
        assertThat(browser.find("h1").getText()).contains("Rich <b>bold</b> job");
        assertThat(browser.find("h1").findElements(By.tagName("b"))).isEmpty();
        assertThat(browser.findAll("td.test-name")).extracting(WebElement::getText)
                .contains("<script>alert(1)</script>");
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void a_job_is_edited_deleted_and_undeleted_from_its_page() {
        long id = server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=Nightly%2007").get("data").get(0).get("id")
                .asLong();
        browser.open(server.baseUrl() + "/1/job/" + id + "/edit");
        WebElement title = browser.find("#f-title");
        title.clear();
        title.sendKeys("Renamed nightly");
        browser.find("input[name=link_name]").sendKeys("CI");
        browser.find("input[name=link_url]").sendKeys("https://ci.example.com/7");
        browser.find("form.edit button[type=submit]").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Renamed nightly"));
        assertThat(browser.find(".flash-ok").getText()).contains("has been saved");
        assertThat(browser.driver().findElement(By.linkText("CI")).getAttribute("href"))
                .isEqualTo("https://ci.example.com/7");

        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Delete']")).click();
        browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "DELETED"));
        assertThat(server.getJson("/api/v1.0/1/job/" + id).get("deleted").asBoolean()).isTrue();

        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Undelete']")).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("h1 .badge")));
        assertThat(server.getJson("/api/v1.0/1/job/" + id).get("deleted").asBoolean()).isFalse();
    }

    @Test
    void a_job_file_uploads_from_the_jobs_page_and_a_bad_one_is_refused_with_its_problems(@TempDir Path dir)
            throws Exception {
        Path good = dir.resolve("good.json");
        Files.write(good, new UploadWriter(new ObjectMapper()).toBytes(Fixtures.job().title("From a file")
                .times(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:10:00Z"))
                .test("upload", 1, 2).build()));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"job_title\": \"x\", \"tests\": 5}");

        browser.open(server.baseUrl() + "/1/job/");
        browser.find("details.upload summary").click();
        browser.find("#job-file").sendKeys(good.toString());
        browser.find("#job-title").sendKeys("Uploaded from the page");
        browser.find("details.upload button[type=submit]").click();
        WebElement flash = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-ok")));
        assertThat(flash.getText()).contains("has been created");
        browser.find("a[rel=last]").click();
        assertThat(titles()).endsWith("Uploaded from the page");

        browser.find("details.upload summary").click();
        browser.find("#job-file").sendKeys(bad.toString());
        browser.find("details.upload button[type=submit]").click();
        flash = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-error")));
        assertThat(flash.getText()).contains("not uploaded", "uuid", "tests");
    }

    @Test
    void the_jobs_list_fits_a_1280_px_window_and_a_phone() {
        browser.open(server.baseUrl() + "/0/job/");
        assertThat((Boolean) browser.script("const w = document.querySelector('.table-wrap');"
                + " return w.scrollWidth <= w.clientWidth")).as("no sideways scrolling at 1280 px").isTrue();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(server.baseUrl() + "/0/job/");
        assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the page itself does not scroll sideways on a phone").isTrue();
        assertThat(browser.find("table.jobs td.title").isDisplayed()).isTrue();
    }
}
