package org.perftracker.server.regression.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.Browser;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Regression tracking seen in a real headless Chromium: 20 nightly builds with login latency 20% higher from build
 * 12 on; the alert appears; the regression's page draws the login chart with the change point marked at build 12,
 * and its trend-class checkboxes change which series show; in the alerts view someone acknowledges the alert with a
 * note and sees its state change.
 */
class RegressionInBrowserTest {
    private static final String TAG = "webapp-1.4";

    private static RunningServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestDatabase.SQLITE);
        for (int n = 1; n <= 20; n++) {
            RunningServer.Answer answer = server.upload(Nightly.stepAt(TAG, n, 12));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
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

    private static String url() {
        return browser.driver().getCurrentUrl();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> markLine(WebElement chart) {
        return (Map<String, Object>) browser.script("const option = echarts.getInstanceByDom(arguments[0]).getOption();"
                + " const s = option.series.find(function (x) { return x.markLine && x.markLine.data.length; });"
                + " const m = s.markLine.data[0];"
                + " return {at: m.xAxis, label: m.label.formatter, color: m.lineStyle.color,"
                + " build: option.xAxis[0].data[m.xAxis]};", chart);
    }

    @Test
    void a_step_raises_an_alert_the_chart_marks_it_the_classes_filter_and_the_alert_is_acknowledged_with_a_note() {
        // the analysis runs after the uploads: the alerts view shows the alert once it is done
        browser.open(server.baseUrl() + "/1/alert/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            d.navigate().refresh();
            return !browser.findAll(".alert-card").isEmpty();
        });

        browser.open(server.baseUrl() + "/1/regression/");
        assertThat(browser.findAll("nav[aria-label=Main] a")).extracting(WebElement::getText)
                .containsExactly("Home", "Regressions", "Comparisons", "Jobs", "Hosts");
        browser.driver().findElement(By.linkText(TAG)).click();
        browser.waitFor(ExpectedConditions.urlMatches(".*/1/regression/\\d+$"));
        // by default the degraded series: login latency, marked worse in words and red
        List<WebElement> cards = browser.findAll(".reg-card");
        assertThat(cards).extracting(c -> c.findElement(By.tagName("h3")).getText()).containsExactly("login latency");
        WebElement trend = cards.get(0).findElement(By.cssSelector(".reg-card-meta .bad"));
        assertThat(trend.getText()).matches("▼ \\+(19|20|21)(\\.\\d)?% worse");
        assertThat(trend.getCssValue("color")).isEqualTo("rgba(180, 35, 24, 1)");
        WebElement chart = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".reg-card .reg-chart[data-chart-rendered='true']")));
        Map<String, Object> change = markLine(chart);
        assertThat(change.get("at")).isEqualTo(11L);
        assertThat(change.get("build")).isEqualTo(Nightly.version(12));
        assertThat((String) change.get("label")).matches("▼ \\+(19|20|21)% new");
        assertThat(change.get("color")).isEqualTo("#b42318");

        // tick "within 10%": both series; then untick the degradations: search throughput alone
        browser.find("input[name=class][value=none]").click();
        browser.waitFor(d -> url().endsWith("?class=degradation_10,none"));
        assertThat(browser.findAll(".reg-card h3")).extracting(WebElement::getText)
                .containsExactly("login latency", "search throughput {8 clients}");
        browser.find("input[name=class][value=degradation_10]").click();
        browser.waitFor(d -> url().endsWith("?class=none"));
        assertThat(browser.findAll(".reg-card h3")).extracting(WebElement::getText)
                .containsExactly("search throughput {8 clients}");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart-rendered='true']")));
        assertThat(browser.find("input[name=class][value=degradation_10]").isSelected()).isFalse();

        browser.driver().findElement(By.linkText("Alerts")).click();
        WebElement alert = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-card")));
        assertThat(alert.getText()).contains("▼ worse", "login latency +", "since build 1.4.0-512");
        assertThat(alert.getAttribute("data-state")).isEqualTo("new");
        String id = alert.getAttribute("data-alert-id");
        alert.findElement(By.name("note")).sendKeys("Looking into it <b>now</b>");
        alert.findElement(By.cssSelector("button[name=state][value=acknowledged]")).click();

        browser.waitFor(d -> url().endsWith("#alert-" + id));
        WebElement acknowledged = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".alert-card[data-alert-id='" + id + "']")));
        assertThat(acknowledged.getAttribute("data-state")).isEqualTo("acknowledged");
        assertThat(acknowledged.findElement(By.cssSelector("[data-state-label]")).getText()).isEqualTo("acknowledged");
        assertThat(acknowledged.findElement(By.cssSelector(".alert-note")).getText())
                .isEqualTo("Note: Looking into it <b>now</b>");
        assertThat(browser.find(".flash").getText()).contains("is acknowledged");
        acknowledged.findElement(By.cssSelector(".alert-history summary")).click();
        assertThat(acknowledged.findElement(By.cssSelector(".alert-history")).getText())
                .contains("new → acknowledged", "Looking into it <b>now</b>");
        assertThat(acknowledged.findElements(By.cssSelector("button[name=state][value=acknowledged]"))).isEmpty();
    }
}
