package org.perftracker.server.job;

import java.util.List;
import java.util.Map;

/** Tests as the API shows them; numbers as numbers, lists as lists, maps as objects. */
public final class TestViews {
    private TestViews() {
    }

    /**
     * A row of a job's test list.
     *
     * @param avgPlusmin the spread relative to the score in whole percent: round(100 × |avg_dev / avg_score|)
     * @param duration seconds
     */
    public record TestRow(long id, int seqNum, String uuid, String group, String tag, String category,
            String metrics, boolean lessBetter, double duration, double avgScore, long avgPlusmin, double stddev,
            int scoreCount, int errors, int warnings, String status) {
    }

    /** One test with its raw scores and everything uploaded with it. */
    public record TestDetails(long id, int seqNum, String uuid, String tag, String binary, String cmdline,
            String group, String description, List<Double> scores, int scoresRejected, List<Double> deviations,
            int deviationsRejected, int samples, String category, String metrics, Map<String, String> links,
            Map<String, String> attribs, boolean lessBetter, int errors, int warnings, List<String> errorMessages,
            List<String> warningMessages, String begin, String end, Long loops, double duration, String status,
            long job, double avgScore, double medianScore, double minScore, double maxScore, double stddev,
            double ci95, double avgDev, double minDev, double maxDev, long avgPlusmin, long minPlusmin,
            long maxPlusmin) {
    }

    /** A page of a job's tests with the counts DataTables shows. */
    public record TestPage(long total, long filtered, List<TestRow> rows) {
    }

    /** A test group as the API shows it. {@code glyphicon} and {@code icon} are kept for old scripts. */
    public record TestGroup(long id, String tag, String title, String glyphicon, String icon) {
    }

    static long plusMinPercent(double deviation, double score) {
        return score == 0 ? 0 : Math.round(100 * Math.abs(deviation / score));
    }
}
