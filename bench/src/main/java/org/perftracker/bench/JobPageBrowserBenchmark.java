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
 * How soon the page of a 10,000-test job is usable in a real browser: from the start of the navigation until the
 * first rows of its tests table are in the page, and until the page has loaded (its scripts ran), in headless
 * Chromium (Debian's chromium and chromium-driver), on SQLite. Run by hand:
 * {@code java -cp "bench/target/perftracker-bench.jar:bench/target/lib/*" org.perftracker.bench.JobPageBrowserBenchmark}.
 */
public final class JobPageBrowserBenchmark {
    private static final int TESTS = 10_000;

    private JobPageBrowserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("perftracker-bench-");
        PerfTrackerServer server = PerfTrackerServer.start(ServerConfig.forTests(dir, "", "", ""));
        Path profile = Files.createTempDirectory("perftracker-bench-chromium-");
        ChromeDriver driver = null;
        try {
            long jobId = upload(server.baseUrl());
            String page = server.baseUrl() + "/1/job/" + jobId;
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
            driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(),
                    options);
            ChromeDriver browser = driver;
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Timings.measure("Chromium: job page of a 10,000-test job, navigation to first rows", 3, 15, () -> {
                browser.get(page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.tests tbody tr")));
                return browser.executeScript("const t = performance.getEntriesByType('navigation')[0];"
                        + " return t.domInteractive;");
            });
            List<Double> firstRows = new ArrayList<>();
            List<Double> loaded = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                browser.get(page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.tests tbody tr")));
                firstRows.add(((Number) browser.executeScript(
                        "return performance.getEntriesByType('navigation')[0].domInteractive")).doubleValue());
                loaded.add(((Number) browser.executeScript(
                        "return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue());
            }
            System.out.printf("Chromium navigation timing: first rows parsed (domInteractive) median %.1f ms,"
                    + " page loaded (loadEventEnd) median %.1f ms, %d runs%n", median(firstRows), median(loaded),
                    firstRows.size());
        } finally {
            if (driver != null) {
                driver.quit();
            }
            server.stop();
        }
    }

    private static long upload(String base) throws Exception {
        List<TestResult> tests = new ArrayList<>(TESTS);
        for (int i = 0; i < TESTS; i++) {
            tests.add(TestResult.builder("test " + i).group("group " + (i % 20)).category((1 << (i % 7)) + " clients")
                    .metrics("requests/s").seqNum(i + 1).scores(1000 + i, 1001.5 + i, 999.25 + i).build());
        }
        byte[] body = new UploadWriter(new ObjectMapper()).toBytes(JobUpload.of(UUID.randomUUID(), "Default project",
                "Big job", tests));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/v1.0/1/job/")).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("upload answered " + answer.statusCode() + ": " + answer.body());
        }
        return new ObjectMapper().readTree(answer.body()).get("id").asLong();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
