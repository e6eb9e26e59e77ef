package org.perftracker.server.comparison;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.perftracker.core.comparison.Row;
import org.perftracker.core.comparison.RowVerdict;
import org.perftracker.server.web.ApiException;

/**
 * Which rows of a comparison to show, as {@code ?only=} names them in the API, on the page and in {@code pt
 * compare}: {@code regressions} (significant and likely), {@code improvements} (likewise), {@code significant}
 * (regressions and improvements backed by the test), {@code failed}, or verdict names ({@code missing},
 * {@code no_variance_information}, …), several separated by commas.
 *
 * <p>Example: {@code only=regressions,failed} keeps the rows whose verdict is REGRESSION, LIKELY_REGRESSION or FAILED.
 */
final class RowFilter {
    /** The words the page offers, in its order. */
    static final List<String> WORDS = List.of("significant", "regressions", "improvements", "failed");

    private RowFilter() {
    }

    /**
     * @param only the filter, null or blank for every row
     * @return the verdicts kept; every verdict for no filter
     * @throws ApiException 400 naming {@code only} for a word it does not know
     */
    static Set<RowVerdict> verdicts(String only) {
        if (only == null || only.isBlank()) {
            return EnumSet.allOf(RowVerdict.class);
        }
        Set<RowVerdict> wanted = EnumSet.noneOf(RowVerdict.class);
        for (String part : only.toLowerCase(Locale.ROOT).split(",")) {
            String word = part.trim();
            switch (word) {
                case "all" -> wanted.addAll(EnumSet.allOf(RowVerdict.class));
                case "regressions" -> wanted.addAll(List.of(RowVerdict.REGRESSION, RowVerdict.LIKELY_REGRESSION));
                case "improvements" -> wanted.addAll(List.of(RowVerdict.IMPROVEMENT, RowVerdict.LIKELY_IMPROVEMENT));
                case "significant" -> wanted.addAll(List.of(RowVerdict.REGRESSION, RowVerdict.IMPROVEMENT));
                default -> wanted.add(verdict(word));
            }
        }
        return wanted;
    }

    /** @return the rows kept by {@code only} (see {@link #verdicts}) */
    static Predicate<Row> of(String only) {
        Set<RowVerdict> wanted = verdicts(only);
        return r -> wanted.contains(r.verdict());
    }

    private static RowVerdict verdict(String word) {
        try {
            return RowVerdict.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>(WORDS);
            names.add("or a verdict name");
            throw ApiException.badRequest("only", "must be " + String.join(", ", names) + ", got '" + word + "'");
        }
    }
}
