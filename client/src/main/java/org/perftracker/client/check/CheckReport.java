package org.perftracker.client.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The short report of {@code pt check}, as text or Markdown (for a CI comment), from the server's check of a job:
 * the verdict, then every alert the job introduced with its state, then, while too few builds follow the job for a
 * shift at it to be confirmed, the tests whose value stands out from the builds before (suspects), and notes.
 */
final class CheckReport {
    private CheckReport() {
    }

    static boolean regression(JsonNode check) {
        return "regression".equals(check.path("verdict").asText());
    }

    static boolean suspected(JsonNode check) {
        return "suspected".equals(check.path("verdict").asText());
    }

    static String text(JsonNode check) {
        StringBuilder out = new StringBuilder("pt check: job ").append(jobName(check)).append(" in regression ")
                .append(check.path("regression").path("tag").asText()).append(": ").append(verdict(check))
                .append('\n');
        for (JsonNode a : check.path("alerts")) {
            String word = a.path("direction").asText().equals("regression") ? "REGRESSION " : "improvement";
            out.append("  ").append(word).append("  ").append(a.path("summary").asText()).append("  [")
                    .append(state(a)).append("] alert ").append(a.path("id").asLong()).append('\n');
        }
        for (JsonNode s : check.path("suspects")) {
            String word = s.path("direction").asText().equals("regression") ? "SUSPECTED  " : "improvement?";
            out.append("  ").append(word).append(" ").append(test(s)).append(' ').append(change(s))
                    .append(" vs the ").append(s.path("baseline_builds").asInt()).append(" builds before (p ")
                    .append(p(s.path("p_value").asDouble())).append(")\n");
        }
        notes(check).forEach(n -> out.append("  note: ").append(n).append('\n'));
        return out.toString();
    }

    static String markdown(JsonNode check) {
        StringBuilder out = new StringBuilder("### PerfTracker check: ").append(verdict(check)).append("\n\n");
        out.append("Job `").append(check.path("job").path("uuid").asText()).append("`");
        String build = check.path("job").path("build").asText();
        if (!build.isEmpty()) {
            out.append(" · build `").append(cell(build)).append('`');
        }
        out.append(" · regression `").append(cell(check.path("regression").path("tag").asText())).append("`\n");
        if (!check.path("alerts").isEmpty()) {
            out.append("\n| | Test | Change | p | Since build | State | Alert |\n|---|---|---|---|---|---|---|\n");
            for (JsonNode a : check.path("alerts")) {
                JsonNode series = a.path("series");
                String test = test(series);
                out.append("| ").append(a.path("direction").asText().equals("regression") ? "**regression**"
                        : "improvement").append(" | ").append(cell(test)).append(" | ").append(change(a))
                        .append(" | ").append(p(a.path("p_value").asDouble())).append(" | ")
                        .append(cell(a.path("job").path("build").asText())).append(" | ").append(state(a))
                        .append(" | ").append(a.path("id").asLong()).append(" |\n");
            }
        }
        if (!check.path("suspects").isEmpty()) {
            out.append("\nNot confirmed yet (too few builds after this one):\n\n| | Test | Change | p | Builds"
                    + " before |\n|---|---|---|---|---|\n");
            for (JsonNode s : check.path("suspects")) {
                out.append("| ").append(s.path("direction").asText().equals("regression") ? "**suspected regression**"
                        : "improvement?").append(" | ").append(cell(test(s))).append(" | ").append(change(s))
                        .append(" | ").append(p(s.path("p_value").asDouble())).append(" | ")
                        .append(s.path("baseline_builds").asInt()).append(" |\n");
            }
        }
        List<String> notes = notes(check);
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("> ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static String verdict(JsonNode check) {
        long untriaged = check.path("untriaged_regressions").asLong();
        if (untriaged > 0) {
            return untriaged + " untriaged regression" + (untriaged == 1 ? "" : "s");
        }
        if (suspected(check)) {
            long n = 0;
            for (JsonNode s : check.path("suspects")) {
                n += s.path("direction").asText().equals("regression") ? 1 : 0;
            }
            return n + " suspected regression" + (n == 1 ? "" : "s") + ", not confirmed yet";
        }
        return "no untriaged regression";
    }

    /** A test as a series names it: its tag, and its category in braces when it has one. */
    private static String test(JsonNode series) {
        String category = series.path("category").asText();
        return series.path("tag").asText() + (category.isEmpty() ? "" : " {" + category + "}");
    }

    private static String jobName(JsonNode check) {
        JsonNode job = check.path("job");
        String build = job.path("build").asText();
        return job.path("uuid").asText() + " (" + (build.isEmpty() ? "" : "build " + build + ", ") + "\""
                + job.path("title").asText() + "\")";
    }

    private static String state(JsonNode alert) {
        return alert.path("state").asText() + (alert.path("detected").asBoolean(true) ? "" : ", no longer detected");
    }

    private static List<String> notes(JsonNode check) {
        List<String> notes = new ArrayList<>();
        if (!check.path("analysed").asBoolean()) {
            notes.add(check.path("failed").asInt() > 0 ? "the server could not analyse this job; see its log"
                    : "the analysis of this job is still running; pass --wait SECONDS to wait for it");
        }
        long from = check.path("builds_after").asLong() + 1;
        int needed = check.path("builds_needed").asInt();
        if (from < needed) {
            notes.add("a shift at this build raises an alert once " + needed + " builds from it on exist; "
                    + from + " do so far");
        }
        if (suspected(check)) {
            notes.add("one build cannot tell a shift from a spike: run the job again to see whether it holds, or"
                    + " pass --confirmed-only to fail on confirmed regressions only");
        }
        if (!check.path("job").path("is_linked").asBoolean(true)) {
            notes.add("this job is unlinked from its regression: it is not part of the series");
        }
        return notes;
    }

    private static String change(JsonNode alert) {
        JsonNode pct = alert.path("change_pct");
        if (pct.isNull() || pct.isMissingNode()) {
            return "from 0";
        }
        double v = pct.asDouble();
        double abs = Math.abs(v);
        return String.format(Locale.ROOT, abs >= 9.95 ? "%+.0f%%" : abs >= 0.995 ? "%+.1f%%" : "%+.2f%%", v);
    }

    private static String p(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").replace("`", "'");
    }
}
