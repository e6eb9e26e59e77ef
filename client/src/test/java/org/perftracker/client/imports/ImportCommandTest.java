package org.perftracker.client.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perftracker.client.JobFile;
import org.perftracker.client.testing.Pt;
import org.perftracker.core.tool.ToolFixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

class ImportCommandTest {
    @TempDir
    Path dir;

    private Path fixture(Pt pt, String name) throws IOException {
        Path file = pt.workingDirectory().resolve(name.replace('/', '-'));
        Files.write(file, ToolFixtures.bytes(name));
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ab, ab/local-javalin-n200-c4-k.txt",
        "wrk, wrk/latency-t2-c8.txt",
        "hey, hey/ok-n200-c4.txt",
        "jmh, jmh/string-bench-gc-f2.json",
        "k6, k6/shop-summary-export.json",
        "jmeter, jmeter/shop-3-threads-v2.13.jtl",
        "go-test, gotest/count3-two-packages.txt",
        "pytest-benchmark, pytest/codec-rounds5.json",
        "google-benchmark, gbench/repetitions3.json",
        "hyperfine, hyperfine/two-commands-runs5.json",
        "pt-text, reference/sample.txt",
        "pt-json, reference/sample.json",
    })
    void every_parser_format_can_be_imported(String format, String fixture) throws IOException {
        Pt pt = new Pt(dir);
        Path file = fixture(pt, fixture);

        Pt.Result r = pt.run("import", "--format", format, file.toString(), "--command",
                "hey -n 200 -c 4 http://127.0.0.1:8765/index.html", "--to-file", "job.json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JobUpload job = JobFile.read(pt.workingDirectory().resolve("job.json"));
        assertThat(job.tests()).isNotEmpty();
        assertThat(job.title()).contains(format + " import");
        assertThat(job.envNodes()).isEmpty();
    }

    @Test
    void several_files_of_one_benchmark_are_its_iterations_and_the_console_log_marks_failures() throws IOException {
        Pt pt = new Pt(dir);
        Path ab = fixture(pt, "ab/local-javalin-n200-c4-k.txt");
        Path jmh = fixture(pt, "jmh/misc-bench-sample-ss-failure.json");
        Path log = fixture(pt, "jmh/misc-bench-sample-ss-failure.log");

        pt.run("import", "-f", "ab", ab.toString(), ab.toString(), "--to-file", "ab.json");
        Pt.Result r = pt.run("import", "-f", "jmh", jmh.toString(), "--console-log", log.toString(),
                "--to-file", "jmh.json", "--title", "JMH 1.4.0-512");

        JobUpload abJob = JobFile.read(pt.workingDirectory().resolve("ab.json"));
        assertThat(abJob.tests()).allSatisfy(t -> assertThat(t.scores()).hasSize(2));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JobUpload jmhJob = JobFile.read(pt.workingDirectory().resolve("jmh.json"));
        assertThat(jmhJob.title()).contains("JMH 1.4.0-512");
        assertThat(jmhJob.tests()).extracting(TestResult::status).map(Enum::name).contains("FAILED");
    }

    @Test
    void a_file_that_cannot_be_read_is_named_with_its_line_and_the_others_are_still_uploaded() throws IOException {
        Pt pt = new Pt(dir);
        Path good = fixture(pt, "ab/local-javalin-n200-c4-k.txt");
        Path cut = fixture(pt, "ab/truncated-in-percentiles.txt");

        Pt.Result r = pt.run("import", "-f", "ab", good.toString(), cut.toString(), "--to-file", "job.json");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("pt: ab: " + cut + ":45: the percentile table ends before its 100% row\n");
        assertThat(pt.workingDirectory().resolve("job.json")).exists();
    }

    @Test
    void an_unknown_format_or_a_missing_file_is_a_usage_error() {
        Pt pt = new Pt(dir);

        Pt.Result unknown = pt.run("import", "-f", "siege", "x.txt");
        Pt.Result missing = pt.run("import", "-f", "ab", "nowhere.txt");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("pt: --format: unknown format 'siege'; known: ab, apachebench, wrk");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("pt: " + pt.workingDirectory().resolve("nowhere.txt") + ": no such file");
    }
}
