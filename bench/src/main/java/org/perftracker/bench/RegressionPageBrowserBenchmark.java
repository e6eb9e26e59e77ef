package org.perftracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.PerfTrackerServer;
import org.perftracker.server.ServerConfig;

/**
 * How soon the page of a regression of 300 series × 100 builds is usable in a real browser (headless Chromium,
 * Debian's chromium and chromium-driver), on SQLite. The regression: 100 nightly builds of a 300-test suite in 10
 * groups, 5 scores each with 1% noise; every 10th test 20% worse from build 60 on, every 15th 30% better from build
 * 80 on (so 30 degraded series and 20 improved, each with an alert).
 *
 * <p>Measured from the start of the navigation, for the page as it opens (the degraded series) and with every class
 * ticked ({@code ?class=all}: 300 charts in parts): the first cards in the page ({@code domInteractive}), the first
 * chart drawn and every chart in the window drawn (polled every 5 ms), the page loaded; then, with every class, a
 * jump to the last group (its part fetched and a chart drawn); and the server's time for the HTML of the page, of
 * one part and of a series' page. Run by hand:
 * {@code java -cp "bench/target/perftracker-bench.jar:bench/target/lib/*" org.perftracker.bench.RegressionPageBrowserBenchmark}.
 */
public final class RegressionPageBrowserBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SERIES = 300;
    private static final int BUILDS = 100;
    private static final int RUNS = 11;
    private static final String TAG = "bench-1.4";
    private static final String IN_VIEW_DRAWN = "const cards = Array.from(document.querySelectorAll('.reg-chart'))"
            + ".filter(function (c) { const r = c.getBoundingClientRect(); return r.top < window.innerHeight"
            + " && r.bottom > 0; });"
            + " return cards.length > 0 && cards.every(function (c) { return c.dataset.chartRendered === 'true'; });";

    private RegressionPageBrowserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("perftracker-bench-");
        PerfTrackerServer server = PerfTrackerServer.start(ServerConfig.forTests(dir, "", "", ""));
        Path profile = Files.createTempDirectory("perftracker-bench-chromium-");
        HttpClient http = HttpClient.newHttpClient();
        ChromeDriver driver = null;
        try {
            String base = server.baseUrl();
            long started = System.nanoTime();
            long regression = upload(http, base);
            System.out.printf(Locale.ROOT, "uploaded and analysed %d builds of %d tests in %.1f s%n", BUILDS, SERIES,
                    (System.nanoTime() - started) / 1e9);
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
            driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(),
                    options);
            String page = base + "/1/regression/" + regression;
            Timings.measure("HTML of the page (degraded series)", 3, RUNS, () -> get(http, page));
            Timings.measure("HTML of the page, every class", 3, RUNS, () -> get(http, page + "?class=all"));
            Timings.measure("HTML of part 5, every class", 3, RUNS, () -> get(http, page + "/part?class=all&n=5"));
            long series = firstSeries(http, base, regression);
            Timings.measure("HTML of a series' page", 3, RUNS, () -> get(http, page + "/series/" + series));
            measure(driver, page, "degraded series", false);
            measure(driver, page + "?class=all", "every class (300 series)", true);
        } finally {
            if (driver != null) {
                driver.quit();
            }
            server.stop();
        }
    }

    private static void measure(ChromeDriver browser, String url, String shape, boolean jump) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(5));
        List<Double> cards = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> inView = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        List<Double> jumps = new ArrayList<>();
        for (int i = 0; i < RUNS + 2; i++) {
            browser.get(url);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".reg-card")));
            double cardsMs = number(browser.executeScript(
                    "return performance.getEntriesByType('navigation')[0].domInteractive"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart-rendered='true']")));
            double firstMs = number(browser.executeScript("return performance.now()"));
            wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript(IN_VIEW_DRAWN));
            double inViewMs = number(browser.executeScript("return performance.now()"));
            double loadedMs = number(browser.executeScript(
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd"));
            double jumpMs = 0;
            if (jump) {
                double before = number(browser.executeScript("return performance.now()"));
                browser.findElement(By.cssSelector(".reg-groups li:last-child a")).click();
                wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript("const g = document.querySelector("
                        + "'details.reg-group:last-of-type'); const p = g.querySelector('.reg-part');"
                        + " return p.dataset.loaded === 'true' && !!g.querySelector('[data-chart-rendered]');"));
                jumpMs = number(browser.executeScript("return performance.now()")) - before;
            }
            if (i >= 2) {
                cards.add(cardsMs);
                first.add(firstMs);
                inView.add(inViewMs);
                loaded.add(loadedMs);
                jumps.add(jumpMs);
            }
        }
        System.out.printf(Locale.ROOT, "Chromium, %s (median of %d): first cards %.0f ms, first chart drawn %.0f ms,"
                + " every chart in the window drawn %.0f ms, page loaded %.0f ms%s%n", shape, cards.size(),
                median(cards), median(first), median(inView), median(loaded), jump ? String.format(Locale.ROOT,
                        "; jump to the last group, its part fetched and a chart drawn %.0f ms", median(jumps)) : "");
    }

    /** Uploads the builds and waits until the last one is analysed; @return the regression's id. */
    private static long upload(HttpClient http, String base) throws Exception {
        Random random = new Random(42);
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        String lastUuid = "";
        for (int build = 1; build <= BUILDS; build++) {
            Instant end = first.plus(Duration.ofHours(build));
            UUID uuid = UUID.randomUUID();
            Fixtures.JobBuilder job = Fixtures.job().uuid(uuid).title("Nightly " + build)
                    .product("webapp", "1.4.0-" + (500 + build)).regressionTag(TAG)
                    .times(end.minus(Duration.ofMinutes(20)), end);
            for (int i = 0; i < SERIES; i++) {
                boolean worse = i % 10 == 0 && build >= 60;
                boolean better = i % 15 == 7 && build >= 80;
                double level = (100 + i) * (worse ? 1.2 : better ? 0.7 : 1.0);
                double[] scores = new double[5];
                for (int s = 0; s < scores.length; s++) {
                    scores[s] = level * (1 + 0.01 * random.nextGaussian());
                }
                job.test(TestResult.builder("test " + i).group("group " + (i % 10)).category((1 << (i % 4))
                        + " clients").metrics("ms").lessBetter(true).scores(scores).build());
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1.0/1/job/"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new UploadWriter(MAPPER).toBytes(job.build()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
            }
            lastUuid = uuid.toString();
        }
        String check = base + "/api/v1.0/1/check/?tag=" + TAG + "&job=" + lastUuid;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!MAPPER.readTree(get(http, check)).get("analysed").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the analysis did not finish in 10 minutes");
            }
            Thread.sleep(100); // a benchmark's setup waiting for the server's background work, polled
        }
        return MAPPER.readTree(get(http, base + "/api/v1.0/1/regression/")).get("data").get(0).get("id").asLong();
    }

    private static long firstSeries(HttpClient http, String base, long regression) throws Exception {
        JsonNode page = MAPPER.readTree(get(http, base + "/api/v1.0/1/regression/" + regression
                + "/series/?class=degradation_10&length=1"));
        return page.get("data").get(0).get("id").asLong();
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
