package org.perftracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.PerfTrackerServer;
import org.perftracker.server.ServerConfig;
import org.perftracker.server.db.Database;
import org.perftracker.server.job.JobUploadService;
import org.perftracker.server.project.ProjectRepository;
import org.perftracker.server.regression.RegressionRepository;
import org.perftracker.server.regression.RegressionTracking;
import org.perftracker.server.regression.notify.Notifications;
import org.perftracker.server.web.Json;

/**
 * What regression tracking costs an upload, and how soon an alert follows the upload that reveals a shift, on
 * SQLite and on PostgreSQL:
 * <ul>
 * <li>the upload of a 50-test job (5 scores each) to a regression, in process: without the analysis listener, with
 * it but no worker (the queue insert alone), and with a worker analysing every upload in the background;</li>
 * <li>through HTTP on loopback: from the POST of the build that settles a +20% step in one test to the alert being
 * listed by the API and to the webhook call arriving, after 20 builds and after 300 builds of history.</li>
 * </ul>
 * Run: {@code java -cp "bench/target/perftracker-bench.jar:bench/target/lib/*"
 * org.perftracker.bench.RegressionBenchmark [--pg jdbc:postgresql://127.0.0.1:5432/postgres]}.
 */
public final class RegressionBenchmark {
    private static final int TESTS = 50;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String pgAdmin = args.length > 1 && args[0].equals("--pg") ? args[1]
                : "jdbc:postgresql://127.0.0.1:5432/postgres";
        RegressionBenchmark bench = new RegressionBenchmark();
        Path dir = Files.createTempDirectory("perftracker-bench-");
        bench.run("SQLite", dir, () -> ServerConfig.forTests(Files.createTempDirectory(dir, "db"), "", "", ""));
        List<String> created = new ArrayList<>();
        try {
            bench.run("PostgreSQL", dir, () -> {
                String db = "pt_bench_" + System.nanoTime();
                admin(pgAdmin, "CREATE DATABASE " + db);
                created.add(db);
                return ServerConfig.forTests(dir, pgAdmin.replaceAll("/[^/]*$", "/" + db), "postgres", "");
            });
        } finally {
            for (String db : created) {
                admin(pgAdmin, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    /** Makes a fresh database's configuration. */
    private interface Fresh {
        ServerConfig config() throws Exception;
    }

    private void run(String name, Path dir, Fresh fresh) throws Exception {
        System.out.println("== " + name);
        uploadLatency(name, fresh);
        timeToAlert(name, fresh.config(), 20, 9);
        timeToAlert(name, fresh.config(), 300, 3);
        checkOfANewBuild(name, fresh.config());
    }

    /**
     * {@code GET …/check/} (what {@code pt check} asks) of the newest of 32 builds of a 10,000-test suite, once the
     * server has analysed them: the job has too few builds after it for an alert, so each of its 10,000 tests is
     * checked against the 30 builds before it (the suspects).
     */
    private void checkOfANewBuild(String name, ServerConfig config) throws Exception {
        PerfTrackerServer server = PerfTrackerServer.start(config);
        try {
            String base = server.baseUrl();
            int builds = 32;
            for (int n = 1; n <= builds; n++) {
                post(base + "/api/v1.0/1/job/", bytes(job("wide", n, 0, 0, 10_000)));
            }
            awaitQueueEmpty(base, "wide", builds);
            String url = base + "/api/v1.0/1/check/?tag=wide&job=" + uuid("wide", builds);
            Timings.measure(name + ": check of build 32 of a 10,000-test suite (its suspects)", 3, 11, () -> {
                JsonNode check = MAPPER.readTree(get(url));
                if (check.get("tests_checked").asInt() != 10_000) {
                    throw new IllegalStateException("checked " + check.get("tests_checked"));
                }
                return check;
            });
        } finally {
            server.stop();
        }
    }

    /** How an upload is followed: not at all, by the queue insert alone, by the queue and a running worker. */
    private enum Listener {
        NONE("without the listener"), QUEUE_ONLY("listener, no worker"), ANALYSING("listener and worker");

        final String words;

        Listener(String words) {
            this.words = words;
        }
    }

    /**
     * Times uploads to three fresh databases side by side, one upload to each in turn, so that the three variants
     * share whatever else the machine is doing.
     */
    private static void uploadLatency(String name, Fresh fresh) throws Exception {
        List<AutoCloseable> open = new ArrayList<>();
        try {
            Map<Listener, JobUploadService> uploads = new EnumMap<>(Listener.class);
            for (Listener listener : Listener.values()) {
                ServerConfig config = fresh.config();
                Database db = Database.open(config.effectiveDbUrl(), config.dbUser(), config.dbPassword(), 8);
                RegressionTracking tracking = new RegressionTracking(db, Clock.systemUTC(), new Json().mapper(),
                        Notifications.defaults(), ServerConfig.DEFAULT_MIN_CHANGE_PERCENT);
                open.add(0, db);
                open.add(0, tracking);
                if (listener == Listener.ANALYSING) {
                    tracking.start();
                } else {
                    tracking.close();
                }
                uploads.put(listener, new JobUploadService(db, Clock.systemUTC(), new ProjectRepository(),
                        new RegressionRepository(), new Json().mapper(),
                        listener == Listener.NONE ? List.of() : List.of(tracking.listener())));
            }
            int warmups = 20;
            int runs = 201;
            Map<Listener, double[]> ms = new EnumMap<>(Listener.class);
            uploads.keySet().forEach(l -> ms.put(l, new double[runs]));
            for (int build = 1; build <= warmups + runs; build++) {
                for (Listener listener : Listener.values()) {
                    long start = System.nanoTime();
                    uploads.get(listener).store(job("lat", build, 0, 0));
                    if (build > warmups) {
                        ms.get(listener)[build - warmups - 1] = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
            for (Listener listener : Listener.values()) {
                double[] v = ms.get(listener);
                System.out.printf(Locale.ROOT, "%s: upload of 50 tests, %-22s median %6.2f ms  p90 %6.2f ms  max %7.2f"
                        + " ms (%d runs)%n", name, listener.words, median(v), percentile(v, 0.9), max(v), runs);
            }
        } finally {
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }

    /**
     * Builds 1..history − 1, test 0 +20% from build history − 6 on: the shift settles (7 builds from it on) with
     * build {@code history}, whose upload is timed.
     */
    private void timeToAlert(String name, ServerConfig config, int history, int runs) throws Exception {
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicLong hookNanos = new AtomicLong();
        hook.createContext("/hook", ex -> {
            hookNanos.compareAndSet(0, System.nanoTime());
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        hook.start();
        PerfTrackerServer server = PerfTrackerServer.start(config);
        try {
            String base = server.baseUrl();
            post(base + "/api/v1.0/1/webhook/", ("{\"url\": \"http://127.0.0.1:" + hook.getAddress().getPort()
                    + "/hook\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            double[] alertMs = new double[runs];
            double[] hookMs = new double[runs];
            for (int r = 0; r < runs; r++) {
                String tag = "alert-" + r;
                int stepAt = history - 6;
                for (int n = 1; n < history; n++) {
                    post(base + "/api/v1.0/1/job/", bytes(job(tag, n, stepAt, 0.2)));
                }
                awaitQueueEmpty(base, tag, history - 1);
                hookNanos.set(0);
                long start = System.nanoTime();
                post(base + "/api/v1.0/1/job/", bytes(job(tag, history, stepAt, 0.2)));
                long deadline = start + 60_000_000_000L;
                while (alerts(base, tag) == 0) {
                    check(deadline, "the alert of " + tag);
                }
                alertMs[r] = (System.nanoTime() - start) / 1e6;
                while (hookNanos.get() == 0) {
                    check(deadline, "the webhook call of " + tag);
                    Thread.sleep(1);
                }
                hookMs[r] = (hookNanos.get() - start) / 1e6;
            }
            System.out.printf(Locale.ROOT, "%s: upload to alert listed, %d builds of %d tests: median %.1f ms"
                    + " (min %.1f, max %.1f); to webhook call: median %.1f ms (%d runs)%n", name, history, TESTS,
                    median(alertMs), min(alertMs), max(alertMs), median(hookMs), runs);
        } finally {
            server.stop();
            hook.stop(0);
        }
    }

    private static void check(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("no " + what + " within 60 s");
        }
    }

    private void awaitQueueEmpty(String base, String tag, int build) throws Exception {
        String uuid = uuid(tag, build).toString();
        while (!MAPPER.readTree(get(base + "/api/v1.0/1/check/?tag=" + tag + "&job=" + uuid)).get("analysed")
                .asBoolean()) {
            Thread.sleep(5);
        }
    }

    private int alerts(String base, String tag) throws Exception {
        JsonNode data = MAPPER.readTree(get(base + "/api/v1.0/1/alert/?length=1000")).get("data");
        int count = 0;
        for (JsonNode a : data) {
            count += a.get("regression").get("tag").asText().equals(tag) ? 1 : 0;
        }
        return count;
    }

    /** Build n of a 50-test suite; test 0 moves by {@code step} from build {@code stepAt} on (never when 0). */
    private static JobUpload job(String tag, int n, int stepAt, double step) {
        return job(tag, n, stepAt, step, TESTS);
    }

    private static JobUpload job(String tag, int n, int stepAt, double step, int count) {
        Random noise = new Random(31L * n + tag.hashCode());
        List<TestResult> tests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double level = (100 + i) * (i == 0 && stepAt > 0 && n >= stepAt ? 1 + step : 1);
            double[] scores = new double[5];
            for (int s = 0; s < scores.length; s++) {
                scores[s] = level * (1 + 0.01 * noise.nextGaussian());
            }
            tests.add(TestResult.builder("test " + i).group("g" + (i % 5)).metrics("ms").lessBetter(true)
                    .uuid(UUID.nameUUIDFromBytes((tag + n + "/" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .scores(scores).build());
        }
        Instant end = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * n);
        JobUpload job = JobUpload.of(uuid(tag, n), "Default project", "Nightly " + n, tests);
        return new JobUpload(job.uuid(), job.projectName(), job.title(), false, false, job.cmdline(),
                job.suiteName(), job.suiteVer(), job.author(), job.productName(),
                java.util.Optional.of("1.0." + n), java.util.Optional.of(tag), job.links(),
                java.util.Optional.of(end.minusSeconds(600)), java.util.Optional.of(end), List.of(), tests);
    }

    private static UUID uuid(String tag, int n) {
        return UUID.nameUUIDFromBytes((tag + "#" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] bytes(JobUpload job) {
        return new UploadWriter(MAPPER).toBytes(job);
    }

    private void post(String url, byte[] body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void admin(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    private RegressionBenchmark() {
    }
}
