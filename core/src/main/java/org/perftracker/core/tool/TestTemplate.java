package org.perftracker.core.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/**
 * The values that every test of one tool run shares: group, category, command line, the run's errors, its
 * request or iteration count and duration. A parser fills it once and takes each metric's test from it.
 *
 * <p>Example: an ab run of 200 requests at concurrency 4 that saw 3 failed requests gives every one of its tests
 * the same key prefix and errors:
 * <pre>{@code
 * TestTemplate run = new TestTemplate("http://127.0.0.1:8080/", "4 clients")
 *     .loops(200).durationSec(0.605).error(3, "3 failed requests");
 * TestResult rps = run.test("Requests per second", "requests/s", false, 330.55);
 * }</pre>
 */
public final class TestTemplate {
    private final String group;
    private final String category;
    private String cmdline = "";
    private Long loops;
    private Double durationSec;
    private TestStatus status = TestStatus.SUCCESS;
    private int errors;
    private final List<String> errorMessages = new ArrayList<>();

    public TestTemplate(String group, String category) {
        this.group = Objects.requireNonNull(group, "group");
        this.category = Objects.requireNonNull(category, "category");
    }

    public TestTemplate cmdline(String value) {
        cmdline = Objects.requireNonNull(value, "cmdline");
        return this;
    }

    /** @param value requests, operations or invocations behind each score */
    public TestTemplate loops(long value) {
        loops = value;
        return this;
    }

    public TestTemplate durationSec(double value) {
        durationSec = value;
        return this;
    }

    public TestTemplate status(TestStatus value) {
        status = Objects.requireNonNull(value, "status");
        return this;
    }

    /** Adds {@code count} errors described by one message, e.g. {@code (12, "12 non-2xx responses")}. */
    public TestTemplate error(int count, String message) {
        errors += Math.max(count, 0);
        errorMessages.add(message);
        return this;
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** @return a builder with this run's shared values and the metric's own */
    public TestResult.Builder builder(String tag, String metrics, boolean lessBetter) {
        TestResult.Builder b = TestResult.builder(tag).group(group).category(category).metrics(metrics)
                .lessBetter(lessBetter).status(status).cmdline(cmdline).errors(errors);
        errorMessages.forEach(b::addError);
        if (loops != null) {
            b.loops(loops);
        }
        if (durationSec != null) {
            b.durationSec(durationSec);
        }
        return b;
    }

    /** @return a test with one score */
    public TestResult test(String tag, String metrics, boolean lessBetter, double score) {
        return builder(tag, metrics, lessBetter).scores(score).build();
    }
}
