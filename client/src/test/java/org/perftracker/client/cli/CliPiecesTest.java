package org.perftracker.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliPiecesTest {

    @Test
    void durations_are_read_as_people_write_them() {
        assertThat(Durations.parse("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThatThrownBy(() -> Durations.parse("5 minutes")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> Durations.parse("0s")).hasMessageContaining("longer than 0");
    }

    @Test
    void numbers_have_three_significant_digits_and_thousands_separated() {
        assertThat(TestTable.number(1234.5)).isEqualTo("1,230");
        assertThat(TestTable.number(0.012345)).isEqualTo("0.0123");
        assertThat(TestTable.number(4.56)).isEqualTo("4.56");
        assertThat(TestTable.number(2e7)).isEqualTo("20,000,000");
        assertThat(TestTable.number(0)).isEqualTo("0");
    }

    @Test
    void the_command_line_of_a_job_hides_the_token() {
        Invocation inv = new Invocation(List.of("run", "--token", "s3cret", "--token=s3cret", "--title", "a b", "--",
                "ab", "http://h/"), Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                false, Path.of("/h"), Path.of("/w"));

        assertThat(inv.commandLine()).isEqualTo("pt run --token *** --token=*** --title 'a b' -- ab http://h/");
    }

    @Test
    void a_terminal_progress_bar_fills_as_runs_end_and_keeps_one_line_per_finished_run() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), 2, 80, false);

        progress.begin("ab -c 1 http://h/");
        progress.line("Completed 100 requests");
        progress.end("14 tests");
        progress.begin("ab -c 4 http://h/");
        progress.close();

        assertThat(err.toString()).contains("\r\033[K[1/2] ▕░░░░░░░░░░▏ 0:00 ab -c 1 http://h/ · Completed 100 "
                + "requests", "\r\033[K[1/2] ab -c 1 http://h/: 14 tests in ", "[2/2] ▕█████░░░░░▏ 0:00 ab -c 4");
    }
}
