package org.perftracker.core.upload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Small builders of uploads for tests: {@code Fixtures.job().test("login", 0.42).build()}.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static JobBuilder job() {
        return new JobBuilder();
    }

    /** Builds a {@link JobUpload}; every value has a sensible default. */
    public static final class JobBuilder {
        private UUID uuid = UUID.randomUUID();
        private String project = "Default project";
        private String title = "Nightly perf";
        private boolean append;
        private String productName;
        private String productVer;
        private String suiteVer;
        private String regressionTag;
        private Instant begin = Instant.parse("2024-05-01T01:00:00Z");
        private Instant end = Instant.parse("2024-05-01T01:42:10Z");
        private Map<String, String> links;
        private final List<EnvNode> envNodes = new ArrayList<>();
        private final List<TestResult> tests = new ArrayList<>();

        public JobBuilder uuid(UUID value) {
            uuid = value;
            return this;
        }

        public JobBuilder project(String value) {
            project = value;
            return this;
        }

        public JobBuilder title(String value) {
            title = value;
            return this;
        }

        public JobBuilder append() {
            append = true;
            return this;
        }

        public JobBuilder product(String name, String version) {
            productName = name;
            productVer = version;
            return this;
        }

        public JobBuilder suiteVer(String value) {
            suiteVer = value;
            return this;
        }

        public JobBuilder regressionTag(String value) {
            regressionTag = value;
            return this;
        }

        public JobBuilder times(Instant newBegin, Instant newEnd) {
            begin = newBegin;
            end = newEnd;
            return this;
        }

        public JobBuilder link(String name, String url) {
            if (links == null) {
                links = new LinkedHashMap<>();
            }
            links.put(name, url);
            return this;
        }

        public JobBuilder env(EnvNode node) {
            envNodes.add(node);
            return this;
        }

        /** A test with these scores in group "g", no category, metric "ms", smaller is better. */
        public JobBuilder test(String tag, double... scores) {
            return test(TestResult.builder(tag).group("g").metrics("ms").lessBetter(true).scores(scores).build());
        }

        public JobBuilder test(TestResult test) {
            tests.add(test);
            return this;
        }

        /** {@code count} tests "t0".."tN" in group "g" with {@code scoresEach} scores each. */
        public JobBuilder manyTests(int count, int scoresEach) {
            for (int i = 0; i < count; i++) {
                double[] scores = new double[scoresEach];
                for (int s = 0; s < scoresEach; s++) {
                    scores[s] = 100 + i % 17 + s * 0.25;
                }
                tests.add(TestResult.builder("t" + i).group("g" + (i % 10)).category((i % 8) + " clients")
                        .metrics("requests/s").scores(scores).uuid(UUID.randomUUID()).build());
            }
            return this;
        }

        public JobUpload build() {
            return new JobUpload(uuid, project, Optional.ofNullable(title), append, false, Optional.empty(),
                    Optional.empty(), Optional.ofNullable(suiteVer), Optional.empty(), Optional.ofNullable(productName),
                    Optional.ofNullable(productVer), Optional.ofNullable(regressionTag), Optional.ofNullable(links),
                    Optional.ofNullable(begin), Optional.ofNullable(end), envNodes, tests);
        }
    }
}
