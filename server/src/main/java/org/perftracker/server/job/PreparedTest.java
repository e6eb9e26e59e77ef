package org.perftracker.server.job;

import java.util.List;
import org.perftracker.core.stats.Summary;
import org.perftracker.core.upload.TestResult;

/**
 * An uploaded test with everything computed before the write transaction starts: its key, the statistics of
 * its scores, and its JSON columns. Keeping this work out of the transaction keeps write locks short.
 *
 * @param avgDev mean of the reported deviations, or the scores' standard deviation when none were reported
 * @param samples the samples behind the scores: as sent, else the number of scores
 */
record PreparedTest(
        TestResult source,
        String testKey,
        Summary summary,
        String scoresJson,
        String deviationsJson,
        double avgDev,
        double minDev,
        double maxDev,
        int samples,
        double durationSec,
        String errorMessagesJson,
        String warningMessagesJson,
        String linksJson,
        String attribsJson) {

    static PreparedTest of(TestResult t, JsonText json) {
        Summary summary = Summary.of(t.scores());
        double avgDev;
        double minDev;
        double maxDev;
        if (t.deviations().isEmpty()) {
            avgDev = summary.stddev();
            minDev = avgDev;
            maxDev = avgDev;
        } else {
            Summary deviations = Summary.of(t.deviations());
            avgDev = deviations.mean();
            minDev = deviations.min();
            maxDev = deviations.max();
        }
        return new PreparedTest(t, TestKeys.of(t.group(), t.tag(), t.category()), summary,
                JsonText.numbers(t.scores()), JsonText.numbers(t.deviations()), avgDev, minDev, maxDev,
                t.samples().orElse(t.scores().size()), durationSec(t),
                json.strings(t.errorMessages()), json.strings(t.warningMessages()),
                json.map(t.links()), json.map(t.attribs()));
    }

    static List<PreparedTest> all(List<TestResult> tests, JsonText json) {
        return tests.stream().map(t -> of(t, json)).toList();
    }

    /** As sent; else the span between begin and end; else 0. */
    private static double durationSec(TestResult t) {
        if (t.durationSec().isPresent() && t.durationSec().getAsDouble() > 0) {
            return t.durationSec().getAsDouble();
        }
        if (t.begin().isPresent() && t.end().isPresent()) {
            return Math.max(0, t.end().get().toEpochMilli() - t.begin().get().toEpochMilli()) / 1000.0;
        }
        return 0;
    }

    TestOutcome outcome() {
        return new TestOutcome(source.group(), source.tag(), source.category(), source.status(), source.errors(),
                source.warnings());
    }
}
