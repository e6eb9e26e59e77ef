package org.perftracker.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.testing.Pt;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void help_lists_every_command_and_the_exit_codes() {
        Pt.Result r = new Pt(dir).run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("  run ", "  suite ", "  import ", "  upload ", "  job ", "PT_URL", "PT_TOKEN",
                "Exit codes: 0 ok, 1 regression or failed check, 2 usage, 3 tool, parse or");
    }

    @Test
    void a_wrong_option_is_a_usage_error_in_one_line_and_a_hint() {
        Pt.Result r = new Pt(dir).run("job", "list", "--limitt", "3");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("pt: Unknown options: '--limitt', '3'\nTry 'pt job list --help' for more "
                + "information.\n");
    }

    @Test
    void a_bad_server_url_is_a_usage_error() {
        Pt.Result r = new Pt(dir).variable("PT_URL", "ftp://h/").run("job", "list");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("pt: PT_URL: 'ftp://h/' is not an http or https URL");
    }

    @Test
    void an_unreachable_server_fails_with_one_line_and_no_stack_trace() {
        Pt.Result r = new Pt(dir).run("job", "show", "3", "--url", "http://127.0.0.1:1", "--retries", "0");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("pt: cannot read job 3 at http://127.0.0.1:1: ").doesNotContain("\tat ")
                .hasLineCount(1);
    }

    @Test
    void only_the_command_named_is_built_and_help_or_anything_else_builds_them_all() {
        assertThat(Main.commandsFor(java.util.List.of("run", "--", "ab"))).containsExactly(
                org.perftracker.client.run.RunCommand.class);
        assertThat(Main.commandsFor(java.util.List.of("lock", "list"))).containsExactly(
                org.perftracker.client.lock.LockCommand.class);
        assertThat(Main.commandsFor(java.util.List.of("help", "run"))).isEqualTo(Main.COMMANDS);
        assertThat(Main.commandsFor(java.util.List.of("--help"))).isEqualTo(Main.COMMANDS);
        assertThat(Main.commandsFor(java.util.List.of("runn"))).isEqualTo(Main.COMMANDS);
        assertThat(Main.commandsFor(java.util.List.of())).isEqualTo(Main.COMMANDS);
    }
}
