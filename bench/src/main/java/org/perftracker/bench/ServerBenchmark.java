package org.perftracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.PerfTrackerServer;
import org.perftracker.server.ServerConfig;

/**
 * End-to-end timings of the server's hot paths, through HTTP on loopback, on SQLite and on PostgreSQL:
 * <ul>
 * <li>the upload of a 10,000-test job (5 scores each);</li>
 * <li>the first page of the jobs list with 100,000 jobs stored (seeded by SQL);</li>
 * <li>the first page of the test list of a 10,000-test job;</li>
 * <li>the web pages: the jobs list with 100,000 jobs stored (first page, sorted by title, a search) and the
 * page of the 10,000-test job, as HTML rendered by the server.</li>
 * </ul>
 * Run: {@code java -cp "bench/target/perftracker-bench.jar:bench/target/lib/*" org.perftracker.bench.ServerBenchmark
 * [--pg jdbc:postgresql://127.0.0.1:5432/postgres]}.
 */
public final class ServerBenchmark {
    private static final int TESTS = 10_000;
    private static final int JOBS = 100_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String pgAdmin = args.length > 1 && args[0].equals("--pg") ? args[1]
                : "jdbc:postgresql://127.0.0.1:5432/postgres";
        ServerBenchmark bench = new ServerBenchmark();
        Path dir = Files.createTempDirectory("perftracker-bench-");
        bench.run("SQLite", ServerConfig.forTests(dir, "", "", ""));
        String db = "pt_bench_" + System.currentTimeMillis();
        admin(pgAdmin, "CREATE DATABASE " + db);
        try {
            bench.run("PostgreSQL", ServerConfig.forTests(dir, pgAdmin.replaceAll("/[^/]*$", "/" + db), "postgres",
                    ""));
        } finally {
            admin(pgAdmin, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    private void run(String name, ServerConfig config) throws Exception {
        System.out.println("== " + name);
        PerfTrackerServer server = PerfTrackerServer.start(config);
        try {
            String base = server.baseUrl();
            // the bodies are built before the clock starts: only the upload through HTTP is timed
            java.util.Iterator<byte[]> bodies = java.util.stream.Stream.generate(ServerBenchmark::bigJob).limit(14)
                    .toList().iterator();
            Timings.measure(name + ": upload a 10,000-test job (5 scores each)", 3, 11, () -> {
                int status = post(base + "/api/v1.0/1/job/", bodies.next());
                if (status != 200) {
                    throw new IllegalStateException("upload answered " + status);
                }
                return status;
            });
            long jobId = firstJobId(base);
            Timings.measure(name + ": test list of a 10,000-test job, first 50", 20, 51,
                    () -> get(base + "/api/v1.0/1/job/" + jobId + "/group/0/test/?start=0&length=50"));
            Timings.measure(name + ": test list of a 10,000-test job, sorted by score", 5, 21,
                    () -> get(base + "/api/v1.0/1/job/" + jobId
                            + "/group/0/test/?start=0&length=50&order%5B0%5D%5Bcolumn%5D=7&order%5B0%5D%5Bdir%5D=desc"));
            String jobs = uploadComparedJobs(http, base);
            Timings.measure(name + ": comparison of 10 jobs x 5,000 tests, whole JSON", 3, 11,
                    () -> get(base + "/api/v1.0/0/comparison/result?jobs=" + jobs));
            Timings.measure(name + ": comparison of 10 jobs x 5,000 tests, regressions only", 3, 11,
                    () -> get(base + "/api/v1.0/0/comparison/result?only=regressions&jobs=" + jobs));
            seedJobs(server);
            Timings.measure(name + ": jobs list, first page of 100,000 jobs", 20, 51,
                    () -> get(base + "/api/v1.0/1/job/?draw=1&start=0&length=50"));
            Timings.measure(name + ": jobs list, all projects, first page", 20, 51,
                    () -> get(base + "/api/v1.0/0/job/?draw=1&start=0&length=50"));
            Timings.measure(name + ": jobs page /1/job/ (HTML), 100,000 jobs", 20, 51,
                    () -> get(base + "/1/job/"));
            Timings.measure(name + ": jobs page /0/job/ (HTML), all projects", 20, 51,
                    () -> get(base + "/0/job/"));
            Timings.measure(name + ": jobs page sorted by title, page 100", 10, 31,
                    () -> get(base + "/1/job/?sort=title&dir=asc&page=100"));
            Timings.measure(name + ": jobs page searched (q=1.0.4242)", 10, 31,
                    () -> get(base + "/1/job/?q=1.0.4242"));
            Timings.measure(name + ": jobs page, 1000 rows", 5, 21,
                    () -> get(base + "/1/job/?size=1000"));
            Timings.measure(name + ": home page", 10, 31, () -> get(base + "/"));
            Timings.measure(name + ": job page (HTML) of a 10,000-test job", 10, 31,
                    () -> get(base + "/1/job/" + jobId));
        } finally {
            server.stop();
        }
    }

    /**
     * Ten builds of a 5,000-test suite, each a little different (from build 5 on, every 50th test is 10% higher);
     * returns their ids as "a,b,…". Also the data of {@link ComparisonPageBrowserBenchmark}.
     */
    static String uploadComparedJobs(HttpClient http, String base) throws Exception {
        java.util.StringJoiner ids = new java.util.StringJoiner(",");
        java.util.Random random = new java.util.Random(42);
        for (int build = 0; build < 10; build++) {
            List<TestResult> tests = new ArrayList<>(5000);
            for (int i = 0; i < 5000; i++) {
                double level = 1000 + i + (build >= 5 && i % 50 == 0 ? 100 : 0);
                double[] scores = new double[5];
                for (int s = 0; s < 5; s++) {
                    scores[s] = level * (1 + 0.01 * random.nextGaussian());
                }
                tests.add(TestResult.builder("test " + (i / 8)).group("group " + (i % 20))
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

    private static byte[] bigJob() {
        List<TestResult> tests = new ArrayList<>(TESTS);
        for (int i = 0; i < TESTS; i++) {
            tests.add(TestResult.builder("test " + i).group("group " + (i % 20)).category((1 << (i % 7)) + " clients")
                    .metrics("requests/s").uuid(UUID.randomUUID()).seqNum(i + 1)
                    .scores(1000 + i, 1001.5 + i, 999.25 + i, 1000.75 + i, 1002 + i).build());
        }
        JobUpload job = JobUpload.of(UUID.randomUUID(), "Default project", "Big job", tests);
        return new UploadWriter(MAPPER).toBytes(job);
    }

    /** Seeds jobs straight into the database: uploading 100,000 jobs through HTTP is not what is measured. */
    private static void seedJobs(PerfTrackerServer server) {
        server.database().writeVoid(h -> {
            PreparedBatch jobs = h.prepareBatch("""
                    INSERT INTO job (project_id, uuid, title, product_name, product_ver, suite_ver, begin_ms, end_ms,
                                     duration_ms, upload_ms, env_names, tests_total, tests_completed)
                    VALUES (1, ?, ?, 'app', ?, '1.0', ?, ?, 600000, ?, 's1', 100, 100)""");
            long t0 = 1_700_000_000_000L;
            for (int i = 0; i < JOBS; i++) {
                jobs.bind(0, UUID.randomUUID().toString()).bind(1, "Nightly " + i).bind(2, "1.0." + i)
                        .bind(3, t0 + i * 60_000L).bind(4, t0 + i * 60_000L + 600_000).bind(5, t0).add();
            }
            jobs.execute();
            h.execute("""
                    INSERT INTO env_node (job_id, position, parent_position, uuid, name, node_type, version, ip,
                                          hostname, params, cpus_topology, links)
                    SELECT id, 0, NULL, uuid, 's1', 'Host', '', '', '', '', '', '' FROM job
                    WHERE id NOT IN (SELECT job_id FROM env_node)""");
            // written with every upload and edit; the jobs inserted above set it in one statement
            h.execute("UPDATE job SET search_text = " + org.perftracker.server.job.JobSearchText.EXPRESSION);
        });
        // the steady state autovacuum keeps a PostgreSQL database in (visibility map set, statistics current)
        server.database().read(h -> h.execute(
                server.database().vendor() == org.perftracker.server.db.Vendor.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE"));
    }

    private long firstJobId(String base) throws Exception {
        String body = get(base + "/api/v1.0/1/job/?length=1");
        return MAPPER.readTree(body).get("data").get(0).get("id").asLong();
    }

    private int post(String url, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static void admin(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private ServerBenchmark() {
        Optional.empty();
    }
}
