package org.perftracker.server.home;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What changed in the jobs the home page lists: the slot that regression tracking fills ("Search throughput
 * -23% since #41"). The home page asks once for all the jobs it shows and lists a job's changes under it; until
 * a feature supplies its own, {@link #NONE} says nothing changed and the page shows nothing in its place.
 */
@FunctionalInterface
public interface RecentChanges {
    RecentChanges NONE = jobIds -> Map.of();

    /** @return job id → the changes found in that job; jobs without changes may be left out */
    Map<Long, List<Change>> of(Collection<Long> jobIds);

    /**
     * One change as the home page lists it.
     *
     * @param kind {@code regression} (red), {@code improvement} (green) or {@code other} (grey); the text says it
     *     in words too
     * @param text e.g. {@code Search {16 clients}: -23% requests/s}
     * @param href the page that explains it, or empty
     */
    record Change(String kind, String text, String href) {
        public boolean isRegression() {
            return "regression".equals(kind);
        }

        public boolean isImprovement() {
            return "improvement".equals(kind);
        }
    }
}
