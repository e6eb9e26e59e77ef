package org.perftracker.core.changepoint;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores detected change points against labelled ones, by the rules of {@code data/changepoints/README.md}: a
 * detection matches a label at most {@value #TOLERANCE} indexes away; each label matches at most one detection,
 * and each detection at most one label. True positives, false positives and misses are summed over all labelled
 * series; false alarms are the detections on labelled series whose label list is empty, per 1,000 of their points.
 * Unlabelled series are left out.
 *
 * <p>Matching walks both sorted lists once: a detection more than 3 before the next unmatched label can match no
 * later label and is a false positive; a label more than 3 before the next detection is a miss; otherwise the pair
 * matches. On a line this greedy pairing is a maximum matching. Example: labels {@code [50, 120]} and detections
 * {@code [48, 52, 200]} give one match (48–50), two false positives (52, 200) and one miss (120).
 */
public final class Scoring {
    /** The farthest, in indexes, a detection may be from the label it matches. */
    public static final int TOLERANCE = 3;

    private Scoring() {
    }

    /**
     * @param series the series, labelled or not
     * @param detections the indexes detected in each series, in the same order, each list increasing
     */
    public static Score score(List<LabelledSeries> series, List<List<Integer>> detections) {
        if (series.size() != detections.size()) {
            throw new IllegalArgumentException(series.size() + " series but " + detections.size()
                    + " lists of detections");
        }
        Tally tally = new Tally();
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).labelled()) {
                tally.add(series.get(i), detections.get(i));
            }
        }
        return tally.score();
    }

    /** @return for each label, whether a detection matched it */
    public static boolean[] matchedLabels(List<Integer> labels, List<Integer> detections) {
        boolean[] matched = new boolean[labels.size()];
        int d = 0;
        int l = 0;
        while (d < detections.size() && l < labels.size()) {
            int detection = detections.get(d);
            int label = labels.get(l);
            if (detection < label - TOLERANCE) {
                d++;
            } else if (label < detection - TOLERANCE) {
                l++;
            } else {
                matched[l] = true;
                d++;
                l++;
            }
        }
        return matched;
    }

    /** The running counts over the labelled series. */
    private static final class Tally {
        private static final double[] BOUNDS = {Double.NEGATIVE_INFINITY, 4, 8, Double.POSITIVE_INFINITY};
        private static final String[] NAMES = {"< 4", "4–8", "≥ 8"};

        int truePositives;
        int falsePositives;
        int falseNegatives;
        final int[] found = new int[3];
        final int[] labels = new int[3];
        int falseAlarms;
        long noChangePoints;

        void add(LabelledSeries series, List<Integer> detections) {
            boolean[] matched = matchedLabels(series.changeIndexes(), detections);
            int hits = 0;
            for (int i = 0; i < matched.length; i++) {
                hits += matched[i] ? 1 : 0;
                OptionalDouble snr = series.labels().get(i).snr();
                if (snr.isPresent()) {
                    int b = bucket(snr.getAsDouble());
                    labels[b]++;
                    found[b] += matched[i] ? 1 : 0;
                }
            }
            truePositives += hits;
            falsePositives += detections.size() - hits;
            falseNegatives += matched.length - hits;
            if (matched.length == 0) {
                falseAlarms += detections.size();
                noChangePoints += series.length();
            }
        }

        static int bucket(double snr) {
            int b = 0;
            while (snr >= BOUNDS[b + 1]) {
                b++;
            }
            return b;
        }

        Score score() {
            List<Score.Bucket> buckets = new ArrayList<>();
            for (int b = 0; b < NAMES.length; b++) {
                buckets.add(new Score.Bucket(NAMES[b], BOUNDS[b] == Double.NEGATIVE_INFINITY ? 0 : BOUNDS[b],
                        BOUNDS[b + 1], found[b], labels[b]));
            }
            return new Score(truePositives, falsePositives, falseNegatives, buckets, falseAlarms, noChangePoints);
        }
    }
}
