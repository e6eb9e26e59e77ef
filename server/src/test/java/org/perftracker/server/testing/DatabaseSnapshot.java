package org.perftracker.server.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.perftracker.server.db.Database;

/**
 * Everything a server stores, as text: every row of every table (but the ones that record refusals themselves)
 * and the names of the stored files. Two equal snapshots mean nothing changed.
 */
public final class DatabaseSnapshot {
    /** Tables a refused request may write to: failed sign-ins are counted, by design. */
    private static final List<String> IGNORED = List.of("signin_failure", "flyway_schema_history");

    private DatabaseSnapshot() {
    }

    public static Map<String, List<String>> of(Database db, Path dataDir) {
        Map<String, List<String>> tables = new TreeMap<>();
        db.read(h -> {
            try {
                Connection c = h.getConnection();
                DatabaseMetaData meta = c.getMetaData();
                List<String> names = new ArrayList<>();
                try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        String schema = rs.getString("TABLE_SCHEM");
                        if (schema == null || schema.equals("public")) {
                            names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
                for (String table : names) {
                    if (IGNORED.contains(table) || table.startsWith("sqlite_")) {
                        continue;
                    }
                    tables.put(table, h.createQuery("SELECT * FROM " + table).mapToMap().stream()
                            .map(row -> new TreeMap<>(row).toString()).sorted().toList());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        tables.put("files", files(dataDir.resolve("artifacts")));
        return tables;
    }

    private static List<String> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
