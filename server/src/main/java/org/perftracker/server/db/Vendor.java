package org.perftracker.server.db;

import java.util.Locale;

/** The two databases PerfTracker runs on, and the little that differs between them. */
public enum Vendor {
    SQLITE("sqlite", ""),
    POSTGRESQL("postgresql", " FOR UPDATE");

    private final String migrationFolder;
    private final String forUpdate;

    Vendor(String migrationFolder, String forUpdate) {
        this.migrationFolder = migrationFolder;
        this.forUpdate = forUpdate;
    }

    public static Vendor fromJdbcUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL '" + url
                + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE");
    }

    /** @return the folder under {@code db/} that holds this vendor's first migration */
    public String migrationFolder() {
        return migrationFolder;
    }

    /**
     * @return the clause that locks selected rows until the transaction ends; empty on SQLite, where a write
     *     transaction already holds the database's write lock from its first statement
     */
    public String forUpdate() {
        return forUpdate;
    }

    /** @return the name shown by the health endpoint */
    public String displayName() {
        return migrationFolder;
    }
}
