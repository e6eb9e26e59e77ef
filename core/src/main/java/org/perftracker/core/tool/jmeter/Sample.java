package org.perftracker.core.tool.jmeter;

import java.util.Map;
import org.perftracker.core.tool.UnparseableOutputException;

/**
 * One sample line of a JTL.
 *
 * @param failure how it failed: the failure message, else the response code and message
 * @param bytes bytes received, {@code null} when the file does not say
 * @param threads active threads of all groups, {@code null} when the file does not say
 */
record Sample(String label, long timeStamp, long elapsed, boolean success, String failure, Long bytes,
        Integer threads) {

    static Sample of(CsvRecords.Row row, Map<String, Integer> columns) {
        long timeStamp = number(row, columns, "timeStamp");
        long elapsed = number(row, columns, "elapsed");
        String label = field(row, columns, "label");
        boolean success = "true".equalsIgnoreCase(field(row, columns, "success"));
        String failure = field(row, columns, "failureMessage");
        if (failure.isBlank()) {
            failure = (field(row, columns, "responseCode") + " " + field(row, columns, "responseMessage")).trim();
        }
        Long bytes = columns.containsKey("bytes") ? number(row, columns, "bytes") : null;
        Integer threads = columns.containsKey("allThreads") ? (int) number(row, columns, "allThreads") : null;
        return new Sample(label, timeStamp, elapsed, success, failure.isEmpty() ? "failed" : failure, bytes,
                threads);
    }

    private static String field(CsvRecords.Row row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null) {
            return "";
        }
        if (i >= row.fields().size()) {
            throw new UnparseableOutputException(JmeterParser.NAME, row.line(), "the line has "
                    + row.fields().size() + " fields, '" + name + "' is field " + (i + 1) + ": the file is cut short");
        }
        return row.fields().get(i);
    }

    private static long number(CsvRecords.Row row, Map<String, Integer> columns, String name) {
        String v = field(row, columns, name).trim();
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UnparseableOutputException(JmeterParser.NAME, row.line(),
                    "'" + name + "' is '" + v + "', not a whole number");
        }
    }
}
