package org.perftracker.core.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.perftracker.core.stats.Summary;
import org.perftracker.core.upload.TestStatus;

/**
 * One test of one job, as a comparison reads it: its key, its unit and direction, its outcome, and its scores.
 *
 * <p>Tests match across jobs by exact (group, tag, category). The scores come either raw (one per iteration, when
 * the caller loaded them) or as the summary stored when the test was uploaded; raw scores win when both are given.
 * Example: a home-page throughput test of three iterations,
 * <pre>{@code
 * ComparedTest.builder(501, "Home page").group("Throughput").category("4 clients")
 *     .metrics("pages/s").scores(110.2, 112.9, 111.4).build();
 * }</pre>
 * and the same test read from its stored summary (mean 111.5, sample standard deviation 1.353, 3 scores):
 * {@code .summary(new Summary(3, 111.5, 111.4, 110.2, 112.9, 1.353, 3.36))}. A test that uploads one score per run,
 * each the mean of many samples, may also carry the spread it reported for those samples:
 * {@code .scores(1200).reportedSpread(new ReportedSpread(35, 10))}.
 *
 * @param id the stored test's id, used to link a row to its tests
 * @param metrics the unit of the scores, e.g. {@code "ms"}
 * @param lessBetter true when a smaller score is better (latency), false for throughput
 * @param errors number of errors the test reported; a test with errors is treated as failed
 * @param scores raw scores, one per iteration; empty when not loaded
 * @param summary the stored summary (count = number of scores, stddev with n − 1); used when {@code scores} is empty
 * @param reportedSpread the standard deviation and count of the samples behind the score, as uploaded; tested for
 *     significance only when the test has fewer than two scores of its own
 */
public record ComparedTest(
        long id,
        String group,
        String tag,
        String category,
        String metrics,
        boolean lessBetter,
        TestStatus status,
        int errors,
        int warnings,
        List<Double> scores,
        Summary summary,
        Optional<ReportedSpread> reportedSpread) {

    public ComparedTest {
        group = Objects.requireNonNullElse(group, "");
        tag = Objects.requireNonNullElse(tag, "");
        category = Objects.requireNonNullElse(category, "");
        metrics = Objects.requireNonNullElse(metrics, "");
        status = Objects.requireNonNullElse(status, TestStatus.SUCCESS);
        scores = List.copyOf(Objects.requireNonNullElse(scores, List.of()));
        summary = Objects.requireNonNullElse(summary, Summary.EMPTY);
        reportedSpread = Objects.requireNonNullElse(reportedSpread, Optional.empty());
        if (errors < 0 || warnings < 0) {
            throw new IllegalArgumentException("errors and warnings must not be negative: " + errors + ", " + warnings);
        }
    }

    /** @return true for a test that failed or reported errors: its score is not compared for significance */
    public boolean failed() {
        return status == TestStatus.FAILED || errors > 0;
    }

    public static Builder builder(long id, String tag) {
        return new Builder(id, tag);
    }

    /** Collects the values of a {@link ComparedTest}; all but the id and tag have defaults. */
    public static final class Builder {
        private final long id;
        private final String tag;
        private String group = "";
        private String category = "";
        private String metrics = "";
        private boolean lessBetter;
        private TestStatus status = TestStatus.SUCCESS;
        private int errors;
        private int warnings;
        private List<Double> scores = List.of();
        private Summary summary = Summary.EMPTY;
        private Optional<ReportedSpread> reportedSpread = Optional.empty();

        private Builder(long id, String tag) {
            this.id = id;
            this.tag = tag;
        }

        public Builder group(String value) {
            group = value;
            return this;
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder metrics(String value) {
            metrics = value;
            return this;
        }

        public Builder lessBetter(boolean value) {
            lessBetter = value;
            return this;
        }

        public Builder status(TestStatus value) {
            status = value;
            return this;
        }

        public Builder errors(int value) {
            errors = value;
            return this;
        }

        public Builder warnings(int value) {
            warnings = value;
            return this;
        }

        public Builder scores(double... values) {
            List<Double> list = new ArrayList<>(values.length);
            for (double v : values) {
                list.add(v);
            }
            scores = list;
            return this;
        }

        public Builder scores(List<Double> values) {
            scores = values;
            return this;
        }

        public Builder summary(Summary value) {
            summary = value;
            return this;
        }

        public Builder reportedSpread(ReportedSpread value) {
            reportedSpread = Optional.of(value);
            return this;
        }

        public ComparedTest build() {
            return new ComparedTest(id, group, tag, category, metrics, lessBetter, status, errors, warnings, scores,
                    summary, reportedSpread);
        }
    }
}
