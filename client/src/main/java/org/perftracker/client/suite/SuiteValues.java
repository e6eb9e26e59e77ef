package org.perftracker.client.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.perftracker.client.cli.Durations;

/**
 * Typed reading of a suite's YAML values that collects every problem with its file, line and path, so that a
 * user sees them all at once: {@code nightly.yaml:12: tests[0].concurrency: must be a number ≥ 1 or a list of
 * them}.
 */
final class SuiteValues {
    private final String file;
    private final YamlDocument doc;
    private final List<String> problems = new ArrayList<>();

    SuiteValues(String file, YamlDocument doc) {
        this.file = file;
        this.doc = doc;
    }

    void problem(String message, Object... path) {
        problems.add(file + ":" + doc.lineOf(path) + ": " + (path.length == 0 ? "" : name(path) + ": ") + message);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new SuiteFileException(problems);
        }
    }

    /** @return true when the value is a mapping whose keys are all known; reports it otherwise */
    boolean mapping(JsonNode value, Set<String> known, Object... path) {
        if (!value.isObject()) {
            problem("must be a mapping of " + new TreeSet<>(known), path);
            return false;
        }
        value.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problem("unknown key; known keys here: " + String.join(", ", new TreeSet<>(known)), at(path, key));
            }
        });
        return true;
    }

    Optional<String> text(JsonNode parent, String key, Object... path) {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            problem("must be a text", at(path, key));
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    Optional<Integer> number(JsonNode parent, String key, int min, Object... path) {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < min) {
            problem("must be a whole number ≥ " + min + ", got '" + v.asText() + "'", at(path, key));
            return Optional.empty();
        }
        return Optional.of(v.intValue());
    }

    /** @return one number or a list of them, each at least 1 */
    List<Integer> numbers(JsonNode parent, String key, Object... path) {
        List<Integer> out = new ArrayList<>();
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return out;
        }
        for (JsonNode item : v.isArray() ? v : List.of(v)) {
            if (!item.isIntegralNumber() || !item.canConvertToInt() || item.intValue() < 1) {
                problem("must be a whole number ≥ 1 or a list of them, got '" + item.asText() + "'", at(path, key));
                return List.of();
            }
            out.add(item.intValue());
        }
        return out;
    }

    /** @return one text or a list of them */
    List<String> texts(JsonNode parent, String key, Object... path) {
        List<String> out = new ArrayList<>();
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return out;
        }
        for (JsonNode item : v.isArray() ? v : List.of(v)) {
            if (!item.isValueNode() || item.isNull()) {
                problem("must be a text or a list of texts", at(path, key));
                return List.of();
            }
            out.add(item.asText());
        }
        return out;
    }

    Optional<Boolean> bool(JsonNode parent, String key, Object... path) {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            problem("must be true or false, got '" + v.asText() + "'", at(path, key));
            return Optional.empty();
        }
        return Optional.of(v.booleanValue());
    }

    Optional<Duration> duration(JsonNode parent, String key, Object... path) {
        Optional<String> t = text(parent, key, path);
        try {
            return t.map(Durations::parse);
        } catch (IllegalArgumentException e) {
            problem(e.getMessage(), at(path, key));
            return Optional.empty();
        }
    }

    Map<String, String> textMap(JsonNode parent, String key, Object... path) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            problem("must be a mapping of names to texts", at(path, key));
            return out;
        }
        v.properties().forEach(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().asText());
            } else {
                problem("must be a text", at(at(path, key), e.getKey()));
            }
        });
        return out;
    }

    static Object[] at(Object[] path, Object key) {
        Object[] out = Arrays.copyOf(path, path.length + 1);
        out[path.length] = key;
        return out;
    }

    static String name(Object[] path) {
        StringBuilder out = new StringBuilder();
        for (Object p : path) {
            if (p instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(p);
            }
        }
        return out.toString();
    }
}
