package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perftracker.core.comparison.Jobs.compare;
import static org.perftracker.core.comparison.Jobs.job;

import org.junit.jupiter.api.Test;

class ComparisonTextTest {

    /** Three builds: throughput up in 1.1, login slower with one score, search erroring in 1.1, 1.2 partial. */
    static Comparison nightly() {
        return compare(
                job(17, "Nightly perf 1.0").product("webapp", "1.0")
                        .test("Throughput", "Home page", "2 clients", 110, 111, 112)
                        .test("Throughput", "Home page", "4 clients", 1210, 1211, 1212)
                        .test("Latency", "Login", "", t -> t.metrics("ms").lessBetter(true).scores(42))
                        .test("Latency", "Search", "", t -> t.metrics("ms").lessBetter(true).scores(30, 31, 29)),
                job(18, "Nightly perf 1.1").product("webapp", "1.1")
                        .test("Throughput", "Home page", "2 clients", 120, 121, 122)
                        .test("Throughput", "Home page", "4 clients", 1211, 1210, 1212)
                        .test("Latency", "Login", "", t -> t.metrics("ms").lessBetter(true).scores(50))
                        .test("Latency", "Search", "", t -> t.metrics("ms").lessBetter(true).errors(2)
                                .scores(30, 31, 29)),
                job(19, "Nightly perf 1.2").product("webapp", "1.2")
                        .test("Throughput", "Home page", "2 clients", 100, 101, 102));
    }

    @Test
    void the_plain_table_aligns_values_and_signed_changes_with_a_verdict_word() {
        assertThat(ComparisonText.plain(nightly())).isEqualTo("""
                Nightly perf: 1.0 vs 1.1 vs 1.2

                #1: 1.0  job 17  Nightly perf 1.0  webapp 1.0
                #2: 1.1  job 18  Nightly perf 1.1  webapp 1.1
                #3: 1.2  job 19  Nightly perf 1.2  webapp 1.2

                Test                     Unit         #1: 1.0        #2: 1.1             #2 vs #1    #3: 1.2     #3 vs #1      #3 vs #2
                Throughput
                  Home page [2 clients]  pages/s    111 ±2.2%      121 ±2.1%         +9.0% better  101 ±2.5%  -9.0% worse  -16.5% worse
                  Home page [4 clients]  pages/s  1,210 ±0.2%    1,210 ±0.2%            0.0% n.s.          -      missing       missing
                Latency
                  Login                  ms                42             50  +19.0% likely worse          -      missing       missing
                  Search                 ms          30 ±8.3%  30 (2 errors)               failed          -      missing        failed

                4 tests: 1 failed, 1 regression, 1 likely regression, 1 missing in a job.
                Values: averages ± 95% confidence interval. Significance: Welch's t-test of the means, α = 0.05 after \
                Benjamini-Hochberg correction; with a single score on a side a change of at least 5% is "likely".
                """);
    }

    @Test
    void the_markdown_table_escapes_text_and_makes_significant_changes_bold() {
        assertThat(ComparisonText.markdown(nightly())).isEqualTo("""
                ### Nightly perf: 1.0 vs 1.1 vs 1.2

                - **#1: 1.0**: job 17, Nightly perf 1.0, webapp 1.0
                - **#2: 1.1**: job 18, Nightly perf 1.1, webapp 1.1
                - **#3: 1.2**: job 19, Nightly perf 1.2, webapp 1.2

                #### Throughput

                | Test | Unit | #1: 1.0 | #2: 1.1 | #2 vs #1 | #3: 1.2 | #3 vs #1 | #3 vs #2 |
                | :-- | :-- | --: | --: | --: | --: | --: | --: |
                | Home page \\[2 clients\\] | pages/s | 111 ±2.2% | 121 ±2.1% | **+9.0% better** | 101 ±2.5% \
                | **-9.0% worse** | **-16.5% worse** |
                | Home page \\[4 clients\\] | pages/s | 1,210 ±0.2% | 1,210 ±0.2% | 0.0% n.s. | - | missing | missing |

                #### Latency

                | Test | Unit | #1: 1.0 | #2: 1.1 | #2 vs #1 | #3: 1.2 | #3 vs #1 | #3 vs #2 |
                | :-- | :-- | --: | --: | --: | --: | --: | --: |
                | Login | ms | 42 | 50 | +19.0% likely worse | - | missing | missing |
                | Search | ms | 30 ±8.3% | 30 (2 errors) | failed | - | missing | failed |

                _4 tests: 1 failed, 1 regression, 1 likely regression, 1 missing in a job._
                _Values: averages ± 95% confidence interval. Significance: Welch's t-test of the means, α = 0.05 after \
                Benjamini-Hochberg correction; with a single score on a side a change of at least 5% is "likely"._
                """);
    }

    @Test
    void a_row_filter_shows_only_the_rows_asked_for_and_drops_empty_groups() {
        String regressions = ComparisonText.plain(nightly(), r -> r.verdict() == RowVerdict.REGRESSION);
        assertThat(regressions).contains("Home page [2 clients]").doesNotContain("[4 clients]")
                .doesNotContain("Latency").doesNotContain("Login");
        assertThat(ComparisonText.markdown(nightly(), r -> r.verdict() == RowVerdict.FAILED))
                .contains("| Search |").doesNotContain("#### Throughput");
    }

    @Test
    void markdown_specials_in_names_cannot_break_the_table_or_inject_html() {
        String md = ComparisonText.markdown(compare(job(1, "a|b <script>").test("g_1", "*bold* | x", "", 1)));
        assertThat(md).contains("### a\\|b \\<script\\>").contains("#### g\\_1").contains("| \\*bold\\* \\| x |");
        assertThat(md).doesNotContain("<script>");
    }

    @Test
    void min_values_show_no_spread_and_say_so() {
        String text = ComparisonText.plain(compare(ComparisonOptions.DEFAULTS.withValues(ValueKind.MIN),
                job(1, "a").test("g", "t", "", 100, 110, 120), job(2, "b").test("g", "t", "", 90, 115, 140)));
        assertThat(text).contains("  100  ").contains("-10.0% n.s.").contains("Values: minimums.")
                .doesNotContain("±");
    }

    @Test
    void undefined_changes_conflicting_directions_and_hidden_rows_are_explained() {
        String text = ComparisonText.plain(compare(ComparisonOptions.DEFAULTS.withTests(TestFilter.WITHOUT_ERRORS),
                job(1, "a").test("g", "zero", "", 0).test("g", "dir", "", t -> t.lessBetter(true).scores(10))
                        .test("g", "bad", "", t -> t.errors(1).scores(1)),
                job(2, "b").test("g", "zero", "", 5).test("g", "dir", "", 10.1)));
        assertThat(text).contains("n/a no variance").contains("+1.0% no variance *")
                .contains("1 hidden by the test filter WITHOUT_ERRORS")
                .contains("* the two jobs disagree on whether less is better; the earlier job's direction is used.");
    }
}
