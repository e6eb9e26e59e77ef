package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.testing.PostgresForTests;
import org.perftracker.server.testing.ServerProcess;

/** Two server processes on one PostgreSQL database, as a deployment grows past one machine. */
class TwoServerNodesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void uploads_through_either_node_land_and_each_node_reads_what_the_other_wrote() throws Exception {
        PostgresForTests.Database db = PostgresForTests.createDatabase();
        try (ServerProcess first = node("first", db); ServerProcess second = node("second", db)) {
            UUID job = UUID.randomUUID();
            assertThat(post(first, Fixtures.job().uuid(job).title("Via first").test("a", 1).build())).isEqualTo(200);
            assertThat(post(second, Fixtures.job().uuid(job).title("Via first").append().test("b", 2).build()))
                    .isEqualTo(200);
            for (int i = 0; i < 10; i++) {
                assertThat(post(i % 2 == 0 ? first : second, Fixtures.job().title("n" + i).test("x", i).build()))
                        .isEqualTo(200);
            }
            for (ServerProcess node : List.of(first, second)) {
                JsonNode list = get(node, "api/v1.0/1/job/?length=50");
                assertThat(list.get("recordsTotal").asInt()).isEqualTo(11);
                JsonNode shared = get(node, "api/v1.0/1/job/?search%5Bvalue%5D=via").get("data").get(0);
                assertThat(shared.get("tests_total").asInt()).isEqualTo(2);
            }
        } finally {
            PostgresForTests.dropDatabase(db);
        }
    }

    private ServerProcess node(String name, PostgresForTests.Database db) throws Exception {
        return ServerProcess.start(dir.resolve(name + ".log"), List.of("-Xmx256m"), "--port", "0", "--data-dir",
                dir.resolve(name).toString(), "--db-url", db.url(), "--db-user", db.user(), "--db-password",
                db.password());
    }

    private int post(ServerProcess node, JobUpload job) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url() + "api/v1.0/1/job/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new UploadWriter(MAPPER).toBytes(job))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private JsonNode get(ServerProcess node, String path) throws Exception {
        return MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(node.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
