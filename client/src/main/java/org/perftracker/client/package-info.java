/**
 * The PerfTracker client library: build a job of tests, upload it, keep it in a file when the server cannot be
 * reached; and the {@code pt} command ({@link org.perftracker.client.Main}) built on it.
 *
 * <pre>{@code
 * JobUpload job = JobBuilder.create("Nightly 1.4.0-512")          // the job's title
 *     .project("Web app")                                          // "Default project" unless set
 *     .product("Web app", "1.4.0-512").suite("nightly", "3").regressionTag("nightly")
 *     .link("Grafana", "https://grafana.example.com/d/web-app")
 *     .envNode(LocalHost.detect())                                 // this machine: OS, CPUs, RAM, JVM
 *     .add(TestResult.builder("Requests per second").group("http://app/").category("4 clients")
 *         .metrics("requests/s").scores(1210.5, 1198.2, 1224.9).build())
 *     .add(TestResult.builder("Latency p99").group("http://app/").category("4 clients")
 *         .metrics("ms").lessBetter(true).scores(12.1, 11.8, 12.6).build())
 *     .build();
 *
 * PerfTrackerClient client = new PerfTrackerClient(
 *     ClientSettings.of("http://perf.example.com:9000").withToken(System.getenv("PT_TOKEN")));
 * try {
 *     System.out.println(client.upload(job).jobUrl());             // http://perf.example.com:9000/2/job/17
 * } catch (ServerUnreachableException e) {                         // after 4 attempts, 1 s, 2 s, 4 s apart
 *     JobFile.write(job, Path.of("nightly.job.json"));             // upload later: client.upload(path), pt upload
 * }
 * }</pre>
 *
 * <p>The model is core's: {@link org.perftracker.core.upload.JobUpload}, {@link
 * org.perftracker.core.upload.TestResult} (with its builder: tag, group, category, metric, direction, scores,
 * deviations, status, errors, warnings, timing, command line, links, attributes) and {@link
 * org.perftracker.core.upload.EnvNode}; the wire format is core's {@link org.perftracker.core.upload.UploadWriter},
 * the one {@code perftrackerlib} speaks. {@link org.perftracker.client.PerfTrackerClient} speaks the server's API
 * with {@code java.net.http}: timeouts, retries with backoff on connection errors and 5xx answers (never on 4xx:
 * {@link org.perftracker.client.RequestRefusedException} names the fields the server refused), and an API token as
 * {@code Authorization: Bearer}. A runnable copy of this example is {@code UploadExample} in the tests.
 *
 * <p>The command's features live in subpackages: {@code run} ({@code pt run}: tool processes, iterations,
 * warm-ups, timeouts), {@code suite} ({@code pt suite run}: YAML suites), {@code imports}, {@code upload} (with
 * the kept jobs), {@code job} ({@code pt job list/show}), {@code env} (the local host) and {@code cli} (options,
 * progress, exit codes shared by the commands).
 */
package org.perftracker.client;
