package org.perftracker.client;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.perftracker.client.cli.Invocation;

/**
 * The training run of the {@code pt} launcher's class-data archive: runs what {@code pt} usually runs (help, a
 * small {@code pt run} to a file) in one JVM, so that the archive holds the classes of both and {@code pt} starts
 * faster. Not a user command; prints nothing.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("pt-training-");
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        List<List<String>> runs = List.of(List.of("--help"), List.of("run", "--help"),
                List.of("run", "--to-file", dir.resolve("job.json").toString(), "--parser", "pt-text", "--",
                        "echo", "tag: training; score: 1;"));
        for (List<String> run : runs) {
            Main.run(new Invocation(run, System.getenv(), nowhere, nowhere, false, dir, dir));
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
