package org.perftracker.core.changepoint;

import java.util.Arrays;
import java.util.Random;

/**
 * Builds test series with a fixed seed: segments at given levels, with multiplicative noise of a given kind, shaped
 * like the labelled file's ({@code data/changepoints/README.md}). Public for the bench module, which simulates
 * no-change series with it.
 *
 * <pre>
 * double[] z = SeriesBuilder.seed(42).noise(Noise.GAUSS, 0.01).level(100, 200).level(105, 150).build();
 * </pre>
 */
public final class SeriesBuilder {
    public enum Noise {
        /** Normal, standard deviation cv × level. */
        GAUSS,
        /** Laplace with the same standard deviation: heavy tails. */
        LAPLACE,
        /** Normal plus about 2% single-point spikes of +40% to +150%. */
        OUTLIERS,
        /** Normal, with a quarter of the points on a second mode 3 × cv higher. */
        BIMODAL
    }

    private final Random random;
    private Noise noise = Noise.GAUSS;
    private double cv;
    private double[] values = new double[0];

    private SeriesBuilder(long seed) {
        random = new Random(seed);
    }

    public static SeriesBuilder seed(long seed) {
        return new SeriesBuilder(seed);
    }

    public SeriesBuilder noise(Noise kind, double coefficientOfVariation) {
        noise = kind;
        cv = coefficientOfVariation;
        return this;
    }

    /** Appends this many points around this level. */
    public SeriesBuilder level(double level, int points) {
        int start = values.length;
        values = Arrays.copyOf(values, start + points);
        for (int i = start; i < values.length; i++) {
            values[i] = level + level * cv * draw();
        }
        return this;
    }

    public double[] build() {
        return values.clone();
    }

    /** One draw of standardised noise (spikes and the second mode already scaled to the level by the caller). */
    private double draw() {
        return switch (noise) {
            case GAUSS -> random.nextGaussian();
            case LAPLACE -> {
                double u = random.nextDouble() - 0.5;
                yield -Math.signum(u) * Math.log(1 - 2 * Math.abs(u)) / Math.sqrt(2);
            }
            case OUTLIERS -> random.nextGaussian()
                    + (random.nextDouble() < 0.02 ? (0.4 + 1.1 * random.nextDouble()) / cv : 0);
            case BIMODAL -> random.nextGaussian() + (random.nextDouble() < 0.25 ? 3 : 0);
        };
    }
}
