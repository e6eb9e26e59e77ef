package org.perftracker.core.tool.jmeter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as JMeter writes it: comma-separated, fields with a comma, quote or line break
 * in double quotes, a quote inside doubled. Each record remembers the line it starts on.
 */
final class CsvRecords {
    private CsvRecords() {
    }

    /**
     * One CSV record.
     *
     * @param line the 1-based line it starts on
     * @param fields its fields, unquoted
     */
    record Row(int line, List<String> fields) {
    }

    /** @return every non-blank record; {@code null} for a quoted field that never closes */
    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                    line += c == '\n' ? 1 : 0;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(rows, fields, field, start);
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        end(rows, fields, field, start);
        return rows;
    }

    private static void end(List<Row> rows, List<String> fields, StringBuilder field, int start) {
        fields.add(field.toString());
        field.setLength(0);
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            rows.add(new Row(start, List.copyOf(fields)));
        }
        fields.clear();
    }
}
