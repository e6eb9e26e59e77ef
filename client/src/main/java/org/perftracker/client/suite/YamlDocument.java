package org.perftracker.client.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.perftracker.core.tool.ValueLines;

/**
 * A YAML file read as a tree that can still tell on which line a value stands, so that a problem can be reported
 * as {@code nightly.yaml:12: tests[0].concurrency: …}.
 */
final class YamlDocument {
    private static final YAMLMapper MAPPER = new YAMLMapper();

    private final String text;
    private final JsonNode root;

    private YamlDocument(String text, JsonNode root) {
        this.text = text;
        this.root = root;
    }

    /** @throws SuiteFileException when the text is not YAML */
    static YamlDocument parse(String file, String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            return new YamlDocument(text, root == null ? MAPPER.missingNode() : root);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new SuiteFileException(file + ":" + line + ": not valid YAML: " + oneLine(e.getOriginalMessage()));
        }
    }

    /** SnakeYAML's messages quote the text around the problem on lines of their own: keep the words. */
    private static String oneLine(String message) {
        return String.join("; ", message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))
                && !l.startsWith("^")).toList());
    }

    JsonNode root() {
        return root;
    }

    /**
     * @param path object keys and array indexes from the root, e.g. {@code ["tests", 0, "urls"]}
     * @return the 1-based line of the value, or of the nearest enclosing value that is there
     */
    int lineOf(Object... path) {
        return new ValueLines(MAPPER.getFactory(), text).lineOf(path);
    }
}
