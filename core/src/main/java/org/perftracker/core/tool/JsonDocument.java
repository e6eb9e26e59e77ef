package org.perftracker.core.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * A JSON results file read whole, that can still tell on which line a value stands, so that a parser can say
 * {@code "jmh: line 42: benchmarks[3].primaryMetric.scoreUnit is missing"}.
 *
 * <p>{@link #lineOf} takes the path of a value as its object keys and array indexes: in
 * <pre>{@code
 * {
 *   "results": [
 *     {"command": "sleep 1"}
 *   ]
 * }}</pre>
 * {@code lineOf("results", 0, "command")} is 3. Syntax errors are reported at the line where the JSON breaks.
 */
public final class JsonDocument {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String parser;
    private final String text;
    private final JsonNode root;

    private JsonDocument(String parser, String text, JsonNode root) {
        this.parser = parser;
        this.text = text;
        this.root = root;
    }

    /**
     * @param parser the name of the parser reading it, for its exceptions
     * @throws UnparseableOutputException when the text is empty or not JSON
     */
    public static JsonDocument parse(String parser, String text) {
        Objects.requireNonNull(parser, "parser");
        if (text.isBlank()) {
            throw new UnparseableOutputException(parser, 1, "the output is empty; expected JSON");
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            return new JsonDocument(parser, text, root);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new UnparseableOutputException(parser, line, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    public JsonNode root() {
        return root;
    }

    /** @return an exception for the value at the path, at the line where that value stands */
    public UnparseableOutputException problem(String reason, Object... path) {
        return new UnparseableOutputException(parser, lineOf(path), reason);
    }

    /**
     * @param path object keys ({@code String}) and array indexes ({@code Integer}) from the root
     * @return the 1-based line where the value at the path starts; for a value that is missing, the line of the
     *     nearest enclosing value that is there; 1 for the root
     */
    public int lineOf(Object... path) {
        return new ValueLines(MAPPER.getFactory(), text).lineOf(path);
    }
}
