package org.perftracker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.core.tool.ToolFixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

class JobFileTest {
    @TempDir
    Path dir;

    @Test
    void a_written_job_reads_back_the_same() {
        JobUpload job = JobBuilder.create("Nightly").project("Web app").product("Web app", "1.4.0-512")
                .add(TestResult.builder("login").group("Latency").metrics("ms").lessBetter(true)
                        .scores(1.7, 2.2).addError("HTTP 500").build()).build();
        Path file = dir.resolve("sub/nightly.job.json");

        JobFile.write(job, file);

        assertThat(JobFile.read(file)).isEqualTo(job);
        assertThat(dir.resolve("sub")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void a_job_file_written_by_perftrackerlib_is_read() throws IOException {
        Path file = dir.resolve("to_file.job.json");
        Files.write(file, ToolFixtures.bytes("reference/uploader-to-file.job.json"));

        JobUpload job = JobFile.read(file);

        assertThat(job.projectName()).isEqualTo("Default project");
        assertThat(job.tests()).isNotEmpty();
    }

    @Test
    void a_file_that_is_no_job_is_refused_with_the_line_of_its_first_problem() throws IOException {
        Path file = dir.resolve("bad.job.json");
        Files.writeString(file, "{\n  \"uuid\": \"not-a-uuid\",\n  \"project_name\": \"p\",\n  \"tests\": []\n}\n");

        assertThatThrownBy(() -> JobFile.read(file)).isInstanceOf(InvalidJobFileException.class)
                .hasMessage(file + ":2: uuid: 'not-a-uuid' is not a valid UUID, e.g. "
                        + "\"6f1c2a6e-0b7e-11ef-9c3a-0242ac120002\"");
    }

    @Test
    void broken_json_and_a_missing_file_are_named_with_their_file() throws IOException {
        Path file = dir.resolve("cut.job.json");
        Files.writeString(file, "{\n  \"uuid\": \"x\",\n");

        assertThatThrownBy(() -> JobFile.read(file)).hasMessageStartingWith(file + ":3: not valid JSON");
        assertThatThrownBy(() -> JobFile.read(dir.resolve("none.json"))).hasMessage(dir.resolve("none.json")
                + ": no such file");
    }
}
