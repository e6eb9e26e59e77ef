package org.perftracker.client.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Keeps the output of a run that could not be read, so that the line a failure names can be looked at:
 * {@code ~/.perftracker/output/20260501-020013-ab.txt}.
 */
public final class OutputArchive {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path directory;

    /** @param directory where outputs are kept, e.g. {@code ~/.perftracker/output} */
    public OutputArchive(Path directory) {
        this.directory = directory;
    }

    /** @return the file that now holds the output */
    public Path keep(String tool, byte[] output) {
        String base = STAMP.format(LocalDateTime.now()) + "-" + tool.replaceAll("[^A-Za-z0-9_.-]", "_");
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(base + ".txt");
            for (int n = 2; Files.exists(file); n++) {
                file = directory.resolve(base + "-" + n + ".txt");
            }
            return Files.write(file, output);
        } catch (IOException e) {
            try {
                return Files.write(Files.createTempFile("pt-" + base + "-", ".txt"), output);
            } catch (IOException again) {
                throw new java.io.UncheckedIOException("cannot keep the output of " + tool + " in " + directory
                        + " or a temporary file: " + again.getMessage(), again);
            }
        }
    }
}
