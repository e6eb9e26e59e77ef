package org.perftracker.core.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Small builders of compared jobs: {@code Jobs.job(17, "Nightly perf 1.0").test("Throughput", "Home page",
 * "4 clients", 110, 111, 112).build()}. Test ids are the job id × 1000 + their position from 1.
 */
final class Jobs {
    private Jobs() {
    }

    static Builder job(long id, String title) {
        return new Builder(id, title);
    }

    static final class Builder {
        private final long id;
        private final String title;
        private String productName = "";
        private String productVersion = "";
        private final List<ComparedTest> tests = new ArrayList<>();

        private Builder(long id, String title) {
            this.id = id;
            this.title = title;
        }

        Builder product(String name, String version) {
            productName = name;
            productVersion = version;
            return this;
        }

        /** A higher-is-better "pages/s" test. */
        Builder test(String group, String tag, String category, double... scores) {
            return test(group, tag, category, t -> t.scores(scores));
        }

        /** A test with the defaults of {@link #test(String, String, String, double...)}, changed by {@code how}. */
        Builder test(String group, String tag, String category, UnaryOperator<ComparedTest.Builder> how) {
            ComparedTest.Builder b = ComparedTest.builder(id * 1000 + tests.size() + 1, tag).group(group)
                    .category(category).metrics("pages/s");
            tests.add(how.apply(b).build());
            return this;
        }

        ComparedJob build() {
            return new ComparedJob(id, title, productName, productVersion, tests);
        }
    }

    /** @return the comparison of these jobs with the default options */
    static Comparison compare(Builder... jobs) {
        return compare(ComparisonOptions.DEFAULTS, jobs);
    }

    static Comparison compare(ComparisonOptions options, Builder... jobs) {
        return Comparison.compute("", List.of(jobs).stream().map(Builder::build).toList(), options);
    }

    /** @return every row of the comparison, in order */
    static List<Row> rows(Comparison c) {
        return c.groups().stream().flatMap(g -> g.sections().stream()).flatMap(s -> s.rows().stream()).toList();
    }

    /** @return the only row of the comparison */
    static Row onlyRow(Comparison c) {
        List<Row> rows = rows(c);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size());
        }
        return rows.get(0);
    }

    /** @return the change of job {@code job} against the baseline in the only row */
    static Diff vsBaseline(Comparison c, int job) {
        return onlyRow(c).cells().get(job).diffs().get(0);
    }
}
