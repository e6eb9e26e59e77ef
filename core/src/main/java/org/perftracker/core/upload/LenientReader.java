package org.perftracker.core.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Reads the values of an upload with the reference server's lenient coercions, reporting each value it cannot
 * take to a {@link InvalidUploadException.Collector} under the value's path:
 * <ul>
 * <li>{@code null}, {@code "null"} and {@code "None"} mean "not sent";</li>
 * <li>a number is accepted where text is expected, and numeric text where a number is expected;</li>
 * <li>a boolean is true for {@code true, 1, "True", "true", "Yes", "yes", "y"} and false otherwise;</li>
 * <li>lists and objects may also come as JSON-encoded text.</li>
 * </ul>
 */
final class LenientReader {
    private final ObjectMapper mapper;
    private final InvalidUploadException.Collector problems;

    LenientReader(ObjectMapper mapper, InvalidUploadException.Collector problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    InvalidUploadException.Collector problems() {
        return problems;
    }

    static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isTextual() && (value.textValue().equals("null") || value.textValue().equals("None")));
    }

    Optional<String> text(JsonNode value, String path, int maxLength) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        String text;
        if (value.isTextual()) {
            text = value.textValue();
        } else if (value.isNumber()) {
            text = value.asText();
        } else if (value.isBoolean()) {
            text = value.booleanValue() ? "True" : "False";
        } else {
            problems.add(path, "must be a string, got " + kind(value));
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            problems.add(path, "is " + text.length() + " characters long, at most " + maxLength + " allowed");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    OptionalLong integer(JsonNode value, String path, long min, long max) {
        if (isAbsent(value)) {
            return OptionalLong.empty();
        }
        long result;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            result = value.longValue();
        } else if (value.isFloatingPointNumber() && Double.isFinite(value.doubleValue())
                && Math.abs(value.doubleValue()) < 9.0e18) {
            result = (long) value.doubleValue();
        } else if (value.isBoolean()) {
            result = value.booleanValue() ? 1 : 0;
        } else if (value.isTextual()) {
            try {
                result = Long.parseLong(value.textValue().trim());
            } catch (NumberFormatException e) {
                problems.add(path, "must be an integer, got '" + abbreviate(value.textValue()) + "'");
                return OptionalLong.empty();
            }
        } else {
            problems.add(path, "must be an integer, got " + kind(value));
            return OptionalLong.empty();
        }
        if (result < min || result > max) {
            problems.add(path, "must be between " + min + " and " + max + ", got " + result);
            return OptionalLong.empty();
        }
        return OptionalLong.of(result);
    }

    OptionalDouble number(JsonNode value, String path) {
        if (isAbsent(value)) {
            return OptionalDouble.empty();
        }
        double result;
        if (value.isNumber()) {
            result = value.doubleValue();
        } else if (value.isTextual()) {
            try {
                result = Double.parseDouble(value.textValue().trim());
            } catch (NumberFormatException e) {
                problems.add(path, "must be a number, got '" + abbreviate(value.textValue()) + "'");
                return OptionalDouble.empty();
            }
        } else {
            problems.add(path, "must be a number, got " + kind(value));
            return OptionalDouble.empty();
        }
        if (!Double.isFinite(result)) {
            problems.add(path, "must be a finite number, got " + result);
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(result);
    }

    static boolean bool(JsonNode value) {
        if (isAbsent(value)) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() == 1.0;
        }
        if (value.isTextual()) {
            String t = value.textValue();
            return t.equals("True") || t.equals("true") || t.equals("Yes") || t.equals("yes") || t.equals("y");
        }
        return false;
    }

    Optional<Instant> instant(JsonNode value, String path) {
        Optional<String> text = text(value, path, 64);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Timestamps.parse(text.get()));
        } catch (Timestamps.InvalidTimestampException e) {
            problems.add(path, e.getMessage());
            return Optional.empty();
        }
    }

    /** @return the array at this value, also when it was sent as JSON text */
    Optional<JsonNode> array(JsonNode value, String path) {
        return container(value, path, true);
    }

    /** @return the object at this value, also when it was sent as JSON text */
    Optional<JsonNode> object(JsonNode value, String path) {
        return container(value, path, false);
    }

    private Optional<JsonNode> container(JsonNode value, String path, boolean wantArray) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        JsonNode node = value;
        if (value.isTextual()) {
            String text = value.textValue().trim();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                node = mapper.readTree(text);
            } catch (JsonProcessingException e) {
                problems.add(path, "must be " + (wantArray ? "a list" : "an object")
                        + " or its JSON text, got text that is not JSON");
                return Optional.empty();
            }
        }
        if (wantArray ? node.isArray() : node.isObject()) {
            return Optional.of(node);
        }
        problems.add(path, "must be " + (wantArray ? "a list" : "an object") + ", got " + kind(node));
        return Optional.empty();
    }

    /** A list of numbers; numeric text is accepted for each item. */
    List<Double> numbers(JsonNode value, String path, int maxItems) {
        Optional<JsonNode> array = array(value, path);
        if (array.isEmpty()) {
            return List.of();
        }
        JsonNode items = array.get();
        if (items.size() > maxItems) {
            problems.add(path, "has " + items.size() + " items, at most " + maxItems + " allowed");
            return List.of();
        }
        List<Double> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (isAbsent(item)) {
                problems.add(path + "[" + i + "]", "must be a number, got null");
                continue;
            }
            number(item, path + "[" + i + "]").ifPresent(result::add);
        }
        return result;
    }

    /** An int, or a list of messages whose length is the count (the reference client sends either). */
    Counted counted(JsonNode value, String path) {
        if (isAbsent(value)) {
            return new Counted(0, List.of());
        }
        if (value.isArray() || (value.isTextual() && value.textValue().trim().startsWith("["))) {
            Optional<JsonNode> array = array(value, path);
            if (array.isEmpty()) {
                return new Counted(0, List.of());
            }
            if (array.get().size() > Limits.MESSAGES) {
                problems.add(path, "has " + array.get().size() + " items, at most " + Limits.MESSAGES + " allowed");
                return new Counted(0, List.of());
            }
            List<String> messages = new ArrayList<>();
            for (int i = 0; i < array.get().size(); i++) {
                JsonNode item = array.get().get(i);
                String itemPath = path + "[" + i + "]";
                if (item.isContainerNode()) {
                    messages.add(abbreviate(item.toString(), Limits.MESSAGE));
                } else {
                    text(item, itemPath, Integer.MAX_VALUE).ifPresent(t -> messages.add(abbreviate(t, Limits.MESSAGE)));
                }
            }
            return new Counted(messages.size(), messages);
        }
        OptionalLong count = integer(value, path, 0, Integer.MAX_VALUE);
        return new Counted(count.isPresent() ? (int) count.getAsLong() : 0, List.of());
    }

    record Counted(int count, List<String> messages) {
    }

    /** Name → text pairs; other scalar values become text, nested values their JSON text. */
    Optional<Map<String, String>> stringMap(JsonNode value, String path, int maxValueLength) {
        Optional<JsonNode> object = object(value, path);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        if (object.get().size() > Limits.MAP_ENTRIES) {
            problems.add(path, "has " + object.get().size() + " entries, at most " + Limits.MAP_ENTRIES + " allowed");
            return Optional.empty();
        }
        Map<String, String> result = new LinkedHashMap<>();
        var fields = object.get().fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String key = field.getKey();
            String itemPath = path + "." + key;
            if (key.length() > Limits.NAME) {
                problems.add(path, "has a key " + key.length() + " characters long, at most " + Limits.NAME
                        + " allowed");
                continue;
            }
            JsonNode item = field.getValue();
            if (item.isNull()) {
                result.put(key, "");
            } else if (item.isContainerNode()) {
                String json = item.toString();
                if (json.length() > maxValueLength) {
                    problems.add(itemPath, "is " + json.length() + " characters long, at most " + maxValueLength
                            + " allowed");
                } else {
                    result.put(key, json);
                }
            } else {
                text(item, itemPath, maxValueLength).ifPresent(t -> result.put(key, t));
            }
        }
        return Optional.of(result);
    }

    static String kind(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isTextual()) {
            return "text";
        }
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String abbreviate(String text) {
        return abbreviate(text, 64);
    }

    static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
