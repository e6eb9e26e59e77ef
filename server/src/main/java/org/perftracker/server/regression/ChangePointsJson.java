package org.perftracker.server.regression;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The {@code change_points} column of a series: a JSON list of {@link SeriesChangePoint}s. */
public final class ChangePointsJson {
    private static final TypeReference<List<SeriesChangePoint>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public ChangePointsJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(List<SeriesChangePoint> changePoints) {
        try {
            return mapper.writeValueAsString(changePoints);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change points cannot be written as JSON", e);
        }
    }

    public List<SeriesChangePoint> read(String json) {
        try {
            return List.copyOf(mapper.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change points are not valid JSON: " + json, e);
        }
    }
}
