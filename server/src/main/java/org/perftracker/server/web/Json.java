package org.perftracker.server.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * The JSON mapping of the API: Java records with camelCase components are written with snake_case keys
 * ({@code testsTotal} → {@code tests_total}), as the reference API names them.
 */
public final class Json implements JsonMapper {
    private final ObjectMapper mapper;

    public Json() {
        this.mapper = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        try {
            return mapper.writeValueAsString(obj);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        try {
            return new java.io.ByteArrayInputStream(mapper.writeValueAsBytes(obj));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeToOutputStream(java.util.stream.Stream<?> stream, OutputStream out) {
        try {
            mapper.writeValue(out, stream.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        try {
            return mapper.readValue(json, mapper.constructType(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        try {
            return mapper.readValue(json, mapper.constructType(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
