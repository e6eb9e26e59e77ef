package org.perftracker.server.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a paged list page, kept in its URL so that a link, a reload or the back button shows the same
 * rows: {@code ?page=3&size=200&sort=title&dir=asc&q=nightly&group=4}. Values left at their default are left
 * out of the URL; values that make no sense (page 0, size 7, an unknown sort key) fall back to the default
 * rather than fail the page.
 *
 * @param path the page's path, e.g. {@code /1/job/}
 * @param page the page number, from 1
 * @param search the search text, trimmed; empty for none
 * @param filters filter name → value, only the spec's filters, never empty values
 */
public record ListState(ListSpec spec, String path, int page, int size, String sort, boolean descending,
        String search, Map<String, String> filters) {
    private static final int MAX_SEARCH = 200;

    public ListState {
        filters = Map.copyOf(filters);
    }

    /** Reads the state from a request's query parameters. */
    public static ListState from(ListSpec spec, String path, Map<String, List<String>> query) {
        int page = Math.max(1, intValue(first(query, "page"), 1));
        int size = intValue(first(query, "size"), ListSpec.SIZES.get(0));
        if (!ListSpec.SIZES.contains(size)) {
            size = ListSpec.SIZES.get(0);
        }
        String sort = first(query, "sort");
        if (!spec.sortKeys().containsKey(sort)) {
            sort = spec.defaultSort();
        }
        String dir = first(query, "dir");
        boolean descending = dir.equals("desc") || (!dir.equals("asc") && spec.firstDescending(sort));
        String search = first(query, "q").strip();
        if (search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : spec.filters()) {
            String value = first(query, name).strip();
            if (!value.isEmpty()) {
                filters.put(name, value);
            }
        }
        return new ListState(spec, path, page, size, sort, descending, search, filters);
    }

    /** @return the first row of this page, from 0 */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    public String filter(String name) {
        return filters.getOrDefault(name, "");
    }

    public boolean isSortedBy(String key) {
        return sort.equals(key);
    }

    /** @return the {@code aria-sort} value of a column header: ascending, descending, or none */
    public String ariaSort(String key) {
        if (!isSortedBy(key)) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    /**
     * @return what a search or filter form keeps of the state in hidden fields: the sort and the page size when
     *     they are not the default (a new search starts on page 1)
     */
    public Map<String, String> keptByForms() {
        Map<String, String> kept = new LinkedHashMap<>();
        if (!sort.equals(spec.defaultSort()) || descending != spec.defaultDescending()) {
            kept.put("sort", sort);
            kept.put("dir", descending ? "desc" : "asc");
        }
        if (size != ListSpec.SIZES.get(0)) {
            kept.put("size", Integer.toString(size));
        }
        return kept;
    }

    /** @return this state's URL */
    public String href() {
        return build(page, size, sort, descending);
    }

    /** @return the URL of another page of the same list */
    public String hrefForPage(int newPage) {
        return build(Math.max(1, newPage), size, sort, descending);
    }

    /** @return the first page sorted by this key: the other direction when it is the current key */
    public String hrefForSort(String key) {
        boolean newDescending = isSortedBy(key) ? !descending : spec.firstDescending(key);
        return build(1, size, key, newDescending);
    }

    /** @return the page that shows the current first row with this many rows a page */
    public String hrefForSize(int newSize) {
        return build(offset() / newSize + 1, newSize, sort, descending);
    }

    /** @return the first page without search and filters */
    public String hrefReset() {
        return new ListState(spec, path, 1, size, sort, descending, "", Map.of()).href();
    }

    private String build(int newPage, int newSize, String newSort, boolean newDescending) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!search.isEmpty()) {
            params.put("q", search);
        }
        for (String name : spec.filters()) {
            if (filters.containsKey(name)) {
                params.put(name, filters.get(name));
            }
        }
        if (!newSort.equals(spec.defaultSort()) || newDescending != spec.defaultDescending()) {
            params.put("sort", newSort);
            params.put("dir", newDescending ? "desc" : "asc");
        }
        if (newSize != ListSpec.SIZES.get(0)) {
            params.put("size", Integer.toString(newSize));
        }
        if (newPage != 1) {
            params.put("page", Integer.toString(newPage));
        }
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            url.append(separator).append(p.getKey()).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static int intValue(String text, int fallback) {
        try {
            return text.isBlank() ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
