package org.perftracker.core.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns the JSON body of a job upload, as {@code perftrackerlib} sends it, into a {@link JobUpload}.
 *
 * <p>The whole body is checked before anything is returned, and every problem is reported at once in an
 * {@link InvalidUploadException}, keyed by the path of the value that has it ({@code "tests[2].status"}).
 * Keys the server does not use ({@code project_id}, {@code pt_server}, {@code replace}, …) are ignored.
 */
public final class UploadParser {
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ObjectMapper mapper;

    public UploadParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws InvalidUploadException when the body is not JSON or not a valid job */
    public JobUpload parse(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw InvalidUploadException.of("body", "is not valid JSON: " + e.getOriginalMessage()
                    + location(e));
        } catch (IOException e) {
            throw InvalidUploadException.of("body", "cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw InvalidUploadException.of("body", "is empty; send a job as a JSON object");
        }
        return parse(root);
    }

    /** @throws InvalidUploadException when the value is not a valid job */
    public JobUpload parse(JsonNode root) {
        if (!root.isObject()) {
            throw InvalidUploadException.of("body", "must be a JSON object, got " + LenientReader.kind(root));
        }
        InvalidUploadException.Collector problems = new InvalidUploadException.Collector();
        LenientReader in = new LenientReader(mapper, problems);

        Optional<UUID> uuid = uuid(in, root.get("uuid"), "uuid");
        if (uuid.isEmpty() && LenientReader.isAbsent(root.get("uuid"))) {
            problems.add("uuid", "is required: the job's identity, e.g. \"" + UUID.randomUUID() + "\"");
        }
        Optional<String> projectName = in.text(root.get("project_name"), "project_name", Limits.NAME)
                .filter(s -> !s.isEmpty());
        if (projectName.isEmpty() && LenientReader.isAbsent(root.get("project_name"))) {
            problems.add("project_name", "is required: the name of the project to upload into");
        }
        Optional<String> title = in.text(root.get("job_title"), "job_title", Limits.TITLE).filter(s -> !s.isEmpty());
        if (title.isEmpty()) {
            title = in.text(root.get("title"), "title", Limits.TITLE).filter(s -> !s.isEmpty());
        }
        Optional<Map<String, String>> links = jobLinks(in, root.get("links"));
        List<EnvNode> envNodes = envNodes(in, root.get("env_nodes"));
        List<TestResult> tests = tests(in, root.get("tests"));

        Optional<String> cmdline = in.text(root.get("cmdline"), "cmdline", Limits.LONG_TEXT);
        Optional<String> suiteName = in.text(root.get("suite_name"), "suite_name", Limits.NAME);
        Optional<String> suiteVer = in.text(root.get("suite_ver"), "suite_ver", Limits.NAME);
        Optional<String> author = in.text(root.get("author"), "author", Limits.NAME);
        Optional<String> productName = in.text(root.get("product_name"), "product_name", Limits.NAME);
        Optional<String> productVer = in.text(root.get("product_ver"), "product_ver", Limits.NAME);
        Optional<String> regressionTag = in.text(root.get("regression_tag"), "regression_tag", Limits.NAME);
        var begin = in.instant(root.get("begin"), "begin");
        var end = in.instant(root.get("end"), "end");
        problems.throwIfAny();
        return new JobUpload(uuid.orElseThrow(), projectName.orElseThrow(), title,
                LenientReader.bool(root.get("append")), LenientReader.bool(root.get("is_edited")),
                cmdline, suiteName, suiteVer, author, productName, productVer, regressionTag, links, begin, end,
                envNodes, tests);
    }

    private static Optional<UUID> uuid(LenientReader in, JsonNode value, String path) {
        Optional<String> text = in.text(value, path, 64);
        if (text.isEmpty() || text.get().isEmpty()) {
            return Optional.empty();
        }
        if (!CANONICAL_UUID.matcher(text.get()).matches()) {
            in.problems().add(path, "'" + LenientReader.abbreviate(text.get())
                    + "' is not a valid UUID, e.g. \"6f1c2a6e-0b7e-11ef-9c3a-0242ac120002\"");
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text.get().toLowerCase(Locale.ROOT)));
    }

    /** Job links: an object, its JSON text, or one plain URL (which names itself). */
    private static Optional<Map<String, String>> jobLinks(LenientReader in, JsonNode value) {
        if (!LenientReader.isAbsent(value) && value.isTextual() && !value.textValue().trim().startsWith("{")) {
            String url = value.textValue().trim();
            if (url.isEmpty()) {
                return Optional.of(Map.of());
            }
            return in.text(value, "links", Limits.URL).map(u -> Map.of(u, u));
        }
        return in.stringMap(value, "links", Limits.URL);
    }

    private List<EnvNode> envNodes(LenientReader in, JsonNode value) {
        Optional<JsonNode> array = in.array(value, "env_nodes");
        if (array.isEmpty()) {
            return List.of();
        }
        int[] budget = {Limits.ENV_NODES};
        List<EnvNode> nodes = new ArrayList<>();
        for (int i = 0; i < array.get().size(); i++) {
            envNode(in, array.get().get(i), "env_nodes[" + i + "]", 1, budget).ifPresent(nodes::add);
        }
        return nodes;
    }

    private Optional<EnvNode> envNode(LenientReader in, JsonNode node, String path, int depth, int[] budget) {
        if (!node.isObject()) {
            in.problems().add(path, "must be an object, got " + LenientReader.kind(node));
            return Optional.empty();
        }
        if (depth > Limits.ENV_DEPTH) {
            in.problems().add(path, "is nested " + depth + " levels deep, at most " + Limits.ENV_DEPTH + " allowed");
            return Optional.empty();
        }
        if (--budget[0] < 0) {
            if (budget[0] == -1) {
                in.problems().add("env_nodes", "has more than " + Limits.ENV_NODES + " nodes");
            }
            return Optional.empty();
        }
        Optional<UUID> uuid = uuid(in, node.get("uuid"), path + ".uuid");
        if (uuid.isEmpty() && LenientReader.isAbsent(node.get("uuid"))) {
            in.problems().add(path + ".uuid", "is required");
        }
        Optional<String> name = in.text(node.get("name"), path + ".name", Limits.NAME).filter(s -> !s.isEmpty());
        if (name.isEmpty() && LenientReader.isAbsent(node.get("name"))) {
            in.problems().add(path + ".name", "is required");
        }
        String links = envLinks(in, node.get("links"), path + ".links");
        List<EnvNode> children = new ArrayList<>();
        Optional<JsonNode> childArray = in.array(node.get("children"), path + ".children");
        if (childArray.isPresent()) {
            for (int i = 0; i < childArray.get().size(); i++) {
                envNode(in, childArray.get().get(i), path + ".children[" + i + "]", depth + 1, budget)
                        .ifPresent(children::add);
            }
        }
        OptionalInt cpus = toInt(in.integer(node.get("cpus"), path + ".cpus", 0, Integer.MAX_VALUE));
        OptionalInt ramMb = toInt(in.integer(node.get("ram_mb"), path + ".ram_mb", 0, Integer.MAX_VALUE));
        if (ramMb.isEmpty()) {
            OptionalLong ramGb = in.integer(node.get("ram_gb"), path + ".ram_gb", 0, Integer.MAX_VALUE / 1024);
            ramMb = ramGb.isPresent() ? OptionalInt.of((int) ramGb.getAsLong() * 1024) : OptionalInt.empty();
        }
        OptionalInt diskGb = toInt(in.integer(node.get("disk_gb"), path + ".disk_gb", 0, Integer.MAX_VALUE));
        String nodeType = in.text(node.get("node_type"), path + ".node_type", Limits.NAME).orElse("");
        String version = in.text(node.get("version"), path + ".version", Limits.NAME).orElse("");
        String ip = in.text(node.get("ip"), path + ".ip", Limits.NAME).orElse("");
        String hostname = in.text(node.get("hostname"), path + ".hostname", Limits.NAME).orElse("");
        String params = in.text(node.get("params"), path + ".params", Limits.LONG_TEXT).orElse("");
        String topology = in.text(node.get("cpus_topology"), path + ".cpus_topology", Limits.NAME).orElse("");
        EnvNode.Machine machine = machine(in, node, path);
        if (uuid.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EnvNode(uuid.get(), name.get(), nodeType, version, ip, hostname, params, cpus,
                topology, ramMb, diskGb, machine, links, children));
    }

    /** The keys of the reference client's {@code ptHost}; {@code ssh_user} and {@code ssh_password} are not kept. */
    private static EnvNode.Machine machine(LenientReader in, JsonNode node, String path) {
        return new EnvNode.Machine(
                in.text(node.get("model"), path + ".model", Limits.NAME).orElse(""),
                in.text(node.get("hw_uuid"), path + ".hw_uuid", Limits.NAME).orElse(""),
                in.text(node.get("serial_num"), path + ".serial_num", Limits.NAME).orElse(""),
                in.text(node.get("cpu_info"), path + ".cpu_info", Limits.LONG_TEXT).orElse(""),
                in.text(node.get("ram_info"), path + ".ram_info", Limits.LONG_TEXT).orElse(""));
    }

    /** Env node links are text in the reference; an object is kept as its JSON text. */
    private static String envLinks(LenientReader in, JsonNode value, String path) {
        if (LenientReader.isAbsent(value)) {
            return "";
        }
        if (value.isObject()) {
            String json = value.toString();
            if (json.length() > Limits.LONG_TEXT) {
                in.problems().add(path, "is " + json.length() + " characters long, at most " + Limits.LONG_TEXT
                        + " allowed");
                return "";
            }
            return json;
        }
        return in.text(value, path, Limits.LONG_TEXT).orElse("");
    }

    private List<TestResult> tests(LenientReader in, JsonNode value) {
        Optional<JsonNode> array = in.array(value, "tests");
        if (array.isEmpty()) {
            return List.of();
        }
        JsonNode items = array.get();
        List<TestResult> tests = new ArrayList<>(items.size());
        Map<TestKey, Integer> seenKeys = new HashMap<>();
        Map<UUID, Integer> seenUuids = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "tests[" + i + "]";
            if (item.isObject() && item.isEmpty()) {
                continue;
            }
            if (!item.isObject()) {
                in.problems().add(path, "must be an object, got " + LenientReader.kind(item));
                continue;
            }
            Optional<TestResult> test = TestParser.parse(in, item, path, this::testUuid);
            if (test.isEmpty()) {
                continue;
            }
            TestResult t = test.get();
            Integer previous = seenKeys.putIfAbsent(TestKey.of(t), i);
            if (previous != null) {
                in.problems().add(path, "has the same group '" + t.group() + "', tag '" + t.tag()
                        + "' and category '" + t.category() + "' as tests[" + previous
                        + "]; a job holds one test per (group, tag, category)");
            }
            if (t.uuid().isPresent()) {
                Integer sameUuid = seenUuids.putIfAbsent(t.uuid().get(), i);
                if (sameUuid != null) {
                    in.problems().add(path + ".uuid", "is also the uuid of tests[" + sameUuid + "]");
                }
            }
            tests.add(t);
        }
        return tests;
    }

    private Optional<UUID> testUuid(LenientReader in, JsonNode value, String path) {
        return uuid(in, value, path);
    }

    private static OptionalInt toInt(OptionalLong value) {
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    private static String location(JsonProcessingException e) {
        if (e.getLocation() == null) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** A test's identity inside its job. */
    public record TestKey(String group, String tag, String category) {
        public static TestKey of(TestResult test) {
            return new TestKey(test.group(), test.tag(), test.category());
        }
    }
}
