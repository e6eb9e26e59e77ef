package org.perftracker.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.PerfTrackerServer;
import org.perftracker.server.ServerConfig;

/** A real server on a free loopback port over a test database, and an HTTP client that talks to it. */
public final class RunningServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TestDatabase.Instance database;
    private final PerfTrackerServer server;
    private final boolean ownsDatabase;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(TestDatabase.Instance database, PerfTrackerServer server, boolean ownsDatabase) {
        this.database = database;
        this.server = server;
        this.ownsDatabase = ownsDatabase;
    }

    public static RunningServer start(TestDatabase kind) {
        return start(kind.create(), c -> c);
    }

    /** Starts a server on this database; the server owns it and drops it on {@link #close()}. */
    public static RunningServer start(TestDatabase.Instance db, UnaryOperator<ServerConfig> configure) {
        return start(db, configure, java.time.Clock.systemUTC());
    }

    /** As {@link #start(TestDatabase.Instance, UnaryOperator)}, with the server reading time from this clock. */
    public static RunningServer start(TestDatabase.Instance db, UnaryOperator<ServerConfig> configure,
            java.time.Clock clock) {
        ServerConfig config = configure.apply(ServerConfig.forTests(db.dataDir(), db.url(), db.user(),
                db.password()));
        try {
            return new RunningServer(db, PerfTrackerServer.start(config, clock), true);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Starts another server node on a database a first one already serves, as a deployment behind a load
     * balancer runs; this node leaves the database to the first one.
     */
    /** Starts a second server on the database of a running one (several nodes on one PostgreSQL). */
    public static PerfTrackerServer startAnotherNode(RunningServer first) {
        TestDatabase.Instance db = first.database;
        return PerfTrackerServer.start(ServerConfig.forTests(db.dataDir(), db.url(), db.user(), db.password()));
    }

    public static RunningServer startSharing(TestDatabase.Instance db, UnaryOperator<ServerConfig> configure) {
        ServerConfig config = configure.apply(ServerConfig.forTests(db.dataDir(), db.url(), db.user(),
                db.password()));
        return new RunningServer(db, PerfTrackerServer.start(config), false);
    }

    public TestDatabase.Instance database() {
        return database;
    }

    /** @return every stored row and file, to compare before and after a request that must change nothing */
    public java.util.Map<String, java.util.List<String>> snapshot() {
        return DatabaseSnapshot.of(server.database(), database.dataDir());
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public PerfTrackerServer server() {
        return server;
    }

    public TestDatabase kind() {
        return database.kind();
    }

    /**
     * @return every HTTP route the server registered, as the router spells it:
     *     {@code PATCH /api/v{version}/{project}/alert/{id}}
     */
    public Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        javalin().unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
            Endpoint e = parsed.endpoint;
            if (e.method.isHttpMethod()) {
                routes.add(e.method.name() + " " + e.path);
            }
        });
        return routes;
    }

    /** The server keeps its Javalin to itself; tests read the field rather than widen the server's API for it. */
    private Javalin javalin() {
        for (java.lang.reflect.Field field : PerfTrackerServer.class.getDeclaredFields()) {
            if (field.getType() == Javalin.class) {
                try {
                    field.setAccessible(true);
                    return (Javalin) field.get(server);
                } catch (IllegalAccessException e) {
                    throw new AssertionError("cannot read the server's Javalin", e);
                }
            }
        }
        throw new AssertionError("PerfTrackerServer has no Javalin field to read its routes from");
    }

    /** An answer: status and body. */
    public record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Answer post(String path, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer postJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer post(String path, String body) {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    public Answer put(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer patch(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** Uploads a job as perftrackerlib does: a JSON body without a Content-Type. */
    public Answer upload(JobUpload job) {
        return upload(1, job);
    }

    public Answer upload(long projectId, JobUpload job) {
        return post("/api/v1.0/" + projectId + "/job/", new UploadWriter(MAPPER).toBytes(job));
    }

    public JsonNode getJson(String path) {
        Answer answer = get(path);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    /** @return the address of a path on this server */
    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** Sends any request (redirects are not followed); for forms, cookies and other headers. */
    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        if (ownsDatabase) {
            database.close();
        }
    }
}
