package org.perftracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.JobBuilder;
import org.perftracker.client.JobFile;
import org.perftracker.core.upload.TestResult;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.auth.AuthSettings;
import org.perftracker.server.auth.Role;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * {@code pt} against a server where every write needs a token, as a CI machine meets it: refused without one in a
 * single line, accepted with the token in {@code --token} or, as perftrackerlib users write it, in the URL.
 */
class PtWithTokensTest {
    @TempDir
    Path dir;

    @Test
    void pt_uploads_with_a_token_and_without_one_says_so_in_one_line() throws IOException {
        try (RunningServer server = RunningServer.start(TestDatabase.SQLITE.create(), c -> c.withAuth(c.auth()
                .withAnonymousWrites(AuthSettings.AnonymousWrites.NEVER)))) {
            long admin = server.server().users().byName("admin").orElseThrow().id();
            String token = server.server().tokens().create(Actor.SYSTEM, admin, "ci", Role.UPLOADER,
                    Optional.empty(), Optional.empty()).value();
            Path work = Files.createDirectories(dir.resolve("work"));
            JobFile.write(JobBuilder.create("Nightly").add(TestResult.builder("login").scores(1.7).build()).build(),
                    work.resolve("job.json"));
            Pt pt = new Pt(dir.resolve("home"), work);

            Pt.Result anonymous = pt.run("upload", "--url", server.baseUrl(), "job.json");
            assertThat(anonymous.exitCode()).isEqualTo(3);
            assertThat(anonymous.err().lines()).hasSize(1).first().asString()
                    .contains("HTTP 401", "pass an API token with --token or PT_TOKEN", "pt upload");

            Pt.Result inUrl = pt.run("upload", "--url", server.baseUrl().replace("http://", "http://ci:" + token + "@"),
                    "job.json");
            assertThat(inUrl.exitCode()).as(inUrl.toString()).isZero();
            assertThat(inUrl.out()).contains(server.baseUrl() + "/1/job/").doesNotContain(token);

            Pt.Result withFlag = pt.run("upload", "--url", server.baseUrl(), "--token", token, "job.json");
            assertThat(withFlag.exitCode()).as(withFlag.toString()).isZero();
            assertThat(server.getJson("/api/v1.0/1/job/").get("recordsTotal").asInt()).isEqualTo(1);
        }
    }
}
