package org.perftracker.core.comparison;

import java.util.List;

/** Lays out rows of cells as an aligned plain-text table or a Markdown table. */
final class TextTable {
    private static final String MARKDOWN_SPECIAL = "\\`*_|<>[]";

    private TextTable() {
    }

    /**
     * Columns separated by two spaces; text columns left-aligned, columns from {@code firstNumeric} on
     * right-aligned. A row of one cell (a heading) is not padded and does not widen the first column.
     */
    static String aligned(List<String[]> rows, int firstNumeric) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] r : rows) {
            if (r.length > 1) {
                for (int c = 0; c < r.length; c++) {
                    width[c] = Math.max(width[c], r[c].length());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                line.append(r.length == 1 ? r[c] : pad(r[c], width[c], c >= firstNumeric));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** @param header and rows already Markdown ({@link #escape}d where they hold text) */
    static String markdown(String[] header, List<String[]> rows, int firstNumeric) {
        StringBuilder out = new StringBuilder();
        appendRow(out, header);
        out.append('|');
        for (int c = 0; c < header.length; c++) {
            out.append(c >= firstNumeric ? " --: |" : " :-- |");
        }
        out.append('\n');
        rows.forEach(r -> appendRow(out, r));
        return out.toString();
    }

    /** @return text safe inside a Markdown table cell: no formatting, links, HTML or cell breaks */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            if (MARKDOWN_SPECIAL.indexOf(ch) >= 0) {
                b.append('\\');
            }
            b.append(ch == '\n' || ch == '\r' ? ' ' : ch);
        }
        return b.toString();
    }

    private static void appendRow(StringBuilder out, String[] cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
