package org.perftracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.PerfTrackerServer;
import org.perftracker.server.ServerConfig;

/**
 * How soon the page of a comparison of 10 jobs × 5,000 tests is usable in a real browser (headless Chromium,
 * Debian's chromium and chromium-driver), on SQLite, for two shapes of the same size:
 * <ul>
 * <li>{@code one-row sections}: the data of {@link ServerBenchmark} (20 groups, every tag's 8 categories spread
 * over 8 groups): 5,000 sections of one row, each with a bar chart;</li>
 * <li>{@code 8-row sections}: each tag's 8 categories in one group: 625 sections of 8 rows, each a line over 1 to
 * 128 clients.</li>
 * </ul>
 * Measured from the start of the navigation: the first sections' tables in the page (parsed: {@code domInteractive}),
 * the first chart drawn (seen by polling every 5 ms), the page loaded; then a jump to the last group (its first part
 * fetched and a chart drawn); and the server's time for the HTML of the page and of one part. Run by hand:
 * {@code java -cp "bench/target/perftracker-bench.jar:bench/target/lib/*" org.perftracker.bench.ComparisonPageBrowserBenchmark}.
 */
public final class ComparisonPageBrowserBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int RUNS = 11;

    private ComparisonPageBrowserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("perftracker-bench-");
        PerfTrackerServer server = PerfTrackerServer.start(ServerConfig.forTests(dir, "", "", ""));
        Path profile = Files.createTempDirectory("perftracker-bench-chromium-");
        HttpClient http = HttpClient.newHttpClient();
        ChromeDriver driver = null;
        try {
            String base = server.baseUrl();
            long oneRow = save(http, base, ServerBenchmark.uploadComparedJobs(http, base));
            long eightRows = save(http, base, uploadSectionsOfEight(http, base));
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
            driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(),
                    options);
            measure(driver, http, base, "one-row sections", oneRow);
            measure(driver, http, base, "8-row sections", eightRows);
        } finally {
            if (driver != null) {
                driver.quit();
            }
            server.stop();
        }
    }

    private static void measure(ChromeDriver browser, HttpClient http, String base, String shape, long id)
            throws Exception {
        String page = base + "/1/comparison/" + id;
        Timings.measure("HTML of the page, " + shape, 3, RUNS, () -> get(http, page));
        Timings.measure("HTML of part 7, " + shape, 3, RUNS, () -> get(http, page + "/part?n=7"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(5));
        List<Double> table = new ArrayList<>();
        List<Double> chart = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        List<Double> jump = new ArrayList<>();
        for (int i = 0; i < RUNS + 2; i++) {
            browser.get(page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cmp-section table tbody tr")));
            // the first part comes with the page: its tables are there when the page has been parsed
            double tableMs = number(browser.executeScript(
                    "return performance.getEntriesByType('navigation')[0].domInteractive"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart-rendered='true']")));
            double chartMs = number(browser.executeScript("return performance.now()"));
            double loadedMs = number(browser.executeScript(
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd"));
            double before = number(browser.executeScript("return performance.now()"));
            browser.findElement(By.cssSelector(".cmp-groups li:last-child a")).click();
            wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript("const g = document.querySelector("
                    + "'details.cmp-group:last-of-type'); const p = g.querySelector('.cmp-part');"
                    + " return p.dataset.loaded === 'true' && !!g.querySelector('[data-chart-rendered]');"));
            double jumpMs = number(browser.executeScript("return performance.now()")) - before;
            if (i >= 2) {
                table.add(tableMs);
                chart.add(chartMs);
                loaded.add(loadedMs);
                jump.add(jumpMs);
            }
        }
        System.out.printf(Locale.ROOT, "Chromium, %s (median of %d): first tables %.0f ms, first chart drawn %.0f ms,"
                + " page loaded %.0f ms; jump to the last group, its part fetched and a chart drawn %.0f ms%n",
                shape, table.size(), median(table), median(chart), median(loaded), median(jump));
    }

    /** Ten builds of 625 tags × 8 categories, each tag's categories in one group; every 50th test 10% higher. */
    private static String uploadSectionsOfEight(HttpClient http, String base) throws Exception {
        StringJoiner ids = new StringJoiner(",");
        Random random = new Random(43);
        for (int build = 0; build < 10; build++) {
            List<TestResult> tests = new ArrayList<>(5000);
            for (int i = 0; i < 5000; i++) {
                int tag = i / 8;
                double level = 1000 + 10 * (i % 8) + tag + (build >= 5 && i % 50 == 0 ? 100 : 0);
                double[] scores = new double[5];
                for (int s = 0; s < 5; s++) {
                    scores[s] = level * (1 + 0.01 * random.nextGaussian());
                }
                tests.add(TestResult.builder("test " + tag).group("group " + (tag % 20))
                        .category((1 << (i % 8)) + " clients").metrics("requests/s").scores(scores).build());
            }
            JobUpload job = JobUpload.of(UUID.randomUUID(), "Default project", "Build " + build, tests);
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1.0/1/job/"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new UploadWriter(MAPPER).toBytes(job))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            ids.add(MAPPER.readTree(body).get("id").asText());
        }
        return ids.toString();
    }

    private static long save(HttpClient http, String base, String jobs) throws Exception {
        String answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1.0/1/comparison/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jobs\": [" + jobs + "]}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return MAPPER.readTree(answer).get("id").asLong();
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
