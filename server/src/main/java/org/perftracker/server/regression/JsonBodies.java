package org.perftracker.server.regression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.RequestBodies;

/** Reads the JSON object of a request body, refusing anything else with a 400 naming the body or the field. */
public final class JsonBodies {
    private final ObjectMapper mapper;
    private final RequestBodies bodies;

    public JsonBodies(ObjectMapper mapper, RequestBodies bodies) {
        this.mapper = mapper;
        this.bodies = bodies;
    }

    public JsonNode object(Context ctx) {
        try {
            JsonNode node = mapper.readTree(bodies.read(ctx));
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("body", "must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw ApiException.badRequest("body", "is not valid JSON: " + e.getMessage());
        }
    }

    /** @return the field's text; empty when it is absent or null; a 400 when it is not a string */
    public static Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest(field, "must be a string");
        }
        return Optional.of(value.asText());
    }
}
