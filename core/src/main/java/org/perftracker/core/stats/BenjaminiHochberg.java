package org.perftracker.core.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini–Hochberg adjustment of p-values, which controls the false discovery rate when many tests are judged
 * at once: calling "significant" every test whose adjusted p is below q keeps the expected share of false
 * alarms among them at or below q (Benjamini &amp; Hochberg 1995).
 *
 * <p>With the m p-values sorted ascending, p<sub>(1)</sub> ≤ … ≤ p<sub>(m)</sub>, the adjusted value of the
 * i-th is min over k ≥ i of (m / k · p<sub>(k)</sub>), capped at 1.
 *
 * <p>Example: p = {@code [0.01, 0.04, 0.03, 0.20]} (m = 4) → sorted 0.01, 0.03, 0.04, 0.20 → 4 × 0.01 / 1 = 0.04,
 * 4 × 0.03 / 2 = 0.06, 4 × 0.04 / 3 = 0.0533, 4 × 0.20 / 4 = 0.20 → running minimum from the end gives
 * {@code [0.04, 0.0533, 0.0533, 0.20]} in the input order. At q = 0.05 only the first is a discovery, where
 * unadjusted p &lt; 0.05 would have called three.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /**
     * @param p p-values in [0, 1], none NaN
     * @return the adjusted p-values, in the order of {@code p}
     */
    public static double[] adjust(double[] p) {
        int m = p.length;
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("p-values must be in [0, 1], got " + v);
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            adjusted[i] = running;
        }
        return adjusted;
    }
}
