package org.perftracker.server.job;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.perftracker.server.page.Formats;

/**
 * What the cells of the jobs and tests tables say, in words that carry their meaning without colour:
 * {@code 11 of 12}, {@code 2 errors, FAILED}, {@code ±1.2%}, {@code n/a}.
 */
public final class JobCells {
    private JobCells() {
    }

    /** Tests run: {@code 12}, or {@code 11 of 12} when some did not complete. */
    public static String tests(JobViews.JobRow job) {
        return job.testsCompleted() == job.testsTotal() ? Formats.count(job.testsTotal())
                : Formats.count(job.testsCompleted()) + " of " + Formats.count(job.testsTotal());
    }

    /** The names of the job's top-level environment nodes: {@code s1, s2}. */
    public static String env(JobViews.JobRow job) {
        return job.envNode().stream().map(EnvNodeView.Ref::name).collect(Collectors.joining(", "));
    }

    /** A product and its version: {@code My web app 1.4.0-512}. */
    public static String product(String name, String version) {
        return (name + " " + version).strip();
    }

    /** @return whether the test failed or reported errors: its row is marked */
    public static boolean isBad(TestViews.TestRow test) {
        return test.errors() > 0 || "FAILED".equals(test.status());
    }

    /** The outcome of a test in words: {@code 2 errors, FAILED}, {@code 1 warning}, {@code SKIPPED}, or empty. */
    public static String outcome(TestViews.TestRow test) {
        return outcome(test.status(), test.errors(), test.warnings());
    }

    public static String outcome(String status, int errors, int warnings) {
        List<String> words = new ArrayList<>();
        if (errors > 0) {
            words.add(plural(errors, "error"));
        }
        if (!"SUCCESS".equals(status)) {
            words.add(status);
        }
        if (warnings > 0) {
            words.add(plural(warnings, "warning"));
        }
        return String.join(", ", words);
    }

    /**
     * How noisy a test is: the standard deviation of its iterations relative to their mean (the coefficient of
     * variation), e.g. {@code ±1.2%}; {@code n/a} with a single iteration, which gives no variance information.
     */
    public static String noise(TestViews.TestRow test) {
        return noise(test.scoreCount(), test.stddev(), test.avgScore());
    }

    static String noise(int iterations, double stddev, double mean) {
        if (iterations < 2 || mean == 0) {
            return Formats.NOT_AVAILABLE;
        }
        return Formats.plusMinus(100 * stddev / Math.abs(mean));
    }

    /** @return whether a test's noise cannot be told (grey) */
    public static boolean noiseUnknown(TestViews.TestRow test) {
        return test.scoreCount() < 2 || test.avgScore() == 0;
    }

    /** A test's name: its tag, and its category in braces when it has one: {@code Home page {4 clients}}. */
    public static String testName(String tag, String category) {
        return category == null || category.isEmpty() ? tag : tag + " {" + category + "}";
    }

    /** Which way is better, in words. */
    public static String direction(boolean lessBetter) {
        return lessBetter ? "lower is better" : "higher is better";
    }

    static String plural(long n, String noun) {
        return Formats.count(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
