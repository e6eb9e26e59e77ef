package org.perftracker.core.upload;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/** Reads one test object of an upload; see {@link UploadParser}. */
final class TestParser {
    interface UuidReader {
        Optional<UUID> read(LenientReader in, JsonNode value, String path);
    }

    private TestParser() {
    }

    static Optional<TestResult> parse(LenientReader in, JsonNode item, String path, UuidReader uuids) {
        InvalidUploadException.Collector problems = in.problems();
        int problemsBefore = problems.count();
        Optional<UUID> uuid = uuids.read(in, item.get("uuid"), path + ".uuid");
        Optional<String> tag = in.text(item.get("tag"), path + ".tag", Limits.TAG);
        if (tag.isEmpty() || tag.get().isEmpty()) {
            if (LenientReader.isAbsent(item.get("tag")) || tag.isPresent()) {
                problems.add(path + ".tag", "is required: the name of the test");
            }
        }
        TestStatus status = status(in, item.get("status"), path + ".status");
        List<Double> scores = in.numbers(item.get("scores"), path + ".scores", Limits.SCORES);
        if (scores.isEmpty()) {
            OptionalDouble score = in.number(item.get("score"), path + ".score");
            if (score.isPresent()) {
                scores = List.of(score.getAsDouble());
            }
        }
        if (scores.isEmpty() && status == TestStatus.SUCCESS && LenientReader.isAbsent(item.get("score"))
                && noProblemAt(item.get("scores"))) {
            problems.add(path + ".scores", "is required for a test with status SUCCESS: a list of numbers,"
                    + " one per iteration (or 'score' for one number)");
        }
        List<Double> deviations = in.numbers(item.get("deviations"), path + ".deviations", Limits.SCORES);
        if (deviations.isEmpty()) {
            OptionalDouble deviation = in.number(item.get("deviation"), path + ".deviation");
            if (deviation.isPresent()) {
                deviations = List.of(deviation.getAsDouble());
            }
        }
        OptionalLong seqNum = in.integer(item.get("seq_num"), path + ".seq_num", 0, Integer.MAX_VALUE);
        OptionalLong samples = in.integer(item.get("samples"), path + ".samples", 0, Integer.MAX_VALUE);
        OptionalLong loops = in.integer(item.get("loops"), path + ".loops", 0, Long.MAX_VALUE);
        OptionalDouble duration = in.number(item.get("duration_sec"), path + ".duration_sec");
        if (duration.isPresent() && duration.getAsDouble() < 0) {
            problems.add(path + ".duration_sec", "must not be negative, got " + duration.getAsDouble());
            duration = OptionalDouble.empty();
        }
        LenientReader.Counted errors = in.counted(item.get("errors"), path + ".errors");
        LenientReader.Counted warnings = in.counted(item.get("warnings"), path + ".warnings");
        var begin = in.instant(item.get("begin"), path + ".begin");
        var end = in.instant(item.get("end"), path + ".end");
        String group = in.text(item.get("group"), path + ".group", Limits.NAME).orElse("");
        String category = in.text(item.get("category"), path + ".category", Limits.NAME).orElse("");
        String metrics = in.text(item.get("metrics"), path + ".metrics", Limits.METRICS)
                .filter(s -> !s.isEmpty()).orElse(TestResult.DEFAULT_METRICS);
        String binary = in.text(item.get("binary"), path + ".binary", Limits.NAME).orElse("");
        String cmdline = in.text(item.get("cmdline"), path + ".cmdline", Limits.LONG_TEXT).orElse("");
        String description = in.text(item.get("description"), path + ".description", Limits.LONG_TEXT).orElse("");
        var links = in.stringMap(item.get("links"), path + ".links", Limits.URL);
        var attribs = in.stringMap(item.get("attribs"), path + ".attribs", Limits.URL);
        if (problems.count() > problemsBefore || tag.isEmpty() || tag.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TestResult(uuid,
                seqNum.isPresent() ? OptionalInt.of((int) seqNum.getAsLong()) : OptionalInt.empty(),
                tag.get(), group, category, metrics, LenientReader.bool(item.get("less_better")), status,
                scores, deviations,
                samples.isPresent() ? OptionalInt.of((int) samples.getAsLong()) : OptionalInt.empty(),
                loops, errors.count(), errors.messages(), warnings.count(), warnings.messages(), duration,
                begin, end, binary, cmdline, description, links.orElse(null), attribs.orElse(null)));
    }

    private static boolean noProblemAt(JsonNode scores) {
        return LenientReader.isAbsent(scores) || (scores.isArray() && scores.isEmpty())
                || (scores.isTextual() && scores.textValue().trim().replace(" ", "").equals("[]"))
                || (scores.isTextual() && scores.textValue().isBlank());
    }

    private static TestStatus status(LenientReader in, JsonNode value, String path) {
        Optional<String> text = in.text(value, path, 32);
        if (text.isEmpty() || text.get().isEmpty()) {
            return TestStatus.SUCCESS;
        }
        try {
            return TestStatus.valueOf(text.get().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            in.problems().add(path, "'" + LenientReader.abbreviate(text.get()) + "' is not a status; use one of "
                    + Arrays.toString(TestStatus.values()));
            return TestStatus.SUCCESS;
        }
    }
}
