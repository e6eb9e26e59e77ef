package org.perftracker.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * A page request of the DataTables server-side protocol, which the reference UI and scripts use:
 * {@code draw}, {@code start}, {@code length} ({@code -1} = all, up to the list's cap),
 * {@code search[value]}, {@code order[i][column]} and {@code order[i][dir]}.
 *
 * @param orders sort keys in priority order; column indexes are the list's own
 */
public record DataTablesRequest(int draw, int start, int length, String search, List<Order> orders) {
    private static final int DEFAULT_LENGTH = 10;
    private static final int MAX_ORDERS = 5;

    public DataTablesRequest {
        orders = List.copyOf(orders);
    }

    /** One sort key. */
    public record Order(int column, boolean ascending) {
    }

    /** Reads the request; a value that is not a number answers 400 naming the parameter. */
    public static DataTablesRequest from(Context ctx, int maxLength) {
        int draw = intParam(ctx, "draw", 0);
        int start = Math.max(0, intParam(ctx, "start", 0));
        int length = intParam(ctx, "length", DEFAULT_LENGTH);
        if (length < 0 || length > maxLength) {
            length = maxLength;
        }
        String search = ctx.queryParam("search[value]");
        if (search == null) {
            search = ctx.queryParam("search");
        }
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < MAX_ORDERS; i++) {
            String column = ctx.queryParam("order[" + i + "][column]");
            if (column == null) {
                break;
            }
            int index = parse("order[" + i + "][column]", column);
            String dir = ctx.queryParam("order[" + i + "][dir]");
            orders.add(new Order(index, !"desc".equalsIgnoreCase(dir)));
        }
        return new DataTablesRequest(draw, start, length, search == null ? "" : search.trim(), orders);
    }

    private static int intParam(Context ctx, String name, int defaultValue) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? defaultValue : parse(name, value);
    }

    private static int parse(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "must be an integer, got '" + value + "'");
        }
    }

    /** @return the search text as a LIKE pattern matching it anywhere, case-insensitively */
    public String searchPattern() {
        return likePattern(search);
    }

    /**
     * @return {@code %text%}, lower-cased, with LIKE's wildcards in the text escaped by {@code !} (the SQL says
     *     {@code ESCAPE '!'}; a backslash would mean different things to different SQL parsers)
     */
    public static String likePattern(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
