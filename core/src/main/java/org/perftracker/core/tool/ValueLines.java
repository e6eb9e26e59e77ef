package org.perftracker.core.tool;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Finds the line on which a value stands in a JSON (or, with a YAML factory, YAML) text, so that problems can be
 * reported as {@code file:line}. In
 * <pre>{@code
 * {
 *   "results": [
 *     {"command": "sleep 1"}
 *   ]
 * }}</pre>
 * {@code lineOf("results", 0, "command")} is 3.
 */
public final class ValueLines {
    private final JsonFactory factory;
    private final String text;

    /** @param factory the Jackson factory of the text's format ({@code YAMLFactory} extends it) */
    public ValueLines(JsonFactory factory, String text) {
        this.factory = factory;
        this.text = text;
    }

    /**
     * @param path object keys ({@code String}) and array indexes ({@code Integer}) from the root
     * @return the 1-based line where the value at the path starts; for a value that is missing, the line of the
     *     nearest enclosing value that is there; 1 for the root
     */
    public int lineOf(Object... path) {
        for (int length = path.length; length > 0; length--) {
            int line = find(Arrays.copyOf(path, length));
            if (line > 0) {
                return line;
            }
        }
        return 1;
    }

    /** @return the line of the value at the path, or 0 when there is none */
    private int find(Object[] path) {
        try (JsonParser p = factory.createParser(text)) {
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
