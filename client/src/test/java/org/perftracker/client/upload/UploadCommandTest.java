package org.perftracker.client.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.JobBuilder;
import org.perftracker.client.JobFile;
import org.perftracker.client.testing.LoopbackServer;
import org.perftracker.client.testing.LoopbackServer.Answer;
import org.perftracker.client.testing.Pt;
import org.perftracker.core.tool.ToolFixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

class UploadCommandTest {
    @TempDir
    Path dir;

    private final LoopbackServer server = LoopbackServer.start().likePerfTracker();

    @AfterEach
    void stop() {
        server.close();
    }

    private static JobUpload job() {
        return JobBuilder.create("Nightly").add(TestResult.builder("login").scores(1.7).build()).build();
    }

    @Test
    void a_saved_job_file_is_uploaded_as_it_is() {
        Pt pt = new Pt(dir);
        JobUpload job = job();
        JobFile.write(job, pt.workingDirectory().resolve("nightly.job.json"));

        Pt.Result r = pt.run("upload", "--url", server.url(), "nightly.job.json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("Job 17 created (1 test): " + server.url() + "/1/job/17\n");
        assertThat(server.requests("POST", "/api/v1.0/0/job/").get(0).body()).contains(job.uuid().toString());
        assertThat(pt.workingDirectory().resolve("nightly.job.json")).exists();
    }

    @Test
    void a_file_written_by_perftrackerlib_is_uploaded() throws IOException {
        Pt pt = new Pt(dir);
        Files.write(pt.workingDirectory().resolve("to_file.json"),
                ToolFixtures.bytes("reference/uploader-to-file.job.json"));

        Pt.Result r = pt.run("upload", "--url", server.url(), "--json", "to_file.json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"result\" : \"created\"");
    }

    @Test
    void kept_jobs_are_uploaded_with_pending_and_then_removed() {
        Pt pt = new Pt(dir);
        PendingJobs pending = new PendingJobs(pt.home(), pt.workingDirectory());
        Path first = pending.keep(job());
        Path second = pending.keep(job());

        Pt.Result r = pt.run("upload", "--url", server.url(), "--pending");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(server.requests("POST", "/api/v1.0/0/job/")).hasSize(2);
        assertThat(first).doesNotExist();
        assertThat(second).doesNotExist();
        assertThat(pt.run("upload", "--pending").out()).startsWith("No kept jobs in ");
    }

    @Test
    void a_refused_job_stays_kept_and_options_fix_it_on_the_next_try() {
        Pt pt = new Pt(dir);
        Path kept = new PendingJobs(pt.home(), pt.workingDirectory()).keep(job());
        server.on("/api/v1.0/0/job/", Answer.json(400, "{\"message\": \"Project 'Default project' doesn't exist. "
                + "Use: 'Web app'\", \"errors\": {}}"), Answer.json(200, "{\"id\": 18, \"result\": \"created\"}"));

        Pt.Result refused = pt.run("upload", "--url", server.url(), kept.toString());
        Pt.Result fixed = pt.run("upload", "--url", server.url(), "--project", "Web app", kept.toString());

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).startsWith("pt: the server refused the job: HTTP 400: Project 'Default project' "
                + "doesn't exist. Use: 'Web app'; the results stay in " + kept);
        assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
        assertThat(server.requests("POST", "/api/v1.0/0/job/").get(1).body())
                .contains("\"project_name\" : \"Web app\"");
        assertThat(kept).doesNotExist();
    }

    @Test
    void credentials_in_the_url_are_sent_as_basic_and_the_printed_link_has_none() {
        Pt pt = new Pt(dir);
        JobFile.write(job(), pt.workingDirectory().resolve("nightly.job.json"));
        String withToken = server.url().replace("http://", "http://ci:pt_secret@");

        Pt.Result r = pt.run("upload", "--url", withToken, "nightly.job.json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("Job 17 created (1 test): " + server.url() + "/1/job/17\n");
        assertThat(server.requests("POST", "/api/v1.0/0/job/").get(0).header("Authorization"))
                .isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString("ci:pt_secret".getBytes()));
    }

    @Test
    void a_refused_token_is_one_line_that_says_what_to_do_and_exit_3() {
        Pt pt = new Pt(dir);
        JobFile.write(job(), pt.workingDirectory().resolve("nightly.job.json"));
        server.on("/api/v1.0/0/job/", Answer.json(401, "{\"message\": \"Not signed in: This needs an API token\"}"));

        Pt.Result anonymous = pt.run("upload", "--url", server.url(), "nightly.job.json");
        Pt.Result revoked = pt.variable("PT_TOKEN", "pt_revoked").run("upload", "--url", server.url(),
                "nightly.job.json");

        assertThat(anonymous.exitCode()).isEqualTo(3);
        assertThat(anonymous.err().lines()).hasSize(1).first().asString()
                .startsWith("pt: the server refused the job: HTTP 401: Not signed in: This needs an API token"
                        + " (pass an API token with --token or PT_TOKEN); the results stay in ")
                .endsWith("with a token that may upload, upload it with: pt upload "
                        + pt.workingDirectory().resolve("nightly.job.json"));
        assertThat(revoked.exitCode()).isEqualTo(3);
        assertThat(revoked.err()).contains("(the token was not accepted: it may be mistyped, revoked or expired)");
        assertThat(server.requests("POST", "/api/v1.0/0/job/").get(1).header("Authorization"))
                .isEqualTo("Bearer pt_revoked");
    }

    @Test
    void an_invalid_file_is_named_with_its_line() throws IOException {
        Pt pt = new Pt(dir);
        Files.writeString(pt.workingDirectory().resolve("bad.json"), "{\n  \"project_name\": \"p\"\n}\n");

        Pt.Result r = pt.run("upload", "--url", server.url(), "bad.json");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("pt: " + pt.workingDirectory().resolve("bad.json") + ":1: uuid: is required");
        assertThat(pt.run("upload").exitCode()).isEqualTo(2);
    }
}
