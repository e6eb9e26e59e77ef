package org.perftracker.server.page;

import java.util.List;
import java.util.Map;

/**
 * What a paged list page accepts in its URL: its sort keys (each with the direction it first sorts in), the
 * default sort, and the names of its filters.
 *
 * <p>Example: the jobs list sorts by {@code end} descending unless told otherwise, and a click on "Title" sorts
 * by {@code title} ascending first.
 *
 * @param sortKeys sort key → true when that key first sorts descending (newest, largest first)
 * @param filters names of the filter parameters, e.g. {@code group}
 */
public record ListSpec(Map<String, Boolean> sortKeys, String defaultSort, List<String> filters) {
    /** The page sizes offered; the first is the default. */
    public static final List<Integer> SIZES = List.of(50, 200, 1000);

    public ListSpec {
        sortKeys = Map.copyOf(sortKeys);
        filters = List.copyOf(filters);
        if (!sortKeys.containsKey(defaultSort)) {
            throw new IllegalArgumentException("the default sort '" + defaultSort + "' is not a sort key");
        }
    }

    public boolean defaultDescending() {
        return sortKeys.get(defaultSort);
    }

    /** @return whether this key sorts descending when it is first chosen */
    boolean firstDescending(String key) {
        return sortKeys.getOrDefault(key, false);
    }
}
