package org.perftracker.client.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rows aligned in columns for a terminal: the first row is the header, cells longer than 40 characters are cut
 * with an ellipsis, the columns named numeric are aligned right.
 */
public final class TextTable {
    private static final int MAX_WIDTH = 40;

    private final List<String[]> rows = new ArrayList<>();
    private final Set<Integer> numeric;

    public TextTable(Set<Integer> numericColumns, String... header) {
        this.numeric = Set.copyOf(numericColumns);
        rows.add(header);
    }

    public TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    public void print(PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.min(Math.max(widths[i], row[i].length()), MAX_WIDTH);
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i].length() > widths[i] ? row[i].substring(0, widths[i] - 1) + "…" : row[i];
                String format = "%" + (numeric.contains(i) ? "" : "-") + widths[i] + "s  ";
                line.append(String.format(Locale.ROOT, format, cell));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /** @return a size in bytes for people: {@code 512 B}, {@code 2.93 KiB}, {@code 300 MiB} */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1023.5 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString() + " " + units[unit];
    }

    /** @return an ISO instant as {@code 2026-01-05 12:00}, UTC; the text itself when it is not one */
    public static String time(String iso) {
        if (iso == null || iso.length() < 16 || iso.charAt(10) != 'T') {
            return iso == null ? "" : iso;
        }
        return iso.substring(0, 10) + " " + iso.substring(11, 16);
    }
}
