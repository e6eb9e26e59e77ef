package org.perftracker.server.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.perftracker.server.testing.Browser;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The home page in a real headless Chromium: on an empty server it shows the commands that upload a first job to
 * this very server; with the demo project loaded it lists its latest jobs, in the viewer's time zone.
 */
class HomeInBrowserTest {
    private static RunningServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestDatabase.SQLITE);
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

    @Test
    void an_empty_server_shows_the_commands_that_upload_a_first_job_to_it_then_the_demo_jobs() {
        browser.open(server.baseUrl() + "/");
        assertThat(browser.find("h1").getText()).isEqualTo("Welcome to PerfTracker");
        List<String> commands = browser.findAll("pre.command").stream().map(WebElement::getText).toList();
        assertThat(commands).hasSize(4);
        assertThat(commands.get(0)).startsWith("curl ").contains(server.baseUrl() + "/api/v1.0/1/job/",
                "\"project_name\": \"Default project\"");
        assertThat(commands.get(1)).contains("--pt-url " + server.baseUrl());
        assertThat(commands.get(2)).startsWith("./pt run").contains(server.baseUrl(), "-- ab ");
        assertThat(browser.findAll("nav[aria-label=Main] a")).extracting(WebElement::getText)
                .containsExactly("Home", "Regressions", "Comparisons", "Jobs", "Hosts");

        server.server().loadDemo();
        browser.driver().navigate().refresh();
        assertThat(browser.find("h1").getText()).isEqualTo("Latest jobs");
        assertThat(browser.findAll(".home-project h2")).extracting(WebElement::getText)
                .contains("Demo web shop");
        WebElement time = browser.find(".home-project time");
        browser.waitFor(ExpectedConditions.attributeToBe(time, "data-local", "true"));
        assertThat(time.getText()).doesNotContain("UTC");
        assertThat(time.getAttribute("title")).endsWith("Z");

        browser.driver().findElement(By.partialLinkText("All jobs of Demo web shop")).click();
        browser.waitFor(ExpectedConditions.urlContains("/job/"));
        assertThat(browser.findAll("table.jobs tbody tr")).hasSize(28);
    }
}
