package org.perftracker.server.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A page answer of the DataTables server-side protocol, whose keys are camelCase. */
public record DataTablesPage<T>(int draw, @JsonProperty("recordsTotal") long recordsTotal,
        @JsonProperty("recordsFiltered") long recordsFiltered, List<T> data, String result) {
    public DataTablesPage {
        data = List.copyOf(data);
    }

    public static <T> DataTablesPage<T> of(DataTablesRequest request, long total, long filtered, List<T> rows) {
        return new DataTablesPage<>(request.draw(), total, filtered, rows, "ok");
    }
}
