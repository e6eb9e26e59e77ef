package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perftracker.core.comparison.Comparison;

class ComparisonCsvTest {
    @Test
    void a_line_per_row_with_each_jobs_value_and_each_later_jobs_change_against_the_baseline() {
        Comparison c = Compared.compare(
                Compared.job(17, "Nightly 1.0").test("Latency", "login", "4 clients", 10, 10.1, 9.9),
                Compared.job(18, "Nightly 1.1").test("Latency", "login", "4 clients", 12, 12.1, 11.9));
        String[] lines = ComparisonCsv.of(c).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("group,section,tag,category,metrics,less_better,verdict,"
                + "job 17 value,job 17 spread,job 17 n,job 17 status,"
                + "job 18 value,job 18 spread,job 18 n,job 18 status,job 18 change %,job 18 p,job 18 verdict");
        assertThat(lines[1]).startsWith("Latency,login,login,4 clients,ms,true,regression,10,0.248")
                .contains(",3,measured,12,").endsWith(",worse");
    }

    @Test
    void text_is_quoted_and_never_read_as_a_formula_by_a_spreadsheet() {
        assertThat(ComparisonCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(ComparisonCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ComparisonCsv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ComparisonCsv.quote("-12.5")).isEqualTo("-12.5");
        assertThat(ComparisonCsv.quote("@cmd")).isEqualTo("'@cmd");
    }
}
