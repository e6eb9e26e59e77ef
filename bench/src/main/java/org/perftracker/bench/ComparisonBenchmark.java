package org.perftracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.perftracker.core.comparison.ChartType;
import org.perftracker.core.comparison.ComparedJob;
import org.perftracker.core.comparison.ComparedTest;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.ComparisonOptions;
import org.perftracker.core.comparison.ComparisonText;
import org.perftracker.core.stats.Summary;

/**
 * Timings of the comparison computation in one thread: 10 jobs of 5,000 tests each (20 groups, 1,000 tags of 5
 * numeric categories, 5 scores per test, about 1% of tests missing from each later job, some shifted by 3–8%), from
 * raw scores and from stored summaries; then writing the result as JSON and as a plain table.
 *
 * <p>Run: {@code java -cp "bench/target/perftracker-bench.jar:bench/target/lib/*"
 * org.perftracker.bench.ComparisonBenchmark}.
 */
public final class ComparisonBenchmark {
    private static final int JOBS = 10;
    private static final int TESTS = 5_000;
    private static final int SCORES = 5;
    private static final int[] CLIENTS = {1, 2, 4, 8, 16};

    private ComparisonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<ComparedJob> raw = jobs(true);
        List<ComparedJob> stored = jobs(false);
        ComparisonOptions options = ComparisonOptions.DEFAULTS;
        String what = JOBS + " jobs x " + String.format("%,d", TESTS) + " tests";
        Timings.measure("compare " + what + ", raw scores", 10, 31, () -> Comparison.compute("", raw, options));
        Timings.measure("compare " + what + ", stored summaries", 10, 31,
                () -> Comparison.compute("", stored, options));
        Timings.measure("compare " + what + ", line charts + trends", 10, 31,
                () -> Comparison.compute("", stored, options.withCharts(ChartType.LINE_TREND)));
        Comparison result = Comparison.compute("", stored, options);
        ObjectMapper mapper = new ObjectMapper();
        byte[] json = mapper.writeValueAsBytes(result);
        Timings.measure("JSON of the result (" + json.length / 1024 + " KiB)", 5, 21,
                () -> mapper.writeValueAsBytes(result));
        Timings.measure("plain text table of the result", 5, 21, () -> ComparisonText.plain(result));
        System.out.println(result.counts());
    }

    /** The same tests in every job, seeded so every run compares the same numbers. */
    private static List<ComparedJob> jobs(boolean rawScores) {
        Random random = new Random(42);
        double[] base = new double[TESTS];
        for (int i = 0; i < TESTS; i++) {
            base[i] = 100 + random.nextDouble() * 10_000;
        }
        List<ComparedJob> jobs = new ArrayList<>(JOBS);
        for (int j = 0; j < JOBS; j++) {
            List<ComparedTest> tests = new ArrayList<>(TESTS);
            for (int i = 0; i < TESTS; i++) {
                if (j > 0 && (i + j) % 97 == 0) {
                    continue;
                }
                double shift = (i * 31 + j) % 50 == 0 ? 1 + (3 + random.nextInt(6)) / 100.0 : 1;
                double[] scores = new double[SCORES];
                for (int s = 0; s < SCORES; s++) {
                    scores[s] = base[i] * shift * (1 + random.nextGaussian() * 0.01);
                }
                ComparedTest.Builder t = ComparedTest.builder((long) j * TESTS + i + 1, "test " + i / CLIENTS.length)
                        .group("group " + i / CLIENTS.length % 20).category(CLIENTS[i % CLIENTS.length] + " clients")
                        .metrics("requests/s");
                tests.add((rawScores ? t.scores(scores) : t.summary(Summary.of(scores))).build());
            }
            jobs.add(new ComparedJob(100 + j, "Nightly perf 1." + j, "webapp", "1." + j, tests));
        }
        return jobs;
    }
}
