package org.perftracker.client.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.perftracker.client.cli.JobFields;
import org.perftracker.core.upload.EnvNode;

/**
 * Reads a suite file (YAML, described in {@code docs/suites.md}) into a {@link Suite}, checking all of it first:
 * every problem is reported at once, each with its line.
 */
public final class SuiteReader {
    private static final Set<String> TOP = Set.of("job", "defaults", "environment", "tests");
    private static final Set<String> JOB = Set.of("project", "title", "product", "build", "suite",
            "suite_version", "tag", "links");
    private static final Set<String> DEFAULTS = Set.of("iterations", "warmup", "timeout");
    private static final Set<String> ENVIRONMENT = Set.of("local_host", "nodes");
    private static final Set<String> NODE = Set.of("name", "type", "version", "ip", "hostname", "params", "cpus",
            "cpus_topology", "ram_mb", "ram_gb", "disk_gb", "children");

    private SuiteReader() {
    }

    /** @throws SuiteFileException when the file cannot be read or is not a valid suite */
    public static Suite read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SuiteFileException(file + ": no such file");
        } catch (IOException e) {
            throw new SuiteFileException(file + ": cannot be read: " + e.getMessage());
        }
        return parse(file, text);
    }

    static Suite parse(Path file, String text) {
        YamlDocument doc = YamlDocument.parse(file.toString(), text);
        SuiteValues in = new SuiteValues(file.toString(), doc);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            in.problem("a suite is a mapping with 'tests' (and optionally 'job', 'defaults', 'environment')");
            in.throwIfAny();
        }
        in.mapping(root, TOP);
        JobFields job = job(in, root.path("job"));
        RunSettings defaults = settings(in, root.path("defaults"), true, "defaults");
        JsonNode env = root.path("environment");
        boolean localHost = true;
        List<EnvNode> nodes = new ArrayList<>();
        if (!env.isMissingNode() && in.mapping(env, ENVIRONMENT, "environment")) {
            localHost = in.bool(env, "local_host", "environment").orElse(true);
            nodes = nodes(in, env.path("nodes"), "environment", "nodes");
        }
        List<SuiteTest> tests = tests(in, root.path("tests"));
        in.throwIfAny();
        return new Suite(file, job, defaults, localHost, nodes, tests);
    }

    private static JobFields job(SuiteValues in, JsonNode job) {
        if (job.isMissingNode() || !in.mapping(job, JOB, "job")) {
            return JobFields.none();
        }
        return new JobFields(in.text(job, "project", "job"), in.text(job, "title", "job"),
                in.text(job, "product", "job"), in.text(job, "build", "job"), in.text(job, "suite", "job"),
                in.text(job, "suite_version", "job"), in.text(job, "tag", "job"), in.textMap(job, "links", "job"));
    }

    static RunSettings settings(SuiteValues in, JsonNode node, boolean alone, Object... path) {
        if (node.isMissingNode() || alone && !in.mapping(node, DEFAULTS, path)) {
            return RunSettings.none();
        }
        return new RunSettings(in.number(node, "iterations", 1, path), in.number(node, "warmup", 0, path),
                in.duration(node, "timeout", path));
    }

    private static List<SuiteTest> tests(SuiteValues in, JsonNode tests) {
        if (tests.isMissingNode() || !tests.isArray() || tests.isEmpty()) {
            in.problem("'tests' must be a list of at least one test", tests.isMissingNode() ? new Object[0]
                    : new Object[] {"tests"});
            return List.of();
        }
        List<SuiteTest> out = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            TestReader.read(in, tests.get(i), "tests", i).ifPresent(out::add);
        }
        return out;
    }

    private static List<EnvNode> nodes(SuiteValues in, JsonNode list, Object... path) {
        List<EnvNode> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            in.problem("must be a list of nodes", path);
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            node(in, list.get(i), SuiteValues.at(path, i)).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<EnvNode> node(SuiteValues in, JsonNode node, Object[] path) {
        if (!in.mapping(node, NODE, path)) {
            return Optional.empty();
        }
        Optional<String> name = in.text(node, "name", path);
        if (name.isEmpty()) {
            in.problem("a node needs a name", path);
            return Optional.empty();
        }
        OptionalInt ramMb = optional(in.number(node, "ram_mb", 0, path));
        if (ramMb.isEmpty()) {
            ramMb = optional(in.number(node, "ram_gb", 0, path).map(gb -> gb * 1024));
        }
        return Optional.of(new EnvNode(UUID.randomUUID(), name.get(), in.text(node, "type", path).orElse(""),
                in.text(node, "version", path).orElse(""), in.text(node, "ip", path).orElse(""),
                in.text(node, "hostname", path).orElse(""), in.text(node, "params", path).orElse(""),
                optional(in.number(node, "cpus", 1, path)), in.text(node, "cpus_topology", path).orElse(""), ramMb,
                optional(in.number(node, "disk_gb", 0, path)), EnvNode.Machine.NONE, "",
                nodes(in, node.path("children"), SuiteValues.at(path, "children"))));
    }

    private static OptionalInt optional(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
