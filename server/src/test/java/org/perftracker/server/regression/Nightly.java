package org.perftracker.server.regression;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

/**
 * Nightly builds of a small suite, for regression tests: "login latency" (ms, smaller is better) and "search
 * throughput" (requests/s, bigger is better), 5 scores each with 1% noise from a seed fixed per build number, whatever the tag, so every run of a test sees
 * the same values. Build n ends
 * n hours after {@link #FIRST} and is version {@code 1.4.0-(500 + n)}.
 */
public final class Nightly {
    public static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

    private Nightly() {
    }

    /** Build n with login latency at {@code loginMs} and search throughput at {@code searchRps}. */
    public static JobUpload build(String tag, int n, double loginMs, double searchRps) {
        return build(tag, n, loginMs, searchRps, FIRST.plus(Duration.ofHours(n)));
    }

    /** As {@link #build(String, int, double, double)}, ending at {@code end}. */
    public static JobUpload build(String tag, int n, double loginMs, double searchRps, Instant end) {
        Random noise = new Random(31L * n); // not from the tag: tests make random tags, and must not make random noise
        return Fixtures.job().uuid(uuid(tag, n))
                .title("Nightly " + n).product("webapp", version(n)).regressionTag(tag)
                .times(end.minus(Duration.ofMinutes(20)), end)
                .test(TestResult.builder("login latency").group("web").metrics("ms").lessBetter(true)
                        .scores(scores(noise, loginMs)).build())
                .test(TestResult.builder("search throughput").group("web").category("8 clients")
                        .metrics("requests/s").lessBetter(false).scores(scores(noise, searchRps)).build())
                .build();
    }

    /** Build n of the usual scenario: login 100 ms, +20% from build {@code stepAt} on; search 500 requests/s. */
    public static JobUpload stepAt(String tag, int n, int stepAt) {
        return build(tag, n, n >= stepAt ? 120 : 100, 500);
    }

    public static String version(int n) {
        return "1.4.0-" + (500 + n);
    }

    public static UUID uuid(String tag, int n) {
        return UUID.nameUUIDFromBytes((tag + "#" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static double[] scores(Random noise, double level) {
        double[] scores = new double[5];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = level * (1 + 0.01 * noise.nextGaussian());
        }
        return scores;
    }
}
