package org.perftracker.core.tool.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftracker.core.tool.JsonDocument;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.upload.InvalidUploadException;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.UploadParser;

/**
 * Reads the JSON format of the reference uploader ({@code pt-suite-uploader.py -j FILE}): either a list of test
 * objects, or a whole job with a {@code tests} key (as {@code --pt-to-file} writes it), of which only the tests
 * are taken.
 *
 * <p>Each test is read with the same lenient rules as an upload ({@link UploadParser}): {@code score} for one
 * score, numbers as text, {@code "True"} for true, errors as a count or a list of messages. In a list, an
 * object without a {@code tag} is skipped, as the reference does. Example: {@code [{"tag": "login", "score":
 * 1.7, "metrics": "sec", "less_better": true}]} is one test of 1.7 sec, smaller is better. A problem is
 * reported at the line of the value that has it ({@code "pt-json: line 14: tests[2].scores: …"}).
 */
public final class ReferenceJsonParser implements ToolOutputParser {
    static final String NAME = "pt-json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SOME_UUID = "00000000-0000-0000-0000-000000000000";
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("json");
    }

    @Override
    public String description() {
        return "the reference uploader's JSON: a list of tests, or a job with 'tests'";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        JsonDocument doc = JsonDocument.parse(NAME, output.text());
        JsonNode root = doc.root();
        boolean job = root.isObject() && root.has("tests");
        if (!job && !root.isArray()) {
            throw doc.problem("expected a list of tests or a job with 'tests'");
        }
        ArrayNode tests = MAPPER.createArrayNode();
        List<Integer> where = new ArrayList<>();
        JsonNode items = job ? root.get("tests") : root;
        if (!items.isArray()) {
            throw doc.problem("'tests' must be a list of test objects", "tests");
        }
        for (int i = 0; i < items.size(); i++) {
            if (job || items.get(i).has("tag")) {
                tests.add(items.get(i));
                where.add(i);
            }
        }
        if (tests.isEmpty()) {
            throw doc.problem("no tests: " + (job ? "'tests' is empty" : "no object has a 'tag'"));
        }
        ObjectNode upload = MAPPER.createObjectNode().put("uuid", SOME_UUID).put("project_name", "-");
        upload.set("tests", tests);
        List<TestResult> parsed;
        try {
            parsed = new UploadParser(MAPPER).parse(upload).tests();
        } catch (InvalidUploadException e) {
            Map.Entry<String, List<String>> first = e.errors().entrySet().iterator().next();
            Object[] path = path(first.getKey(), where, job);
            String rest = e.getMessage().substring(Math.min(first.getKey().length(), e.getMessage().length()));
            throw doc.problem(display(path) + rest, path);
        }
        if (parsed.isEmpty()) {
            throw doc.problem("no tests: every test object is empty", job ? "tests" : 0);
        }
        return parsed;
    }

    /** @return {@code tests[2].scores}, {@code [2].scores} */
    private static String display(Object[] path) {
        StringBuilder out = new StringBuilder();
        for (Object p : path) {
            if (p instanceof Integer) {
                out.append('[').append(p).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(p);
            }
        }
        return out.toString();
    }

    /** @return the path in the input of an upload field such as {@code tests[1].scores} */
    private static Object[] path(String field, List<Integer> where, boolean job) {
        List<Object> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(field);
        while (m.find()) {
            if (m.group(2) != null) {
                int i = Integer.parseInt(m.group(2));
                out.add(out.size() == 1 && out.get(0).equals("tests") && i < where.size() ? where.get(i) : i);
            } else {
                out.add(m.group(1));
            }
        }
        if (!job && !out.isEmpty() && out.get(0).equals("tests")) {
            out.remove(0);
        }
        return out.toArray();
    }
}
