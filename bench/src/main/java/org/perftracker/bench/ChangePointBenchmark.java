package org.perftracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.perftracker.core.changepoint.ChangePointDetector;
import org.perftracker.core.changepoint.Detection;
import org.perftracker.core.changepoint.LabelledSeries;
import org.perftracker.core.changepoint.LabelledSeriesReader;
import org.perftracker.core.changepoint.Score;
import org.perftracker.core.changepoint.Scoring;
import org.perftracker.core.changepoint.SeriesBuilder;
import org.perftracker.core.changepoint.SeriesBuilder.Noise;

/**
 * Times change-point detection over the whole labelled file and reports its quality, the cost of an incremental
 * update, and the false alarms on simulated no-change series. See docs/benchmarks.md.
 *
 * <pre>
 * java -cp "bench/target/perftracker-bench.jar:bench/target/lib/*" org.perftracker.bench.ChangePointBenchmark \
 *     [FILE.json] [--passes 20] [--warmup 5]
 * </pre>
 * Without FILE.json it reads {@code changepoints/series.json} from the perftracker-core test jar.
 */
public final class ChangePointBenchmark {
    private static final String RESOURCE = "/changepoints/series.json";

    private ChangePointBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String file = null;
        int passes = 20;
        int warmup = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> file = args[i];
            }
        }
        List<LabelledSeries> series = read(file);
        ChangePointDetector detector = new ChangePointDetector(ChangePointDetector.Config.defaults());
        System.out.printf(Locale.ROOT, "file: %s: %d series, %,d points%n", file == null ? RESOURCE + " (test jar)"
                : file, series.size(), series.stream().mapToLong(LabelledSeries::length).sum());
        System.out.println("detector: " + detector.config());
        timeWholeFile(series, detector, passes, warmup);
        timeIncrementalUpdate(detector);
        countFalseAlarms(detector);
    }

    private static List<LabelledSeries> read(String file) throws IOException {
        LabelledSeriesReader reader = new LabelledSeriesReader(new ObjectMapper());
        try (InputStream in = file == null ? ChangePointBenchmark.class.getResourceAsStream(RESOURCE)
                : Files.newInputStream(Path.of(file))) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the class path; pass the file's path");
            }
            return reader.read(in);
        }
    }

    private static void timeWholeFile(List<LabelledSeries> series, ChangePointDetector detector, int passes,
            int warmup) {
        List<double[]> values = series.stream().map(LabelledSeries::values).toList();
        List<List<Integer>> detections = new ArrayList<>();
        long cold = System.nanoTime();
        for (double[] v : values) {
            detections.add(detector.detect(v).indexes());
        }
        double coldMillis = (System.nanoTime() - cold) / 1e6;
        for (int i = 0; i < warmup; i++) {
            analyse(values, detector);
        }
        double[] millis = new double[passes];
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            analyse(values, detector);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "whole file, first pass in this JVM (cold): %.1f ms%n", coldMillis);
        System.out.printf(Locale.ROOT, "whole file, %d passes after %d warm-up: median %.1f ms per pass"
                + " (min %.1f, max %.1f)%n", passes, warmup, median(millis), millis[0], millis[passes - 1]);
        printScore(series, Scoring.score(series, detections));
    }

    private static int analyse(List<double[]> values, ChangePointDetector detector) {
        int found = 0;
        for (double[] v : values) {
            found += detector.detect(v).changePoints().size();
        }
        return found;
    }

    private static void printScore(List<LabelledSeries> series, Score s) {
        System.out.printf(Locale.ROOT, "quality: precision %.3f, recall %.3f, F1 %.3f (%d found, %d false positives,"
                + " %d missed); false alarms %.3f per 1,000 points (%d on %,d points of %d no-change series)%n",
                s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                s.falseAlarmsPer1000Points(), s.falseAlarms(), s.noChangePoints(),
                series.stream().filter(x -> x.labelled() && x.labels().isEmpty()).count());
        StringBuilder line = new StringBuilder("recall by snr:");
        for (Score.Bucket b : s.recallBySnr()) {
            line.append(String.format(Locale.ROOT, " %s %.3f (%d/%d);", b.name(), b.recall(), b.found(), b.labels()));
        }
        System.out.println(line.substring(0, line.length() - 1));
    }

    /** The cost of one upload: append one point to a 3,000-point series with four changes and spikes. */
    private static void timeIncrementalUpdate(ChangePointDetector detector) {
        double[] z = SeriesBuilder.seed(7).noise(Noise.OUTLIERS, 0.01).level(100, 700).level(104, 800)
                .level(99, 500).level(120, 600).level(118, 400).build();
        double[] before = Arrays.copyOf(z, z.length - 1);
        Detection previous = detector.detect(before);
        int rounds = 2_000;
        double[] updateMicros = new double[rounds];
        double[] detectMicros = new double[rounds / 10];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            detector.update(previous, z);
            updateMicros[i] = (System.nanoTime() - start) / 1e3;
        }
        for (int i = 0; i < detectMicros.length; i++) {
            long start = System.nanoTime();
            detector.detect(z);
            detectMicros[i] = (System.nanoTime() - start) / 1e3;
        }
        Arrays.sort(updateMicros);
        Arrays.sort(detectMicros);
        System.out.printf(Locale.ROOT, "one point appended to a 3,000-point series: update median %.0f µs,"
                + " detect from scratch median %.0f µs%n", median(updateMicros), median(detectMicros));
    }

    /** False alarms on 400 seeded no-change series of 3,000 points: 4 noise kinds × cv 0.5%, 1%, 2%, 5%. */
    private static void countFalseAlarms(ChangePointDetector detector) {
        double[] cvs = {0.005, 0.01, 0.02, 0.05};
        int[] byNoise = new int[Noise.values().length];
        long points = 0;
        for (int i = 0; i < 400; i++) {
            Noise noise = Noise.values()[i % byNoise.length];
            double[] z = SeriesBuilder.seed(50_000 + i).noise(noise, cvs[i / byNoise.length % cvs.length])
                    .level(10, 3_000).build();
            byNoise[noise.ordinal()] += detector.detect(z).changePoints().size();
            points += z.length;
        }
        int total = Arrays.stream(byNoise).sum();
        StringBuilder kinds = new StringBuilder();
        for (Noise noise : Noise.values()) {
            kinds.append(String.format(Locale.ROOT, "%s %d, ", noise.name().toLowerCase(Locale.ROOT),
                    byNoise[noise.ordinal()]));
        }
        System.out.printf(Locale.ROOT, "simulated no-change series: %d false alarms in %,d points (%.3f per 1,000;"
                + " %s)%n", total, points, 1000.0 * total / points, kinds.substring(0, kinds.length() - 2));
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
