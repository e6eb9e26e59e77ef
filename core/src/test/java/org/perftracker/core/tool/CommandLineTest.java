package org.perftracker.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void a_shell_line_is_split_on_blanks_keeping_quoted_text_together() {
        CommandLine c = CommandLine.parse("hyperfine -P n 1 3 'seq {n} > /dev/null' \"a b\" c\\ d");

        assertThat(c.args()).containsExactly("hyperfine", "-P", "n", "1", "3", "seq {n} > /dev/null", "a b", "c d");
        assertThat(c.toString()).isEqualTo("hyperfine -P n 1 3 'seq {n} > /dev/null' 'a b' 'c d'");
        assertThat(CommandLine.parse("  ").isEmpty()).isTrue();
    }

    @Test
    void an_option_value_is_found_in_every_spelling_and_the_last_one_wins() {
        CommandLine c = CommandLine.parse("ab -c 4 -n100 --timeout=5 -c 8 http://h:80/x?y=1");

        assertThat(c.option("-c")).contains("8");
        assertThat(c.option("-n")).contains("100");
        assertThat(c.option("--timeout")).contains("5");
        assertThat(c.option("-k")).isEmpty();
        assertThat(c.lastUrl()).contains("http://h:80/x?y=1");
        assertThat(CommandLine.parse("hey -c 10 -cpus 2 http://h/").option("-c")).contains("10");
    }

    @Test
    void a_program_is_found_by_its_file_name_behind_wrappers() {
        CommandLine c = CommandLine.parse("nice -n 5 /usr/local/bin/wrk -c 10 http://h/");

        assertThat(c.indexOfProgram("wrk")).hasValue(3);
        assertThat(c.from(3).args()).startsWith("/usr/local/bin/wrk", "-c");
        assertThat(c.indexOfProgram("ab")).isEmpty();
    }
}
