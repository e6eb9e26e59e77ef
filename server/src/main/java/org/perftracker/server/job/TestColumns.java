package org.perftracker.server.job;

import java.time.Instant;
import java.util.List;
import org.perftracker.core.upload.TestResult;

/** The stored columns of a test after its job and uuid, and one test's values for them, in that order. */
final class TestColumns {
    static final List<String> NAMES = List.of("test_key", "seq_num", "tag", "group_name", "category", "metrics",
            "less_better", "status", "scores", "deviations", "samples", "loops", "errors", "warnings",
            "error_messages", "warning_messages", "duration_sec", "begin_ms", "end_ms", "binary_name", "cmdline",
            "description", "links", "attribs", "score_count", "avg_score", "median_score", "min_score", "max_score",
            "stddev", "ci95", "avg_dev", "min_dev", "max_dev");
    static final int COUNT = NAMES.size();
    private static final int LOOPS = NAMES.indexOf("loops");
    private static final int BEGIN = NAMES.indexOf("begin_ms");
    private static final int END = NAMES.indexOf("end_ms");

    private TestColumns() {
    }

    /** @return whether the column at this index holds text (the nullable ones do not) */
    static boolean isText(int index) {
        return index != LOOPS && index != BEGIN && index != END;
    }

    /** Values as String, Integer, Long, Double, Boolean or null, in the order of {@link #NAMES}. */
    static Object[] values(PreparedTest p, int seqNum) {
        TestResult t = p.source();
        return new Object[] {
            p.testKey(), seqNum, t.tag(), t.group(), t.category(), t.metrics(), t.lessBetter(), t.status().name(),
            p.scoresJson(), p.deviationsJson(), p.samples(),
            t.loops().isPresent() ? Long.valueOf(t.loops().getAsLong()) : null, t.errors(), t.warnings(),
            p.errorMessagesJson(), p.warningMessagesJson(), p.durationSec(),
            t.begin().map(Instant::toEpochMilli).orElse(null), t.end().map(Instant::toEpochMilli).orElse(null),
            t.binary(), t.cmdline(), t.description(), p.linksJson(), p.attribsJson(), p.summary().count(),
            p.summary().mean(), p.summary().median(), p.summary().min(), p.summary().max(), p.summary().stddev(),
            p.summary().ci95(), p.avgDev(), p.minDev(), p.maxDev()
        };
    }
}
