package org.perftracker.core.tool.jmh;

import java.util.LinkedHashMap;
import java.util.Map;
import org.perftracker.core.tool.Categories;

/**
 * The key of a JMH benchmark's tests: group = the benchmark's class, tag = the method and mode (and the
 * secondary metric), category = the parameters, plus the thread count when it is not 1.
 *
 * @param benchmark the benchmark's full name, e.g. {@code org.example.StringBench.concat}
 * @param mode JMH's short mode name: {@code thrpt}, {@code avgt}, {@code sample}, {@code ss}
 * @param threads the number of benchmark threads
 * @param params the {@code @Param} values, in JMH's order
 */
record JmhKey(String benchmark, String mode, int threads, Map<String, String> params) {

    JmhKey {
        params = new LinkedHashMap<>(params);
    }

    String group() {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? "" : benchmark.substring(0, dot);
    }

    /** @return {@code "concat (thrpt)"} for the primary metric */
    String tag() {
        return method() + " (" + mode + ")";
    }

    /** @return {@code "concat:gc.alloc.rate.norm (thrpt)"}, JMH's own name of a secondary metric */
    String tag(String secondary) {
        return method() + ":" + secondary + " (" + mode + ")";
    }

    String category() {
        Map<String, String> all = new LinkedHashMap<>(params);
        if (threads != 1) {
            all.put("threads", String.valueOf(threads));
        }
        return Categories.ofParams(all);
    }

    private String method() {
        int dot = benchmark.lastIndexOf('.');
        return benchmark.substring(dot + 1);
    }

    /** @return the short name of a mode as the log spells it: "Throughput, ops/time" is {@code thrpt} */
    static String modeOfLog(String text) {
        if (text.startsWith("Throughput")) {
            return "thrpt";
        }
        if (text.startsWith("Average time")) {
            return "avgt";
        }
        if (text.startsWith("Sampling time")) {
            return "sample";
        }
        if (text.startsWith("Single shot")) {
            return "ss";
        }
        return text.trim();
    }
}
