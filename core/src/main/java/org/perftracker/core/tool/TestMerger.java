package org.perftracker.core.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;
import org.perftracker.core.upload.UploadParser.TestKey;

/**
 * Joins tests that have the same key (group, tag, category), as repeated runs of one benchmark produce
 * ({@code go test -count 3}, three ab runs in one output): their scores become the iterations of one test.
 *
 * <p>Example: {@code ("Fib", scores [268.7])} and {@code ("Fib", scores [252.6])} become {@code ("Fib",
 * scores [268.7, 252.6])}. Deviations, errors, error messages, loops and durations add up; a FAILED part makes
 * the whole FAILED. Two tests with the same key but different metrics or direction are not the same benchmark:
 * {@link #add} reports the clash instead of joining them.
 */
public final class TestMerger {
    private final Map<TestKey, TestResult> tests = new LinkedHashMap<>();

    /**
     * @return empty when the test was added or joined; otherwise why it cannot be joined with the test of the
     *     same key that came before
     */
    public Optional<String> add(TestResult test) {
        TestKey key = TestKey.of(test);
        TestResult previous = tests.get(key);
        if (previous == null) {
            tests.put(key, test);
            return Optional.empty();
        }
        if (!previous.metrics().equals(test.metrics()) || previous.lessBetter() != test.lessBetter()) {
            return Optional.of("test '" + test.tag() + "' (group '" + test.group() + "', category '"
                    + test.category() + "') is already reported in '" + previous.metrics() + "'"
                    + (previous.lessBetter() ? ", less is better" : ", bigger is better"));
        }
        tests.put(key, join(previous, test));
        return Optional.empty();
    }

    public List<TestResult> tests() {
        return List.copyOf(tests.values());
    }

    public boolean isEmpty() {
        return tests.isEmpty();
    }

    /** @return the tests with the same keys joined, in the order each key first appears */
    public static List<TestResult> merge(List<TestResult> tests) {
        TestMerger merger = new TestMerger();
        for (TestResult t : tests) {
            merger.add(t).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
        return merger.tests();
    }

    private static TestResult join(TestResult a, TestResult b) {
        TestResult.Builder out = a.toBuilder();
        List<Double> scores = new ArrayList<>(a.scores());
        scores.addAll(b.scores());
        List<Double> deviations = new ArrayList<>(a.deviations());
        deviations.addAll(b.deviations());
        out.scores(scores).deviations(deviations).errors(a.errors() + b.errors());
        b.errorMessages().forEach(out::addError);
        out.warnings(a.warnings() + b.warnings());
        b.warningMessages().forEach(out::addWarning);
        if (a.loops().isPresent() && b.loops().isPresent()) {
            out.loops(a.loops().getAsLong() + b.loops().getAsLong());
        }
        if (a.durationSec().isPresent() && b.durationSec().isPresent()) {
            out.durationSec(a.durationSec().getAsDouble() + b.durationSec().getAsDouble());
        }
        if (b.status() == TestStatus.FAILED) {
            out.status(TestStatus.FAILED);
        }
        return out.build();
    }
}
