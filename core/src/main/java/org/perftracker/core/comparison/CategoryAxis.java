package org.perftracker.core.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The x axis of a chart, read from a section's categories: the words they share at their end name the axis, what
 * is left of each category labels it, and labels that are all distinct numbers make a numeric axis, sorted.
 *
 * <p>Example: ["2 parallel clients", "8 parallel clients", "4 parallel clients"] → name "parallel clients", labels
 * ["2", "4", "8"], numeric, values [2, 4, 8], positions [0, 2, 1] (the input's index on the axis).
 *
 * <p>Rules: the common suffix of all categories is shortened so every category keeps at least one character, then
 * cut back to start at a separator (white space, {@code ; , . - _ : /}; a {@code .} or {@code ,} between two digits
 * belongs to a number, so "0.5 s" and "1.5 s" give "s", not "5 s"); leading separators are stripped from the
 * name and trailing ones from the labels. When that leaves an empty or duplicate label (categories of separators
 * only, say), the axis has no name and the categories themselves are the labels. Numbers are plain decimals
 * ({@code 8}, {@code -0.5}, {@code 1e3}); duplicates ("2", "02") or any non-number keep first-appearance order.
 *
 * @param name the axis name, "" when the categories share no suffix
 * @param labels the distinct labels in axis order
 * @param numeric true when every label is a distinct number
 * @param values the labels' numbers when numeric, else the indexes 0, 1, 2, …
 * @param positions for each input category, the index of its label on the axis
 */
public record CategoryAxis(String name, List<String> labels, boolean numeric, List<Double> values,
        List<Integer> positions) {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    public CategoryAxis {
        name = Objects.requireNonNullElse(name, "");
        labels = List.copyOf(labels);
        values = List.copyOf(values);
        positions = List.copyOf(positions);
    }

    public static CategoryAxis of(List<String> categories) {
        int cut = suffixToCut(categories);
        List<String> labels = new ArrayList<>(categories.size());
        for (String c : categories) {
            labels.add(stripTrailingSeparators(c.substring(0, c.length() - cut)).strip());
        }
        String name = cut == 0 ? "" : stripLeadingSeparators(categories.get(0).substring(categories.get(0).length()
                - cut)).strip();
        if (labels.stream().anyMatch(String::isEmpty) || new HashSet<>(labels).size() != labels.size()) {
            return ordered("", categories);
        }
        return ordered(name, labels);
    }

    /** Orders distinct labels: numerically when all are distinct numbers, else by first appearance. */
    private static CategoryAxis ordered(String name, List<String> labels) {
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (String label : labels) {
            firstIndex.putIfAbsent(label, firstIndex.size());
        }
        List<String> distinct = new ArrayList<>(firstIndex.keySet());
        List<Double> numbers = numbers(distinct);
        List<String> axis = new ArrayList<>(distinct);
        List<Double> values = new ArrayList<>(distinct.size());
        if (numbers != null) {
            axis.sort(Comparator.comparingDouble(l -> numbers.get(firstIndex.get(l))));
            axis.forEach(l -> values.add(numbers.get(firstIndex.get(l))));
        } else {
            for (int i = 0; i < axis.size(); i++) {
                values.add((double) i);
            }
        }
        Map<String, Integer> axisIndex = new LinkedHashMap<>();
        for (int i = 0; i < axis.size(); i++) {
            axisIndex.put(axis.get(i), i);
        }
        List<Integer> positions = labels.stream().map(axisIndex::get).toList();
        return new CategoryAxis(name, axis, numbers != null, values, positions);
    }

    /** @return the numbers of the labels, or null when one is not a number or two are equal */
    private static List<Double> numbers(List<String> labels) {
        List<Double> numbers = new ArrayList<>(labels.size());
        Set<Double> seen = new HashSet<>();
        for (String label : labels) {
            if (!NUMBER.matcher(label).matches()) {
                return null;
            }
            double v = Double.parseDouble(label) + 0.0; // -0 and 0 are the same number
            if (Double.isInfinite(v) || !seen.add(v)) {
                return null;
            }
            numbers.add(v);
        }
        return numbers.isEmpty() ? null : numbers;
    }

    /** @return the length of the common suffix to cut off: it starts at a separator in every category */
    private static int suffixToCut(List<String> categories) {
        if (categories.isEmpty()) {
            return 0;
        }
        int common = categories.stream().mapToInt(String::length).min().orElse(0) - 1;
        String first = categories.get(0);
        for (String c : categories) {
            int n = 0;
            while (n < common && first.charAt(first.length() - 1 - n) == c.charAt(c.length() - 1 - n)) {
                n++;
            }
            common = n;
        }
        for (int length = common; length > 0; length--) {
            if (separatorInAll(categories, length)) {
                return length;
            }
        }
        return 0;
    }

    private static boolean separatorInAll(List<String> categories, int suffixLength) {
        for (String c : categories) {
            if (!isSeparatorAt(c, c.length() - suffixLength)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparatorAt(String s, int i) {
        char ch = s.charAt(i);
        if (ch == '.' || ch == ',') {
            boolean inNumber = i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                    && Character.isDigit(s.charAt(i + 1));
            return !inNumber;
        }
        return isSeparator(ch);
    }

    private static boolean isSeparator(char ch) {
        return Character.isWhitespace(ch) || ";,.-_:/".indexOf(ch) >= 0;
    }

    private static String stripTrailingSeparators(String s) {
        int end = s.length();
        while (end > 0 && isSeparator(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeadingSeparators(String s) {
        int start = 0;
        while (start < s.length() && isSeparator(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }
}
