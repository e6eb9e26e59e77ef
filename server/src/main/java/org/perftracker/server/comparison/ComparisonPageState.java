package org.perftracker.server.comparison;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.Group;
import org.perftracker.core.comparison.Row;
import org.perftracker.core.comparison.RowVerdict;
import org.perftracker.core.comparison.Section;

/**
 * What the comparison page shows, kept in its URL so that a link, a reload or the back button shows the same rows:
 * {@code /1/comparison/5?only=regressions&q=login&group=Latency}. {@code only} is a {@link RowFilter} word (all rows
 * when absent), {@code q} keeps rows whose test, category, section or group contains the text, and {@code group}
 * shows one group alone. A filter word the page does not know shows every row rather than fail the page.
 *
 * @param path the comparison's page, e.g. {@code /1/comparison/5}
 * @param only "" for every row, else one of {@link RowFilter#WORDS}
 * @param search "" for none
 * @param group the name of the only group shown, or null for every group
 */
public record ComparisonPageState(String path, String only, String search, String group) {
    private static final int MAX_SEARCH = 200;

    public ComparisonPageState {
        only = only == null ? "" : only;
        search = search == null ? "" : search;
    }

    /** Reads the state from a request's query parameters. */
    static ComparisonPageState from(String path, Map<String, List<String>> query) {
        String only = first(query, "only").strip().toLowerCase(Locale.ROOT);
        if (!RowFilter.WORDS.contains(only)) {
            only = "";
        }
        String search = first(query, "q").strip();
        if (search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        List<String> groups = query.get("group");
        String group = groups == null || groups.isEmpty() || groups.get(0) == null ? null : groups.get(0);
        return new ComparisonPageState(path, only, search, group);
    }

    /** @return whether some rows may be hidden by the filter or the search */
    public boolean filtered() {
        return !only.isEmpty() || !search.isEmpty();
    }

    /**
     * @return the comparison with only the rows this state shows; groups and sections left without rows are
     *     dropped, the counts stay those of the whole comparison
     */
    Comparison select(Comparison c) {
        Set<RowVerdict> verdicts = RowFilter.verdicts(only);
        String needle = search.toLowerCase(Locale.ROOT);
        List<Group> groups = new ArrayList<>();
        for (Group g : c.groups()) {
            if (group != null && !g.name().equals(group)) {
                continue;
            }
            List<Section> sections = new ArrayList<>();
            for (Section s : g.sections()) {
                boolean named = contains(g.name(), needle) || contains(s.title(), needle);
                List<Row> rows = s.rows().stream().filter(r -> verdicts.contains(r.verdict())
                        && (named || contains(r.tag(), needle) || contains(r.category(), needle))).toList();
                if (!rows.isEmpty()) {
                    sections.add(rows.size() == s.rows().size() ? s
                            : new Section(s.id(), s.title(), s.tag(), s.chart(), s.tableShown(), rows));
                }
            }
            if (!sections.isEmpty()) {
                groups.add(new Group(g.name(), sections));
            }
        }
        return new Comparison(c.title(), c.options(), c.jobs(), groups, c.counts(), c.hiddenRows());
    }

    /** @return this state's URL */
    public String href() {
        return build(only, search, group);
    }

    /** @return the URL showing the rows of this filter word ("" for all), keeping the search and the group */
    public String hrefForOnly(String word) {
        return build(word, search, group);
    }

    /** @return the URL showing this group alone, keeping the filter and the search */
    public String hrefForGroup(String name) {
        return build(only, search, name);
    }

    /** @return the URL of every group, keeping the filter and the search */
    public String hrefAllGroups() {
        return build(only, search, null);
    }

    /** @return the URL without filter, search or group: the whole comparison */
    public String hrefReset() {
        return path;
    }

    /** @return the URL of the fragment that holds one part of the page, as the page's script fetches it */
    public String hrefForPart(int part) {
        String query = query(only, search, group);
        return path + "/part" + (query.isEmpty() ? "?" : query + "&") + "n=" + part;
    }

    /** @return the query of the state for another URL, e.g. the result API's {@code ?only=regressions}; may be "" */
    public String apiQuery() {
        return query(only, "", group);
    }

    /** @return the name of the filter word in the page's words, e.g. "regressions" → "Regressions" */
    public static String label(String word) {
        return word.isEmpty() ? "All" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String build(String newOnly, String newSearch, String newGroup) {
        return path + query(newOnly, newSearch, newGroup);
    }

    private static String query(String only, String search, String group) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!only.isEmpty()) {
            params.put("only", only);
        }
        if (!search.isEmpty()) {
            params.put("q", search);
        }
        if (group != null) {
            params.put("group", group);
        }
        StringBuilder url = new StringBuilder();
        char separator = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            url.append(separator).append(p.getKey()).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    private static boolean contains(String haystack, String lowerCaseNeedle) {
        return lowerCaseNeedle.isEmpty() || haystack.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
