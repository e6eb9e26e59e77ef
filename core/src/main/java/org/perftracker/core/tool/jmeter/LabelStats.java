package org.perftracker.core.tool.jmeter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The samples of one JMeter label, added one by one; the statistics of JMeter's Aggregate Report. */
final class LabelStats {
    private final List<Long> elapsedMillis = new ArrayList<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;
    private long bytes;
    private boolean hasBytes;
    private int maxThreads;
    private int failed;

    void add(long timeStamp, long elapsed, boolean success, String failure, Long sampleBytes, Integer threads) {
        elapsedMillis.add(elapsed);
        firstStart = Math.min(firstStart, timeStamp);
        lastEnd = Math.max(lastEnd, timeStamp + elapsed);
        if (sampleBytes != null) {
            bytes += sampleBytes;
            hasBytes = true;
        }
        if (threads != null) {
            maxThreads = Math.max(maxThreads, threads);
        }
        if (!success) {
            failed++;
            failures.merge(failure, 1, Integer::sum);
        }
    }

    int count() {
        return elapsedMillis.size();
    }

    int failed() {
        return failed;
    }

    Map<String, Integer> failures() {
        return failures;
    }

    int maxThreads() {
        return maxThreads;
    }

    /** @return from the first sample's start to the last one's end, in seconds */
    double durationSec() {
        return Math.max(1, lastEnd - firstStart) / 1000.0;
    }

    double requestsPerSecond() {
        return count() / durationSec();
    }

    boolean hasBytes() {
        return hasBytes;
    }

    double kibibytesPerSecond() {
        return bytes / 1024.0 / durationSec();
    }

    double mean() {
        return elapsedMillis.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    /** @return the population standard deviation, as JMeter's "Std. Dev." */
    double stddev() {
        double mean = mean();
        double squares = elapsedMillis.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / count());
    }

    long min() {
        return Collections.min(elapsedMillis);
    }

    long max() {
        return Collections.max(elapsedMillis);
    }

    /**
     * JMeter's percentile: the sorted value at rank round(n × p), the first value below rank 1. For 30
     * samples, p90 is the 27th smallest.
     */
    long percentile(double p) {
        List<Long> sorted = new ArrayList<>(elapsedMillis);
        Collections.sort(sorted);
        long rank = Math.round(sorted.size() * p);
        return sorted.get((int) Math.max(0, Math.min(sorted.size(), rank) - 1));
    }
}
