package org.perftracker.server.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.UploadParser;

class FirstUploadTest {
    private static final UUID JOB = UUID.fromString("6f1c2a6e-0b7e-11ef-9c3a-0242ac120002");

    @Test
    void every_command_names_this_server_and_the_project() {
        FirstUpload first = FirstUpload.of("http://perf.example.com:9000", "Default project", JOB);
        assertThat(first.steps()).hasSize(4);
        assertThat(first.steps().get(0).command()).startsWith("curl ")
                .contains("http://perf.example.com:9000/api/v1.0/1/job/", JOB.toString());
        assertThat(first.steps().get(1).command()).contains("--pt-url http://perf.example.com:9000",
                "--pt-project 'Default project'");
        assertThat(first.steps().get(2).command()).startsWith("./pt run --url http://perf.example.com:9000")
                .contains(" -- ab ");
        assertThat(first.steps().get(3).command()).isEqualTo("./pt server --demo");
    }

    @Test
    void the_curl_body_is_a_valid_upload_even_for_a_project_name_with_quotes() throws Exception {
        String name = "Bob's \"web\" shop";
        String curl = FirstUpload.of("http://127.0.0.1:9000", name, JOB).steps().get(0).command();
        String quoted = curl.substring(curl.indexOf(" -d ") + 4);
        String body = unquoteShell(quoted);
        JsonNode json = new ObjectMapper().readTree(body);
        JobUpload upload = new UploadParser(new ObjectMapper()).parse(json);
        assertThat(upload.projectName()).isEqualTo(name);
        assertThat(upload.tests()).hasSize(2);
    }

    /** Undoes {@link FirstUpload#shellQuoted}: 'it'\''s' → it's. */
    private static String unquoteShell(String word) {
        assertThat(word).startsWith("'").endsWith("'");
        return word.substring(1, word.length() - 1).replace("'\\''", "'");
    }
}
