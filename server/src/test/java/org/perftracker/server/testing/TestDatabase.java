package org.perftracker.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The databases every storage test runs on; each {@link #create()} gives a fresh, empty one. */
public enum TestDatabase {
    SQLITE,
    POSTGRESQL;

    /** A fresh database and the directory a server may keep files in. */
    public record Instance(TestDatabase kind, String url, String user, String password, Path dataDir,
            PostgresForTests.Database postgres) implements AutoCloseable {

        @Override
        public void close() {
            if (postgres != null) {
                PostgresForTests.dropDatabase(postgres);
            }
            Directories.deleteRecursively(dataDir);
        }
    }

    public Instance create() {
        Path dir;
        try {
            dir = Files.createTempDirectory("perftracker-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (this == SQLITE) {
            return new Instance(this, "jdbc:sqlite:" + dir.resolve("perftracker.db"), "", "", dir, null);
        }
        PostgresForTests.Database pg = PostgresForTests.createDatabase();
        return new Instance(this, pg.url(), pg.user(), pg.password(), dir, pg);
    }
}
