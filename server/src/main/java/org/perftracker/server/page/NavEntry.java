package org.perftracker.server.page;

import java.util.Objects;
import java.util.function.LongFunction;

/**
 * One entry of the main navigation: a feature's page, scoped to the project being viewed.
 *
 * <p>Example: {@code new NavEntry("jobs", "Jobs", NavEntry.JOBS, p -> "/" + p + "/job/")}.
 *
 * @param key what pages name as their section to be marked current, e.g. {@code jobs}
 * @param order where the entry sits: the constants below keep Home, Regressions, Comparisons, Jobs, Hosts in
 *     this order whichever feature registers first
 * @param href the entry's path for a project id (0 = all projects)
 */
public record NavEntry(String key, String label, int order, LongFunction<String> href) {
    public static final int HOME = 10;
    public static final int REGRESSIONS = 20;
    public static final int COMPARISONS = 30;
    public static final int JOBS = 40;
    public static final int HOSTS = 50;

    public NavEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
    }
}
