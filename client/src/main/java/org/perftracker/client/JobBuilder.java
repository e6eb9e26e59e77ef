package org.perftracker.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.perftracker.core.tool.TestMerger;
import org.perftracker.core.upload.EnvNode;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

/**
 * Collects a job: what ran, on which build, where, and its tests. {@link #build()} gives the
 * {@link JobUpload} to {@linkplain PerfTrackerClient#upload(JobUpload) upload} or to
 * {@linkplain JobFile#write save}.
 *
 * <pre>{@code
 * JobUpload job = JobBuilder.create("Nightly 1.4.0-512")
 *     .project("Web app").product("Web app", "1.4.0-512").suite("nightly", "3").regressionTag("nightly")
 *     .link("Grafana", "https://grafana.example.com/d/web")
 *     .envNode(LocalHost.detect())
 *     .add(TestResult.builder("Requests per second").group("http://app/").category("4 clients")
 *         .metrics("requests/s").scores(1210.5, 1198.2, 1224.9).build())
 *     .build();
 * }</pre>
 *
 * <p>A test added with the key (group, tag, category) of a test already there is the same benchmark run again:
 * its scores are appended to that test's (as {@code perftrackerlib} does). Every test gets a uuid when it has
 * none, so that sending the same job twice updates it rather than adding tests. The job's begin is when the
 * builder was created, its end when it is built, unless set.
 */
public final class JobBuilder {
    /** The project the reference client and server use when none is named. */
    public static final String DEFAULT_PROJECT = "Default project";

    private UUID uuid = UUID.randomUUID();
    private boolean append;
    private String project = DEFAULT_PROJECT;
    private String title;
    private String cmdline;
    private String suiteName;
    private String suiteVer;
    private String productName;
    private String productVer;
    private String regressionTag;
    private final Map<String, String> links = new LinkedHashMap<>();
    private final List<EnvNode> envNodes = new ArrayList<>();
    private Instant begin = Instant.now();
    private Instant end;
    private final TestMerger tests = new TestMerger();

    private JobBuilder(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** @param title the job's title, e.g. {@code "Nightly 1.4.0-512"} */
    public static JobBuilder create(String title) {
        return new JobBuilder(title);
    }

    public JobBuilder title(String value) {
        title = Objects.requireNonNull(value, "title");
        return this;
    }

    /** @param name the project, by name; {@value #DEFAULT_PROJECT} unless set */
    public JobBuilder project(String name) {
        project = Objects.requireNonNull(name, "project");
        return this;
    }

    /**
     * @param name the product measured, e.g. {@code "Web app"}
     * @param version its build, e.g. {@code "1.4.0-512"}
     */
    public JobBuilder product(String name, String version) {
        productName = name;
        productVer = version;
        return this;
    }

    public JobBuilder productVersion(String version) {
        productVer = version;
        return this;
    }

    public JobBuilder suite(String name, String version) {
        suiteName = name;
        suiteVer = version;
        return this;
    }

    /** @param tag the series this job extends for regression tracking, e.g. {@code "nightly"} */
    public JobBuilder regressionTag(String tag) {
        regressionTag = tag;
        return this;
    }

    public JobBuilder link(String name, String url) {
        links.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(url, "url"));
        return this;
    }

    /** @param value the command that produced the job, shown on its page */
    public JobBuilder cmdline(String value) {
        cmdline = value;
        return this;
    }

    /** Adds a top node of the environment tree (a host, with its VMs and services as children). */
    public JobBuilder envNode(EnvNode node) {
        envNodes.add(Objects.requireNonNull(node, "node"));
        return this;
    }

    /** Sets the job's identity; uploading a job with a known uuid replaces that job's tests. */
    public JobBuilder uuid(UUID value) {
        uuid = Objects.requireNonNull(value, "uuid");
        return this;
    }

    /** Adds this job's tests to the job with this uuid, keeping the tests it has. */
    public JobBuilder appendTo(UUID job) {
        uuid = Objects.requireNonNull(job, "job");
        append = true;
        return this;
    }

    public JobBuilder begin(Instant value) {
        begin = Objects.requireNonNull(value, "begin");
        return this;
    }

    public JobBuilder end(Instant value) {
        end = value;
        return this;
    }

    /**
     * Adds a test, or appends its scores to the test of the same key.
     *
     * @throws IllegalArgumentException when a test of the same key has another metric or direction
     */
    public JobBuilder add(TestResult test) {
        TestResult withUuid = test.uuid().isPresent() ? test : test.toBuilder().uuid(UUID.randomUUID()).build();
        tests.add(withUuid).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return this;
    }

    public JobBuilder addAll(Collection<TestResult> more) {
        more.forEach(this::add);
        return this;
    }

    /** @return the tests added so far, same keys joined */
    public List<TestResult> tests() {
        return tests.tests();
    }

    public UUID uuid() {
        return uuid;
    }

    public JobUpload build() {
        return new JobUpload(uuid, project, Optional.of(title), append, false, text(cmdline), text(suiteName),
                text(suiteVer), Optional.empty(), text(productName), text(productVer), text(regressionTag),
                links.isEmpty() ? Optional.empty() : Optional.of(links), Optional.of(begin),
                Optional.of(end == null ? Instant.now() : end), envNodes, tests.tests());
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
