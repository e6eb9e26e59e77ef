package org.perftracker.server.web;

import java.util.List;
import java.util.Map;

/**
 * A request the API refuses, answered as {@code {"message": …, "errors": {field: [...]}}} with a 4xx status.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, List<String>> errors;

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiException(int status, String message, Map<String, List<String>> errors) {
        super(message);
        this.status = status;
        this.errors = Map.copyOf(errors);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, field + ": " + message, Map.of(field, List.of(message)));
    }

    public int status() {
        return status;
    }

    public Map<String, List<String>> errors() {
        return errors;
    }
}
