package org.perftracker.core.changepoint;

import java.util.Arrays;

/**
 * Replaces isolated spikes (a GC pause, a noisy neighbour) by the median of their neighbours, so that neither the
 * divergence search nor the significance test is led by them: a Hampel identifier.
 *
 * <p>The noise scale of the window is estimated from its first differences d<sub>i</sub> = z<sub>i+1</sub> −
 * z<sub>i</sub>, which a level shift disturbs only once and a spike only twice:
 * <pre>
 *   σ̂ = 1.4826 · median|d<sub>i</sub> − median(d)| / √2
 * </pre>
 * (1.4826 makes the MAD consistent for a normal standard deviation; √2 because a difference carries the noise of
 * two points). When more than half of the differences are equal (quantised timings), the MAD is 0 and the mean
 * absolute deviation stands in: σ̂ = 1.2533 · mean|d<sub>i</sub> − median(d)| / √2.
 *
 * <p>A value z<sub>i</sub> whose distance to the median m<sub>i</sub> of its neighbourhood exceeds k·σ̂ is replaced
 * by m<sub>i</sub>. The neighbourhood is the 2r+1 values z[i − r, i + r], moved inward near the window's ends so
 * that it always holds 2r+1 values: a run of spikes at the very start of a window is outvoted like one in its
 * middle. A running median keeps level shifts: a value has more neighbours on its own level than across a step
 * once r+1 values of the new level exist, so a step is never mistaken for spikes when it has at least r+1
 * values after it (fewer than the shortest segment a change needs anyway).
 * Defaults r = 3 and k = 5: under normal noise about 3 values in 100,000 are replaced (simulated), while the spikes
 * of nightly series (tens of σ) always are. Two spikes within r of each other still leave the median on the
 * level, so up to three spikes in seven points are removed.
 *
 * <p>Example, r = 3, k = 5: {@code [10, 11, 10, 30, 11, 10, 11]} has differences {@code [1, −1, 20, −19, −1, 1]},
 * median 0, absolute deviations {@code [1, 1, 20, 19, 1, 1]}, MAD 1, σ̂ = 1.048, limit 5.24; the 30 is 19 above
 * the median 11 of its neighbourhood (here the whole window) and becomes 11; no other value moves.
 */
final class SpikeFilter {
    private static final double MAD_TO_SIGMA = 1.4826;
    private static final double MEAN_DEVIATION_TO_SIGMA = 1.2533;

    private final int radius;
    private final double threshold;

    /**
     * @param radius r, neighbours on each side whose median a value is compared with; 0 turns the filter off
     * @param threshold k, in units of the estimated noise standard deviation σ̂
     */
    SpikeFilter(int radius, double threshold) {
        this.radius = radius;
        this.threshold = threshold;
    }

    /** @return a copy of z[from, to) with its spikes replaced by their neighbourhood medians */
    double[] clean(double[] series, int from, int to) {
        double[] window = Arrays.copyOfRange(series, from, to);
        if (radius == 0 || window.length < 3) {
            return window;
        }
        double limit = threshold * noiseScale(window);
        double[] cleaned = window.clone();
        double[] neighbourhood = new double[2 * radius + 1];
        int size = Math.min(2 * radius + 1, window.length);
        for (int i = 0; i < window.length; i++) {
            int lo = Math.min(Math.max(0, i - radius), window.length - size);
            int hi = lo + size;
            if (mostAreClose(window, lo, hi, window[i], limit)) {
                continue;
            }
            System.arraycopy(window, lo, neighbourhood, 0, hi - lo);
            double median = median(neighbourhood, hi - lo);
            if (Math.abs(window[i] - median) > limit) {
                cleaned[i] = median;
            }
        }
        return cleaned;
    }

    /**
     * A shortcut that skips most medians: when more than half of the neighbourhood lies within the limit of
     * z<sub>i</sub>, fewer than half lie on either side of that interval, so the median lies inside it too and
     * z<sub>i</sub> is no spike.
     */
    private static boolean mostAreClose(double[] window, int lo, int hi, double value, double limit) {
        int close = 0;
        for (int j = lo; j < hi; j++) {
            close += Math.abs(window[j] - value) <= limit ? 1 : 0;
        }
        return 2 * close > hi - lo;
    }

    /** σ̂ from the first differences, as described above. */
    static double noiseScale(double[] window) {
        int n = window.length - 1;
        double[] diffs = new double[n];
        for (int i = 0; i < n; i++) {
            diffs[i] = window[i + 1] - window[i];
        }
        double center = median(diffs.clone(), n);
        double[] deviations = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            deviations[i] = Math.abs(diffs[i] - center);
            sum += deviations[i];
        }
        double mad = median(deviations, n);
        double scale = mad > 0 ? MAD_TO_SIGMA * mad : MEAN_DEVIATION_TO_SIGMA * sum / n;
        return scale / Math.sqrt(2);
    }

    /** The median of values[0, count), by selection in O(count); reorders that range. */
    static double median(double[] values, int count) {
        int mid = count / 2;
        double upper = select(values, count, mid);
        if (count % 2 == 1) {
            return upper;
        }
        double lower = values[0];
        for (int i = 1; i < mid; i++) {
            lower = Math.max(lower, values[i]);
        }
        return (lower + upper) / 2;
    }

    /**
     * The k-th smallest (from 0) of values[0, count), by Hoare's quickselect with a middle pivot; afterwards
     * values[0, k) hold the k smaller ones. Deterministic.
     */
    static double select(double[] values, int count, int k) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            double pivot = values[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return values[k];
    }
}
