package org.perftracker.core.tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.perftracker.core.upload.TestResult;

/** Reads the captured tool outputs under {@code src/test/resources/tool/} and finds tests in parse results. */
public final class ToolFixtures {
    private ToolFixtures() {
    }

    /** @param path relative to {@code tool/}, e.g. {@code "ab/local-javalin-n200-c4-k.txt"} */
    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String path) {
        try (InputStream in = ToolFixtures.class.getResourceAsStream("/tool/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture tool/" + path + " in src/test/resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ToolOutput output(String path) {
        return ToolOutput.of(text(path));
    }

    /** @return the one test with this tag (and group and category, when given) */
    public static TestResult test(List<TestResult> tests, String tag) {
        List<TestResult> found = tests.stream().filter(t -> t.tag().equals(tag)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " tests with tag '" + tag + "' in " + tags(tests));
        }
        return found.get(0);
    }

    public static TestResult test(List<TestResult> tests, String group, String tag, String category) {
        List<TestResult> found = tests.stream().filter(t -> t.tag().equals(tag) && t.group().equals(group)
                && t.category().equals(category)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " tests (" + group + ", " + tag + ", " + category + ") in "
                    + tests.stream().map(t -> "(" + t.group() + ", " + t.tag() + ", " + t.category() + ")")
                    .toList());
        }
        return found.get(0);
    }

    public static List<String> tags(List<TestResult> tests) {
        return tests.stream().map(TestResult::tag).toList();
    }
}
