package org.perftracker.core.changepoint;

import java.util.List;

/**
 * How well detections agree with labels over a set of series, as {@link Scoring} counts them.
 *
 * <p>Example: 10 labels, 9 detections of which 8 match a label: precision 8/9 = 0.889, recall 8/10 = 0.800,
 * F1 = 2·0.889·0.800 / (0.889 + 0.800) = 0.842.
 *
 * @param truePositives detections matched to a label
 * @param falsePositives detections matched to no label
 * @param falseNegatives labels matched by no detection
 * @param recallBySnr labels found, by signal-to-noise bucket: {@code < 4}, {@code 4–8}, {@code ≥ 8}
 * @param falseAlarms detections on the series that have no label
 * @param noChangePoints points in the series that have no label
 */
public record Score(int truePositives, int falsePositives, int falseNegatives, List<Bucket> recallBySnr,
        int falseAlarms, long noChangePoints) {
    public Score {
        recallBySnr = List.copyOf(recallBySnr);
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || falseAlarms < 0 || noChangePoints < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** TP / (TP + FP); 1 when nothing was detected. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / (TP + FN); 1 when there is nothing to find. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** 2PR / (P + R); 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** False alarms per 1,000 points of the series with no label; 0 when there are none. */
    public double falseAlarmsPer1000Points() {
        return noChangePoints == 0 ? 0 : 1000.0 * falseAlarms / noChangePoints;
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    /**
     * Recall among the labels whose signal-to-noise ratio lies in [low, high).
     *
     * @param name {@code "< 4"}, {@code "4–8"} or {@code "≥ 8"}
     * @param found labels in the bucket that a detection matched
     * @param labels labels in the bucket
     */
    public record Bucket(String name, double low, double high, int found, int labels) {
        /** found / labels; 1 when the bucket is empty. */
        public double recall() {
            return ratio(found, labels);
        }
    }
}
