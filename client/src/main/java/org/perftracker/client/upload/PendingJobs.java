package org.perftracker.client.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.perftracker.client.JobFile;
import org.perftracker.core.upload.JobUpload;

/**
 * Jobs that could not be uploaded, kept as job files until {@code pt upload} sends them: in
 * {@code $PT_HOME/pending/} ({@code ~/.perftracker/pending/} by default), or in {@code ./perftracker-pending/}
 * of the working directory when that cannot be written. A file is named after the time and the job's uuid:
 * {@code 20260501-020013-6f1c2a6e-0b7e-11ef-9c3a-0242ac120002.job.json}.
 */
public final class PendingJobs {
    /** The folder in the working directory used when the home folder cannot be written. */
    public static final String LOCAL_FOLDER = "perftracker-pending";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path primary;
    private final Path fallback;

    /**
     * @param home {@code pt}'s home folder, e.g. {@code ~/.perftracker}
     * @param workingDirectory where the fallback folder is
     */
    public PendingJobs(Path home, Path workingDirectory) {
        this.primary = home.resolve("pending");
        this.fallback = workingDirectory.resolve(LOCAL_FOLDER);
    }

    /** @return the file the job is now kept in */
    public Path keep(JobUpload job) {
        String name = STAMP.format(LocalDateTime.now()) + "-" + job.uuid() + ".job.json";
        try {
            Files.createDirectories(primary);
            Path file = primary.resolve(name);
            JobFile.write(job, file);
            return file;
        } catch (IOException | RuntimeException e) {
            Path file = fallback.resolve(name);
            JobFile.write(job, file);
            return file;
        }
    }

    /** @return every kept job file, oldest first */
    public List<Path> all() {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(primary, fallback)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".job.json")).sorted().forEach(out::add);
            } catch (IOException e) {
                // an unreadable folder holds nothing we can upload
            }
        }
        return out;
    }

    /** @return true when the file is one of the kept jobs (and may be removed once uploaded) */
    public boolean holds(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && (parent.equals(primary.toAbsolutePath().normalize())
                || parent.equals(fallback.toAbsolutePath().normalize()));
    }

    public Path folder() {
        return primary;
    }
}
