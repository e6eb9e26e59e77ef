package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobCsvWriterTest {
    private static TestViews.TestDetails test(int seq, String tag, String category, List<Double> scores) {
        return new TestViews.TestDetails(seq, seq, "u" + seq, tag, "ab", "", "Throughput", "", scores, 0, List.of(),
                0, scores.size(), category, "requests/s", Map.of(), Map.of(), false, 0, 0, List.of(), List.of(),
                "2024-05-01T01:00:00Z", null, 3000L, 30, "SUCCESS", 17, 111.5, 111.4, 110.2, 112.9, 1.353, 3.36, 0,
                0, 0, 0, 0, 0);
    }

    @Test
    void a_row_per_test_with_statistics_then_as_many_score_columns_as_the_longest_test_has() {
        String csv = new String(JobCsvWriter.write(List.of(
                test(1, "Home page", "4 clients", List.of(110.2, 112.9, 111.4)),
                test(2, "Search", "", List.of(7.0)))), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("#,group,tag,category,metrics,less better,status,errors,warnings,"
                + "iterations,mean,median,min,max,stddev,ci95,loops,duration (s),begin,end,score 1,score 2,score 3");
        assertThat(lines.get(1)).isEqualTo("1,Throughput,Home page,4 clients,requests/s,false,SUCCESS,0,0,3,111.5,"
                + "111.4,110.2,112.9,1.353,3.36,3000,30,2024-05-01T01:00:00Z,,110.2,112.9,111.4");
        assertThat(lines.get(2)).endsWith(",7");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_and_formulas_stay_text() {
        assertThat(JobCsvWriter.quoted("a, b")).isEqualTo("\"a, b\"");
        assertThat(JobCsvWriter.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(JobCsvWriter.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(JobCsvWriter.text("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(JobCsvWriter.text("+1")).isEqualTo("'+1");
        assertThat(JobCsvWriter.text("-cmd")).isEqualTo("'-cmd");
        assertThat(JobCsvWriter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(JobCsvWriter.text("Home page")).isEqualTo("Home page");
        assertThat(JobCsvWriter.text(null)).isEmpty();
    }
}
