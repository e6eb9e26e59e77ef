package org.perftracker.server.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text in columns: lists of numbers or strings and name → value maps. */
final class JsonText {
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    JsonText(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code [110.2,112.9,111.4]}; written by hand because it is on the upload's hot path. */
    static String numbers(List<Double> values) {
        StringBuilder out = new StringBuilder(values.size() * 8 + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            double v = values.get(i);
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                out.append((long) v);
            } else {
                out.append(v);
            }
        }
        return out.append(']').toString();
    }

    static double[] parseNumbers(String json) {
        String body = json.trim();
        if (body.length() <= 2) {
            return new double[0];
        }
        String[] parts = body.substring(1, body.length() - 1).split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].trim());
        }
        return values;
    }

    static List<Double> parseNumberList(String json) {
        double[] values = parseNumbers(json);
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    String strings(List<String> values) {
        return values.isEmpty() ? "[]" : write(values);
    }

    String map(Map<String, String> values) {
        return values.isEmpty() ? "{}" : write(values);
    }

    List<String> parseStrings(String json) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        return read(json, STRING_LIST);
    }

    Map<String, String> parseMap(String json) {
        if (json == null || json.isEmpty() || json.equals("{}")) {
            return Map.of();
        }
        return read(json, STRING_MAP);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always serialise", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON column is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
