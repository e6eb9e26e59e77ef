package org.perftracker.server.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import org.perftracker.core.upload.EnvNode;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/**
 * Four weeks of nightly jobs of a demo web shop, made up but shaped like real ones: throughput of four pages at
 * 1, 4 and 16 clients (ab), two latency percentiles, two JMH benchmarks, an environment of a lab host with a VM
 * and a load generator. Night {@value #IMPROVEMENT_NIGHT} makes the product page about 30% faster; night
 * {@value #REGRESSION_NIGHT} makes search about 24% slower and stay so. Night 6 has a failed checkout test and
 * night 15 a search test with errors. The same nights give the same jobs (fixed seeds and uuids).
 */
final class DemoJobs {
    static final int NIGHTS = 28;
    static final int IMPROVEMENT_NIGHT = 11;
    static final int REGRESSION_NIGHT = 20;
    static final String REGRESSION_TAG = "nightly";

    private static final List<String> CLIENTS = List.of("1 client", "4 clients", "16 clients");
    private static final double[] CLIENT_SCALE = {1, 3.4, 7.5};
    private static final Map<String, Double> PAGES = Map.of("Home page", 2400.0, "Product page", 900.0,
            "Search", 420.0, "Checkout", 180.0);
    private static final List<String> PAGE_ORDER = List.of("Home page", "Product page", "Search", "Checkout");

    private DemoJobs() {
    }

    /** @param lastNight when the newest job started; the others started one day apart before it */
    static List<JobUpload> all(String projectName, Instant lastNight) {
        List<JobUpload> jobs = new ArrayList<>(NIGHTS);
        for (int night = 0; night < NIGHTS; night++) {
            jobs.add(job(projectName, night, lastNight.minus(Duration.ofDays(NIGHTS - 1L - night))));
        }
        return jobs;
    }

    static UUID uuid(int night) {
        return UUID.nameUUIDFromBytes(("perftracker demo web shop night " + night).getBytes(StandardCharsets.UTF_8));
    }

    private static JobUpload job(String projectName, int night, Instant begin) {
        Random noise = new Random(1000L + night);
        String build = "2.4." + (100 + night);
        List<TestResult> tests = new ArrayList<>();
        for (String page : PAGE_ORDER) {
            for (int c = 0; c < CLIENTS.size(); c++) {
                tests.add(throughput(noise, night, page, c, begin));
            }
        }
        tests.add(latency(noise, night, "Home page p99", 38, 1.0));
        tests.add(latency(noise, night, "Search p99", 140, night >= REGRESSION_NIGHT ? 1.31 : 1.0));
        tests.add(jmh(noise, "JSON serialize", 182_000));
        tests.add(jmh(noise, "Price calculation", 1_450_000));
        Instant end = begin.plus(Duration.ofMinutes(40 + noise.nextInt(5)));
        return new JobUpload(uuid(night), projectName, Optional.of("Nightly web perf"), false, false,
                Optional.of("pt run --suite nightly-web.yaml --url http://app-vm:8080/"), Optional.of("nightly-web"),
                Optional.of("1.3"), Optional.of("ci-bot"), Optional.of("Web shop"), Optional.of(build),
                Optional.of(REGRESSION_TAG),
                Optional.of(Map.of("CI build", "https://ci.example.com/webshop/nightly/" + (5100 + night))),
                Optional.of(begin), Optional.of(end), environment(build), tests);
    }

    private static TestResult throughput(Random noise, int night, String page, int clients, Instant begin) {
        double base = PAGES.get(page) * CLIENT_SCALE[clients];
        if (page.equals("Product page") && night >= IMPROVEMENT_NIGHT) {
            base *= 1.3;
        }
        if (page.equals("Search") && night >= REGRESSION_NIGHT) {
            base *= 0.76;
        }
        String category = CLIENTS.get(clients);
        int concurrency = clients == 0 ? 1 : clients == 1 ? 4 : 16;
        TestResult.Builder test = TestResult.builder(page).group("Throughput").category(category)
                .metrics("requests/s").lessBetter(false).scores(iterations(noise, base, 5, 0.015))
                .loops(2000).durationSec(25 + noise.nextInt(10)).binary("ab")
                .cmdline("ab -n 2000 -c " + concurrency + " -k http://app-vm:8080/"
                        + page.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
                .description(page + " served to " + category + " with keep-alive")
                .attrib("branch", "main").begin(begin);
        if (night == 6 && page.equals("Checkout") && clients == 2) {
            test.status(TestStatus.FAILED).scores(iterations(noise, base * 0.4, 2, 0.2))
                    .addError("apr_socket_recv: Connection reset by peer (104) after 1,211 requests");
        }
        if (night == 15 && page.equals("Search") && clients == 2) {
            test.addError("HTTP 502 from /search: upstream timed out").addError("HTTP 502 from /search")
                    .addWarning("3 of 2000 responses were slower than 2 s");
        }
        return test.build();
    }

    private static TestResult latency(Random noise, int night, String tag, double baseMs, double factor) {
        return TestResult.builder(tag).group("Latency").category("16 clients").metrics("ms").lessBetter(true)
                .scores(iterations(noise, baseMs * factor, 5, 0.03)).loops(2000).binary("ab")
                .description("99th percentile of the response time").attrib("night", Integer.toString(night))
                .build();
    }

    private static TestResult jmh(Random noise, String tag, double opsPerSecond) {
        return TestResult.builder(tag).group("Backend").metrics("ops/s").lessBetter(false)
                .scores(iterations(noise, opsPerSecond, 10, 0.01)).binary("java")
                .cmdline("java -jar benchmarks.jar '" + tag + "' -f 1 -wi 3 -i 10")
                .description("JMH throughput, 10 measurement iterations").build();
    }

    private static double[] iterations(Random noise, double mean, int count, double relativeSpread) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            double v = mean * (1 + relativeSpread * noise.nextGaussian());
            values[i] = Math.round(v * 100) / 100.0;
        }
        return values;
    }

    private static List<EnvNode> environment(String build) {
        EnvNode app = node(build, "webshop", "Service").withVersion(build).withParams("JAVA_OPTS=-Xmx4g");
        EnvNode db = node(build, "postgres", "Database").withVersion("15.6").withParams("shared_buffers=2GB");
        EnvNode vm = node(build, "app-vm", "VM").withVersion("Ubuntu 22.04")
                .withAddress("192.0.2.31", "app-vm.lab.example.com")
                .withHardware(OptionalInt.of(8), "", OptionalInt.of(16 * 1024), OptionalInt.of(100))
                .withChildren(List.of(app, db));
        EnvNode host = node(build, "perf-lab-01", "Host").withVersion("Debian 12")
                .withAddress("192.0.2.21", "perf-lab-01.lab.example.com")
                .withHardware(OptionalInt.of(32), "2S x 8C x 2T", OptionalInt.of(128 * 1024), OptionalInt.of(1024))
                .withMachine(new EnvNode.Machine("PowerEdge R640", "4c4c4544-0050-3510-8052-b7c04f563032",
                        "7PV52R2", "2 x Intel Xeon Silver 4110 @ 2.10GHz", "8 x 16 GB DDR4-2666 RDIMM"))
                .withParams("HT on, turbo off").withChildren(List.of(vm));
        EnvNode loadGenerator = node(build, "load-gen-01", "Host").withVersion("Debian 12")
                .withAddress("192.0.2.22", "load-gen-01.lab.example.com")
                .withHardware(OptionalInt.of(16), "1S x 8C x 2T", OptionalInt.of(32 * 1024), OptionalInt.of(256))
                .withChildren(List.of(node(build, "ab", "Tool").withVersion("2.3")));
        return List.of(host, loadGenerator);
    }

    private static EnvNode node(String build, String name, String type) {
        UUID uuid = UUID.nameUUIDFromBytes(("perftracker demo " + build + " " + name).getBytes(StandardCharsets.UTF_8));
        return new EnvNode(uuid, name, type, "", "", "", "", OptionalInt.empty(), "", OptionalInt.empty(),
                OptionalInt.empty(), EnvNode.Machine.NONE, "", List.of());
    }
}
