package org.perftracker.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server refused the request with a 4xx answer: the request itself is wrong (an unknown project, an invalid
 * test, a missing token) and sending it again will not help. The message is the server's; {@link #errors()}
 * names every field it found wrong, e.g. {@code {"tests[3].scores": ["must be numbers"]}}.
 */
public final class RequestRefusedException extends PerfTrackerException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, List<String>> errors;

    public RequestRefusedException(int status, String message, Map<String, List<String>> errors) {
        super(message);
        this.status = status;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.errors = Collections.unmodifiableMap(copy);
    }

    /** @return the HTTP status, e.g. 400 */
    public int status() {
        return status;
    }

    /** @return field path → problems, as the server reported them; empty when it named no field */
    public Map<String, List<String>> errors() {
        return errors;
    }
}
