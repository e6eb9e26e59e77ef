package org.perftracker.server.regression.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.server.regression.RegressionViews;
import org.perftracker.server.regression.TrendClass;

/**
 * How the regression page is cut into parts that the browser loads as they come near the window, so that a
 * regression of hundreds of series shows its first charts at once and never holds them all.
 *
 * <p>The series shown are sorted by group, tag and category; a part is at most {@link #PART_SERIES} consecutive
 * series of one group, that is a stretch of that sorted list ({@code start}, {@code length}). The page holds every
 * group's heading and per part a placeholder as tall as its cards; the parts that hold the first
 * {@link #INLINE_SERIES} series come with the page. Parts are numbered from 0 across the page. One group may be
 * shown alone: it keeps its parts' numbers and places in the list, and they all come with the page.
 *
 * <p>Example: groups "api" (30 series) and "web" (5) → part 0 (api, series 0–23), part 1 (api, 24–29) and part 2
 * (web, 30–34); part 0 spends the inline budget and comes with the page, parts 1 and 2 are fetched as they come
 * near.
 *
 * @param series how many series the page shows in all
 */
public record SeriesPlan(List<GroupPart> groups, int parts, long series) {
    static final int PART_SERIES = 24;
    static final int INLINE_SERIES = 24;

    public SeriesPlan {
        groups = List.copyOf(groups);
    }

    /** A group and its parts; {@code anchor} is its position on the page ({@code #g-<anchor>}). */
    public record GroupPart(int anchor, String name, long series, List<Part> parts) {
        public GroupPart {
            parts = List.copyOf(parts);
        }
    }

    /** A stretch of the sorted series; {@code inline} when it comes with the page. */
    public record Part(int number, int start, int length, boolean inline) {
        /** @return how many rows of cards the part takes with this many cards a row */
        public int rows(int columns) {
            return (length + columns - 1) / columns;
        }
    }

    /**
     * @param counts per group and trend class, how many series the search selects, groups in list order
     * @param shown the classes the page shows
     * @param group the only group to show, whole (every part inline); empty for every group
     */
    static SeriesPlan of(List<RegressionViews.GroupTrendCount> counts, Collection<TrendClass> shown,
            Optional<String> group) {
        Map<String, Long> perGroup = new LinkedHashMap<>();
        for (RegressionViews.GroupTrendCount c : counts) {
            if (TrendClass.parse(c.trend()).filter(shown::contains).isPresent()) {
                perGroup.merge(c.group(), c.series(), Long::sum);
            }
        }
        List<GroupPart> groups = new ArrayList<>();
        int number = 0;
        int anchor = 0;
        long start = 0;
        for (Map.Entry<String, Long> g : perGroup.entrySet()) {
            List<Part> parts = new ArrayList<>();
            boolean alone = group.isPresent();
            for (long offset = 0; offset < g.getValue(); offset += PART_SERIES) {
                int length = (int) Math.min(PART_SERIES, g.getValue() - offset);
                parts.add(new Part(number, (int) (start + offset), length, alone || number == 0
                        || start + offset < INLINE_SERIES));
                number++;
            }
            if (group.isEmpty() || group.get().equals(g.getKey())) {
                groups.add(new GroupPart(anchor, g.getKey(), g.getValue(), parts));
            }
            anchor++;
            start += g.getValue();
        }
        return new SeriesPlan(groups, number, groups.stream().mapToLong(GroupPart::series).sum());
    }

    /** @return the part with this number, if the plan has it */
    Optional<Part> part(int number) {
        return groups.stream().flatMap(g -> g.parts().stream()).filter(p -> p.number() == number).findFirst();
    }

    /** @return the parts that come with the page */
    List<Part> inline() {
        return groups.stream().flatMap(g -> g.parts().stream()).filter(Part::inline).toList();
    }

    /** @return how many series of each class the counts hold (every class named) */
    static Map<TrendClass, Long> classCounts(List<RegressionViews.GroupTrendCount> counts) {
        Map<TrendClass, Long> classes = new LinkedHashMap<>();
        for (TrendClass c : TrendClass.values()) {
            classes.put(c, 0L);
        }
        counts.forEach(c -> TrendClass.parse(c.trend()).ifPresent(t -> classes.merge(t, c.series(), Long::sum)));
        return classes;
    }
}
