package org.perftracker.client.suite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

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
        for (int length = path.length; length > 0; length--) {
            Object[] prefix = Arrays.copyOf(path, length);
            int line = find(prefix);
            if (line > 0) {
                return line;
            }
        }
        return 1;
    }

    private int find(Object[] path) {
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            Deque<Frame> frames = new ArrayDeque<>();
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    frames.peek().name = p.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    frames.pop();
                    continue;
                }
                if (!frames.isEmpty() && frames.peek().array) {
                    frames.peek().index++;
                }
                if (matches(frames, path)) {
                    return p.currentTokenLocation().getLineNr();
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    frames.push(new Frame(token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static boolean matches(Deque<Frame> frames, Object[] path) {
        if (frames.size() != path.length) {
            return false;
        }
        int i = path.length - 1;
        for (Frame f : frames) {
            Object want = path[i--];
            Object have = f.array ? (Object) f.index : f.name;
            if (!String.valueOf(want).equals(String.valueOf(have))) {
                return false;
            }
        }
        return true;
    }

    private static final class Frame {
        final boolean array;
        int index = -1;
        String name;

        Frame(boolean array) {
            this.array = array;
        }
    }
}
