package org.perftracker.core.upload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One measured thing inside a job: a tag (what), a group and a category (which variant), the raw scores of
 * every iteration and how to read them.
 *
 * <p>Tests match across jobs by (group, tag, category): {@code ("Throughput", "Home page", "4 clients")}.
 * A test that ran three iterations at 110.2, 112.9 and 111.4 pages/s:
 * <pre>{@code
 * TestResult.builder("Home page").group("Throughput").category("4 clients")
 *     .metrics("pages/s").scores(110.2, 112.9, 111.4).build();
 * }</pre>
 *
 * @param uuid identity of the test inside its job; absent means "a new test"
 * @param seqNum position in the job; absent means "after the others"
 * @param metrics unit of the scores, e.g. {@code "ms"} or {@code "requests/s"}
 * @param lessBetter true when a smaller score is better (latency), false for throughput
 * @param scores one score per iteration, in {@code metrics}
 * @param deviations optional spread reported per iteration, in {@code metrics}
 * @param samples number of samples behind the scores, when it differs from the number of scores
 * @param errors number of errors; at least {@code errorMessages.size()}
 * @param warnings number of warnings; at least {@code warningMessages.size()}
 * @param durationSec how long the test ran, in seconds
 */
public record TestResult(
        Optional<UUID> uuid,
        OptionalInt seqNum,
        String tag,
        String group,
        String category,
        String metrics,
        boolean lessBetter,
        TestStatus status,
        List<Double> scores,
        List<Double> deviations,
        OptionalInt samples,
        OptionalLong loops,
        int errors,
        List<String> errorMessages,
        int warnings,
        List<String> warningMessages,
        OptionalDouble durationSec,
        Optional<Instant> begin,
        Optional<Instant> end,
        String binary,
        String cmdline,
        String description,
        Map<String, String> links,
        Map<String, String> attribs) {

    /** The unit the reference client assumes when a test names none. */
    public static final String DEFAULT_METRICS = "loops/sec";

    public TestResult {
        uuid = Objects.requireNonNullElse(uuid, Optional.empty());
        seqNum = Objects.requireNonNullElse(seqNum, OptionalInt.empty());
        Objects.requireNonNull(tag, "tag");
        if (tag.isEmpty()) {
            throw new IllegalArgumentException("tag must not be empty");
        }
        group = Objects.requireNonNullElse(group, "");
        category = Objects.requireNonNullElse(category, "");
        metrics = Objects.requireNonNullElse(metrics, DEFAULT_METRICS);
        status = Objects.requireNonNullElse(status, TestStatus.SUCCESS);
        scores = List.copyOf(Objects.requireNonNullElse(scores, List.of()));
        deviations = List.copyOf(Objects.requireNonNullElse(deviations, List.of()));
        samples = Objects.requireNonNullElse(samples, OptionalInt.empty());
        loops = Objects.requireNonNullElse(loops, OptionalLong.empty());
        errorMessages = List.copyOf(Objects.requireNonNullElse(errorMessages, List.of()));
        warningMessages = List.copyOf(Objects.requireNonNullElse(warningMessages, List.of()));
        errors = Math.max(errors, errorMessages.size());
        warnings = Math.max(warnings, warningMessages.size());
        durationSec = Objects.requireNonNullElse(durationSec, OptionalDouble.empty());
        begin = Objects.requireNonNullElse(begin, Optional.empty());
        end = Objects.requireNonNullElse(end, Optional.empty());
        binary = Objects.requireNonNullElse(binary, "");
        cmdline = Objects.requireNonNullElse(cmdline, "");
        description = Objects.requireNonNullElse(description, "");
        links = OrderedMaps.copyOf(links);
        attribs = OrderedMaps.copyOf(attribs);
    }

    public static Builder builder(String tag) {
        return new Builder(tag);
    }

    /** @return a builder holding every value of this test, to change some of them */
    public Builder toBuilder() {
        Builder b = new Builder(tag);
        b.uuid = uuid.orElse(null);
        b.seqNum = seqNum.isPresent() ? seqNum.getAsInt() : null;
        b.group = group;
        b.category = category;
        b.metrics = metrics;
        b.lessBetter = lessBetter;
        b.status = status;
        b.scores = new ArrayList<>(scores);
        b.deviations = new ArrayList<>(deviations);
        b.samples = samples.isPresent() ? samples.getAsInt() : null;
        b.loops = loops.isPresent() ? loops.getAsLong() : null;
        b.errors = errors;
        b.errorMessages = new ArrayList<>(errorMessages);
        b.warnings = warnings;
        b.warningMessages = new ArrayList<>(warningMessages);
        b.durationSec = durationSec.isPresent() ? durationSec.getAsDouble() : null;
        b.begin = begin.orElse(null);
        b.end = end.orElse(null);
        b.binary = binary;
        b.cmdline = cmdline;
        b.description = description;
        b.links = new LinkedHashMap<>(links);
        b.attribs = new LinkedHashMap<>(attribs);
        return b;
    }

    /** Collects the values of a {@link TestResult}; every value but the tag is optional. */
    public static final class Builder {
        private String tag;
        private UUID uuid;
        private Integer seqNum;
        private String group = "";
        private String category = "";
        private String metrics = DEFAULT_METRICS;
        private boolean lessBetter;
        private TestStatus status = TestStatus.SUCCESS;
        private List<Double> scores = new ArrayList<>();
        private List<Double> deviations = new ArrayList<>();
        private Integer samples;
        private Long loops;
        private int errors;
        private List<String> errorMessages = new ArrayList<>();
        private int warnings;
        private List<String> warningMessages = new ArrayList<>();
        private Double durationSec;
        private Instant begin;
        private Instant end;
        private String binary = "";
        private String cmdline = "";
        private String description = "";
        private Map<String, String> links = new LinkedHashMap<>();
        private Map<String, String> attribs = new LinkedHashMap<>();

        private Builder(String tag) {
            this.tag = tag;
        }

        public Builder tag(String value) {
            tag = value;
            return this;
        }

        public Builder uuid(UUID value) {
            uuid = value;
            return this;
        }

        public Builder seqNum(int value) {
            seqNum = value;
            return this;
        }

        public Builder group(String value) {
            group = value;
            return this;
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder metrics(String value) {
            metrics = value;
            return this;
        }

        public Builder lessBetter(boolean value) {
            lessBetter = value;
            return this;
        }

        public Builder status(TestStatus value) {
            status = value;
            return this;
        }

        public Builder scores(double... values) {
            scores = new ArrayList<>(values.length);
            for (double v : values) {
                scores.add(v);
            }
            return this;
        }

        public Builder scores(List<Double> values) {
            scores = new ArrayList<>(values);
            return this;
        }

        public Builder addScore(double value) {
            scores.add(value);
            return this;
        }

        public Builder deviations(List<Double> values) {
            deviations = new ArrayList<>(values);
            return this;
        }

        public Builder addDeviation(double value) {
            deviations.add(value);
            return this;
        }

        public Builder samples(int value) {
            samples = value;
            return this;
        }

        public Builder loops(long value) {
            loops = value;
            return this;
        }

        public Builder errors(int value) {
            errors = value;
            return this;
        }

        public Builder addError(String message) {
            errorMessages.add(message);
            return this;
        }

        public Builder warnings(int value) {
            warnings = value;
            return this;
        }

        public Builder addWarning(String message) {
            warningMessages.add(message);
            return this;
        }

        public Builder durationSec(double value) {
            durationSec = value;
            return this;
        }

        public Builder begin(Instant value) {
            begin = value;
            return this;
        }

        public Builder end(Instant value) {
            end = value;
            return this;
        }

        public Builder binary(String value) {
            binary = value;
            return this;
        }

        public Builder cmdline(String value) {
            cmdline = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder link(String name, String url) {
            links.put(name, url);
            return this;
        }

        public Builder links(Map<String, String> values) {
            links = new LinkedHashMap<>(values);
            return this;
        }

        public Builder attrib(String name, String value) {
            attribs.put(name, value);
            return this;
        }

        public Builder attribs(Map<String, String> values) {
            attribs = new LinkedHashMap<>(values);
            return this;
        }

        public TestResult build() {
            return new TestResult(Optional.ofNullable(uuid),
                    seqNum == null ? OptionalInt.empty() : OptionalInt.of(seqNum),
                    tag, group, category, metrics, lessBetter, status, scores, deviations,
                    samples == null ? OptionalInt.empty() : OptionalInt.of(samples),
                    loops == null ? OptionalLong.empty() : OptionalLong.of(loops),
                    errors, errorMessages, warnings, warningMessages,
                    durationSec == null ? OptionalDouble.empty() : OptionalDouble.of(durationSec),
                    Optional.ofNullable(begin), Optional.ofNullable(end), binary, cmdline, description, links,
                    attribs);
        }
    }
}
