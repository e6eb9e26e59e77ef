package org.perftracker.server.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL server for the tests: the one on 127.0.0.1:5432 when it answers (trust auth, as on developer
 * machines and CI), else an embedded one started once for the whole run. Never skipped: when neither works,
 * the tests fail and say how to get one. Each caller gets its own fresh database.
 *
 * <p>Override the server with {@code PT_TEST_PG_HOST}, {@code PT_TEST_PG_PORT}, {@code PT_TEST_PG_USER} and
 * {@code PT_TEST_PG_PASSWORD}.
 */
public final class PostgresForTests {
    private static final String HOST = env("PT_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("PT_TEST_PG_PORT", "5432");
    private static final String USER = env("PT_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("PT_TEST_PG_PASSWORD", "");

    private static Server server;

    private PostgresForTests() {
    }

    /** Where the test server is. */
    private record Server(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /** A fresh database; drop it with {@link #dropDatabase}. */
    public record Database(String name, String url, String user, String password) {
    }

    public static synchronized Database createDatabase() {
        Server s = server();
        String name = "pt_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute(s, "CREATE DATABASE " + name);
        return new Database(name, s.url(name), s.user(), s.password());
    }

    public static synchronized void dropDatabase(Database database) {
        execute(server(), "DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    }

    private static Server server() {
        if (server != null) {
            return server;
        }
        Server local = new Server(HOST, Integer.parseInt(PORT), USER, PASSWORD, null);
        try (Connection c = DriverManager.getConnection(local.url("postgres"), USER, PASSWORD)) {
            server = local;
            return server;
        } catch (SQLException notThere) {
            server = startEmbedded(notThere);
            return server;
        }
    }

    private static Server startEmbedded(SQLException whyNotLocal) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the embedded server's files are temporary
                }
            }));
            return new Server("localhost", pg.getPort(), "postgres", "", pg);
        } catch (IOException | RuntimeException e) {
            IllegalStateException failure = new IllegalStateException(
                    "PostgreSQL is needed by these tests and none is available: " + HOST + ":" + PORT
                            + " refused (" + whyNotLocal.getMessage() + ") and the embedded one did not start ("
                            + e.getMessage() + "). Start the local server (pg_ctlcluster 15 main start) or point"
                            + " PT_TEST_PG_HOST/PORT/USER/PASSWORD at one.", e);
            failure.addSuppressed(whyNotLocal);
            throw failure;
        }
    }

    private static void execute(Server s, String sql) {
        try (Connection c = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
