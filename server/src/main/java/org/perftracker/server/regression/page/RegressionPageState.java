package org.perftracker.server.regression.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.perftracker.server.regression.TrendClass;

/**
 * What the regression page shows, kept in its URL: {@code /1/regression/3?class=degradation_10,degradation_50&q=login}.
 * {@code class} names trend classes (comma-separated or repeated, {@code all} for every one); without it the page
 * shows the degradations, or when there are none the first class that has series (the reference server's
 * default). {@code class=} (empty) is a choice too: no class, no charts. {@code q} keeps series whose test, group or
 * category contains the text; {@code group} shows one group alone and whole (the page's way to show every chart of a
 * group without its script). Words the page does not know are left out rather than fail it.
 *
 * @param path the regression's page, e.g. {@code /1/regression/3}
 * @param chosen the classes the URL names; empty when it names none (then {@link #shown} picks the default)
 * @param search "" for none
 * @param group the only group shown, or empty for every group
 */
public record RegressionPageState(String path, Optional<Set<TrendClass>> chosen, String search,
        Optional<String> group) {
    private static final int MAX_SEARCH = 200;
    private static final List<TrendClass> DEGRADATIONS = List.of(TrendClass.DEGRADATION_50,
            TrendClass.DEGRADATION_10);

    public RegressionPageState {
        chosen = chosen.map(Set::copyOf);
        search = search == null ? "" : search;
    }

    /** Reads the state from a request's query parameters. */
    static RegressionPageState from(String path, Map<String, List<String>> query) {
        List<String> values = query.get("class");
        Optional<Set<TrendClass>> chosen = Optional.empty();
        if (values != null) {
            Set<TrendClass> classes = EnumSet.noneOf(TrendClass.class);
            for (String value : values) {
                for (String word : (value == null ? "" : value).split(",")) {
                    if (word.strip().equals("all")) {
                        classes.addAll(List.of(TrendClass.values()));
                    }
                    TrendClass.parse(word).ifPresent(classes::add);
                }
            }
            chosen = Optional.of(classes);
        }
        List<String> q = query.get("q");
        String search = q == null || q.isEmpty() || q.get(0) == null ? "" : q.get(0).strip();
        if (search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        List<String> groups = query.get("group");
        Optional<String> group = groups == null || groups.isEmpty() || groups.get(0) == null ? Optional.empty()
                : Optional.of(groups.get(0));
        return new RegressionPageState(path, chosen, search, group);
    }

    /**
     * @param counts how many series each class has
     * @return the classes to show, in their order: those the URL names, else the degradations that have series,
     *     else the first class that has any, else none
     */
    List<TrendClass> shown(Map<TrendClass, Long> counts) {
        if (chosen.isPresent()) {
            return Arrays.stream(TrendClass.values()).filter(chosen.get()::contains).toList();
        }
        List<TrendClass> degraded = DEGRADATIONS.stream().filter(c -> counts.getOrDefault(c, 0L) > 0).toList();
        if (!degraded.isEmpty()) {
            return degraded;
        }
        return Arrays.stream(TrendClass.values()).filter(c -> counts.getOrDefault(c, 0L) > 0).limit(1).toList();
    }

    /** @return the URL showing these classes, keeping the search and the group */
    public String hrefForClasses(List<TrendClass> classes) {
        return path + query(Optional.of(words(classes)), search, group);
    }

    /** @return the URL of every class, keeping the search and the group */
    public String hrefAll() {
        return path + query(Optional.of("all"), search, group);
    }

    /** @return the URL of one group alone and whole, with these classes and the search */
    public String hrefForGroup(List<TrendClass> classes, String name) {
        return path + query(Optional.of(words(classes)), search, Optional.of(name));
    }

    /** @return the URL of every group, with these classes and the search */
    public String hrefAllGroups(List<TrendClass> classes) {
        return path + query(Optional.of(words(classes)), search, Optional.empty());
    }

    /** @return the URL without class or search: the page as it first opens */
    public String hrefReset() {
        return path;
    }

    /** @return the URL of the parts of the page (the script adds {@code &n=} for more), with these classes */
    public String hrefForPart(List<TrendClass> classes, int part) {
        String q = query(Optional.of(words(classes)), search, Optional.empty());
        return path + "/part" + (q.isEmpty() ? "?" : q + "&") + "n=" + part;
    }

    private static String words(List<TrendClass> classes) {
        return classes.stream().map(TrendClass::word).collect(Collectors.joining(","));
    }

    private static String query(Optional<String> classWords, String search, Optional<String> group) {
        List<String> params = new ArrayList<>();
        classWords.ifPresent(words -> params.add("class=" + words));
        if (!search.isEmpty()) {
            params.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        group.ifPresent(g -> params.add("group=" + URLEncoder.encode(g, StandardCharsets.UTF_8)));
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }
}
