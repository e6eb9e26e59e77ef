package org.perftracker.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Repeats an action and reports the median and spread of its wall time. */
final class Timings {
    private Timings() {
    }

    /** Median, min and max of some runs, in milliseconds. */
    record Result(String name, int runs, double medianMs, double minMs, double maxMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-48s median %8.2f ms  (min %.2f, max %.2f, %d runs)", name, medianMs,
                    minMs, maxMs, runs);
        }
    }

    static Result measure(String name, int warmups, int runs, Callable<?> action) throws Exception {
        for (int i = 0; i < warmups; i++) {
            action.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        Result result = new Result(name, runs, median, ms[0], ms[runs - 1]);
        System.out.println(result);
        return result;
    }
}
