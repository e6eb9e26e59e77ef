package org.perftracker.client.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.perftracker.client.JobPage;
import org.perftracker.client.JobSummary;
import org.perftracker.client.cli.TestTable;

/** Jobs for people: a list as a table, one job as fields, environment and tests. */
final class JobTable {
    private JobTable() {
    }

    static void print(PrintWriter out, JobPage page) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "END (UTC)", "PROJECT", "BUILD", "TITLE", "TESTS", "FAILED", "ERRORS"});
        for (JobSummary j : page.jobs()) {
            rows.add(new String[] {String.valueOf(j.id()), time(j.end()), j.project().name(), j.productVer(),
                j.title(), String.valueOf(j.testsTotal()), String.valueOf(j.testsFailed()),
                String.valueOf(j.testsErrors())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.min(Math.max(widths[i], row[i].length()), 40);
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i].length() > widths[i] ? row[i].substring(0, widths[i] - 1) + "…" : row[i];
                boolean number = i == 0 || i >= 5;
                line.append(number ? pad(cell, widths[i], true) : pad(cell, widths[i], false)).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(page.jobs().size() + " of " + page.matching() + " job" + (page.matching() == 1 ? "" : "s")
                + (page.matching() != page.total() ? " matching (" + page.total() + " in all)" : ""));
        out.flush();
    }

    static void show(PrintWriter out, JobSummary job, JsonNode details, JsonNode tests, String url) {
        out.println("Job " + job.id() + ": " + job.title());
        field(out, "page", url);
        field(out, "uuid", job.uuid());
        field(out, "project", job.project().name());
        field(out, "product", (job.productName() + " " + job.productVer()).trim());
        field(out, "suite", (job.suiteName() + " " + job.suiteVer()).trim());
        field(out, "regression", details.path("regression").path("tag").asText(""));
        field(out, "ran", time(job.begin()) + " to " + time(job.end()) + " (" + job.durationSec() + " s)");
        field(out, "tests", job.testsTotal() + " (" + job.testsFailed() + " failed, " + job.testsErrors()
                + " with errors, " + job.testsWarnings() + " with warnings)");
        field(out, "command", details.path("cmdline").asText(""));
        details.path("links").properties().forEach(l -> field(out, "link", l.getKey() + ": " + l.getValue().asText()));
        details.path("env_node").forEach(n -> envNode(out, n, "  "));
        String heading = null;
        for (JsonNode t : tests) {
            String h = t.path("group").asText("") + (t.path("category").asText("").isEmpty() ? ""
                    : " · " + t.path("category").asText());
            if (!h.equals(heading)) {
                heading = h;
                out.println(h);
            }
            out.println(String.format(Locale.ROOT, "  %-32s %10s %s%s", t.path("tag").asText(),
                    TestTable.number(t.path("avg_score").asDouble()), t.path("metrics").asText(),
                    t.path("errors").asInt() > 0 ? "  " + t.path("errors").asInt() + " errors" : ""));
        }
        out.flush();
    }

    private static void envNode(PrintWriter out, JsonNode node, String indent) {
        String type = node.path("node_type").path("name").asText(node.path("node_type").asText(""));
        out.println(indent + "env: " + node.path("name").asText() + (type.isEmpty() ? "" : " (" + type + ")")
                + (node.path("version").asText("").isEmpty() ? "" : " " + node.path("version").asText()));
        node.path("children").forEach(c -> envNode(out, c, indent + "  "));
    }

    private static void field(PrintWriter out, String name, String value) {
        if (!value.isBlank()) {
            out.println(String.format(Locale.ROOT, "  %-11s %s", name + ":", value));
        }
    }

    private static String time(String iso) {
        return iso.length() >= 16 ? iso.substring(0, 10) + " " + iso.substring(11, 16) : iso;
    }

    private static String pad(String s, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - s.length()));
        return right ? spaces + s : s + spaces;
    }
}
