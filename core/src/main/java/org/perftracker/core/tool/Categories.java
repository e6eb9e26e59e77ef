package org.perftracker.core.tool;

import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds categories that work as chart axis points: the number first, then what it counts, so that
 * {@code "4 clients"}, {@code "16 clients"} sort by number and share the axis name {@code "clients"}.
 *
 * <p>Examples: {@code count(4, "clients") = "4 clients"}; {@code ofParams({size=100}) = "100 size"};
 * {@code ofParams({format=json, size=100}) = "format=json, size=100"} (no single axis); {@code ofParams({}) = ""}.
 */
public final class Categories {
    private Categories() {
    }

    /** @return {@code "<n> <noun>"}, always with the same noun, so that the axis keeps one name */
    public static String count(long n, String noun) {
        return n + " " + noun;
    }

    /** @return a percentile as a tag suffix: {@code "50.000"} is {@code "p50"}, {@code "99.900"} is {@code "p99.9"} */
    public static String percentile(String percent) {
        return "p" + new BigDecimal(percent.trim()).stripTrailingZeros().toPlainString();
    }

    /** @return the category of a benchmark's parameters, in the order given */
    public static String ofParams(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        if (params.size() == 1) {
            Map.Entry<String, String> only = params.entrySet().iterator().next();
            return only.getValue() + " " + only.getKey();
        }
        StringJoiner out = new StringJoiner(", ");
        params.forEach((name, value) -> out.add(name + "=" + value));
        return out.toString();
    }
}
