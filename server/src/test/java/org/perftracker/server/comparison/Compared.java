package org.perftracker.server.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.perftracker.core.comparison.ComparedJob;
import org.perftracker.core.comparison.ComparedTest;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.ComparisonOptions;

/**
 * Comparisons computed in memory for the page models' tests: {@code Compared.job(17, "Nightly 1.0").test("Latency",
 * "login", "4 clients", 10, 11, 12)}. Tests are "ms", less is better; ids are job id × 1000 + position.
 */
final class Compared {
    private final long id;
    private final String title;
    private final List<ComparedTest> tests = new ArrayList<>();

    private Compared(long id, String title) {
        this.id = id;
        this.title = title;
    }

    static Compared job(long id, String title) {
        return new Compared(id, title);
    }

    Compared test(String group, String tag, String category, double... scores) {
        return test(group, tag, category, t -> t.scores(scores));
    }

    Compared test(String group, String tag, String category, UnaryOperator<ComparedTest.Builder> how) {
        tests.add(how.apply(ComparedTest.builder(id * 1000 + tests.size() + 1, tag).group(group).category(category)
                .metrics("ms").lessBetter(true)).build());
        return this;
    }

    ComparedJob build() {
        return new ComparedJob(id, title, "shop", title.substring(title.lastIndexOf(' ') + 1), tests);
    }

    static Comparison compare(Compared... jobs) {
        return compare(ComparisonOptions.DEFAULTS, jobs);
    }

    static Comparison compare(ComparisonOptions options, Compared... jobs) {
        return Comparison.compute("", List.of(jobs).stream().map(Compared::build).toList(), options);
    }
}
