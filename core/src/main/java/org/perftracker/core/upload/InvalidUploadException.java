package org.perftracker.core.upload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An upload that cannot be stored, with every problem found, keyed by the field that has it
 * ({@code "tests[3].scores"}).
 */
public final class InvalidUploadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<String>> errors;

    public InvalidUploadException(String message, Map<String, List<String>> errors) {
        super(message);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.errors = Collections.unmodifiableMap(copy);
    }

    /** One problem with one field. */
    public static InvalidUploadException of(String field, String message) {
        return new InvalidUploadException(field + ": " + message, Map.of(field, List.of(message)));
    }

    /** @return field path → problems, in the order they were found */
    public Map<String, List<String>> errors() {
        return errors;
    }

    /** Collects problems while a whole upload is checked, so that all are reported at once. */
    public static final class Collector {
        private static final int MAX_REPORTED = 100;

        private final Map<String, List<String>> errors = new LinkedHashMap<>();
        private int count;

        public void add(String field, String message) {
            count++;
            if (errors.size() < MAX_REPORTED || errors.containsKey(field)) {
                errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
            }
        }

        public boolean isEmpty() {
            return count == 0;
        }

        /** @return the number of problems found so far */
        public int count() {
            return count;
        }

        /** @throws InvalidUploadException when a problem was found */
        public void throwIfAny() {
            if (count == 0) {
                return;
            }
            Map.Entry<String, List<String>> first = errors.entrySet().iterator().next();
            String message = first.getKey() + ": " + first.getValue().get(0);
            if (count > 1) {
                message += " (and " + (count - 1) + " more problem" + (count > 2 ? "s" : "") + ")";
            }
            throw new InvalidUploadException(message, errors);
        }
    }
}
