package org.perftracker.core.changepoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.perftracker.core.stats.TrimmedTTest;

/**
 * The change points inside one window of a series, by E-divisive means with a weak and a strong pass (Fleming
 * et al. 2023).
 *
 * <ol>
 * <li><b>Clean</b>: isolated spikes are replaced by their neighbours' median ({@link SpikeFilter}).
 * <li><b>Weak pass</b>, hierarchical as in Matteson &amp; James: find the split (τ, κ) that maximises Q̂ over the
 * segment ({@link EnergyDivergence}), test z[a, τ) against z[τ, κ), and if the adjusted p is below the weak
 * threshold 10·α keep τ as a candidate and search z[a, τ) and z[τ, b) the same way.
 * <li><b>Strong pass</b>: test every candidate against the segments reaching to its neighbouring candidates;
 * while any fails (adjusted p ≥ α, or |relative change| below the minimum), drop the one with the largest p
 * (ties: the smallest change) and test its neighbours again with their wider segments.
 * </ol>
 *
 * <p><b>The adjusted p.</b> A search over many splits finds an extreme-looking one in pure noise, so every test
 * in a window of L points is charged for all the splits the search chooses among: with K = L − 2m + 1 positions
 * for τ (m the shortest segment), there are M = K(K+1)/2 pairs (τ, κ), and p<sub>adj</sub> = min(1, M·p)
 * (Bonferroni). For L = 100 and m = 6, K = 89 and M = 4,005, so α = 0.001 asks for a raw p below 2.5·10⁻⁷
 * (|t| ≳ 5.6 at 90 degrees of freedom). Under no change a window then reports a false alarm with probability at
 * most about α, whatever the noise, because the bound does not depend on how the splits are correlated.
 *
 * <p>Example, m = 3: in {@code [5, 5, 5, 5, 5, 5, 9, 9, 9, 9, 9, 9]} Q̂ peaks at τ = 6, κ = 12; the two sides
 * have no spread, so p = 0 and the single change at 6 survives both passes with means 5 and 9.
 */
final class WindowSegmenter {
    private final ChangePointDetector.Config config;
    private final SpikeFilter spikes;
    private final EnergyDivergence divergence;

    /** A segmenter for one walk over a series: it reuses its tables from window to window, so it is not shared. */
    WindowSegmenter(ChangePointDetector.Config config) {
        this.config = config;
        this.spikes = new SpikeFilter(config.spikeRadius(), config.spikeThreshold());
        this.divergence = new EnergyDivergence(config.windowSize());
    }

    /** @return the change points in z[from, to) that pass both passes, in increasing index order */
    List<ChangePoint> changePoints(double[] series, int from, int to) {
        double[] cleaned = spikes.clean(series, from, to);
        Window window = new Window(cleaned, divergence.load(cleaned), config);
        List<Integer> candidates = new ArrayList<>();
        window.weakPass(0, window.values.length, candidates);
        candidates.sort(Comparator.naturalOrder());
        return window.strongPass(candidates).stream().map(c -> c.shiftedBy(from)).toList();
    }

    /** Bonferroni factor of a window of this many points: M = K(K+1)/2, K = length − 2m + 1. */
    static double splitsExamined(int length, int minSegment) {
        double positions = Math.max(1, length - 2 * minSegment + 1);
        return positions * (positions + 1) / 2;
    }

    /** One cleaned window with its divergence table. */
    private static final class Window {
        final double[] values;
        final ChangePointDetector.Config config;
        final EnergyDivergence divergence;
        final double splits;

        Window(double[] values, EnergyDivergence divergence, ChangePointDetector.Config config) {
            this.values = values;
            this.config = config;
            this.divergence = divergence;
            this.splits = splitsExamined(values.length, config.minSegment());
        }

        void weakPass(int from, int to, List<Integer> candidates) {
            Optional<EnergyDivergence.Split> best = divergence.bestSplit(from, to, config.minSegment());
            if (best.isEmpty()) {
                return;
            }
            int split = best.get().index();
            if (test(from, split, best.get().end()).pValue() < config.weakPValue()) {
                candidates.add(split);
                weakPass(from, split, candidates);
                weakPass(split, to, candidates);
            }
        }

        List<ChangePoint> strongPass(List<Integer> candidates) {
            List<Integer> kept = new ArrayList<>(candidates);
            while (!kept.isEmpty()) {
                List<ChangePoint> tested = new ArrayList<>(kept.size());
                for (int i = 0; i < kept.size(); i++) {
                    int from = i == 0 ? 0 : kept.get(i - 1);
                    int to = i == kept.size() - 1 ? values.length : kept.get(i + 1);
                    tested.add(test(from, kept.get(i), to));
                }
                int weakest = weakestFailing(tested);
                if (weakest < 0) {
                    return tested;
                }
                kept.remove(weakest);
            }
            return List.of();
        }

        /** @return the position of the failing change point with the largest p (then the smallest change), or −1 */
        int weakestFailing(List<ChangePoint> tested) {
            int weakest = -1;
            for (int i = 0; i < tested.size(); i++) {
                ChangePoint c = tested.get(i);
                if (passes(c)) {
                    continue;
                }
                if (weakest < 0 || isWeaker(c, tested.get(weakest))) {
                    weakest = i;
                }
            }
            return weakest;
        }

        boolean passes(ChangePoint c) {
            return c.pValue() < config.pValue() && Math.abs(c.relativeChange()) >= config.minRelativeChange();
        }

        static boolean isWeaker(ChangePoint a, ChangePoint b) {
            if (a.pValue() != b.pValue()) {
                return a.pValue() > b.pValue();
            }
            return Math.abs(a.relativeChange()) < Math.abs(b.relativeChange());
        }

        /** The trimmed t-test of z[from, split) against z[split, to), its p adjusted for the window's splits. */
        ChangePoint test(int from, int split, int to) {
            double[] before = Arrays.copyOfRange(values, from, split);
            double[] after = Arrays.copyOfRange(values, split, to);
            TrimmedTTest.Result r = TrimmedTTest.of(before, after, config.trim()).orElseThrow();
            double adjusted = Math.min(1, r.p() * splits);
            return ChangePoint.of(split, r.trimmedMean1(), r.trimmedMean2(), adjusted);
        }
    }
}
