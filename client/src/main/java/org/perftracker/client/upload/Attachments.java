package org.perftracker.client.upload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.perftracker.client.ArtifactInfo;
import org.perftracker.client.ArtifactUpload;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.PerfTrackerException;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.cli.TextTable;

/**
 * Files that go up with a job ({@code pt run --attach FILE}): once the job is stored, each is uploaded as an
 * artifact linked to the job's uuid. A job that was not stored takes none, and the user is told how to attach them
 * later.
 */
public final class Attachments {
    public static final Attachments NONE = new Attachments(List.of());

    private final List<Path> files;

    public Attachments(List<Path> files) {
        this.files = List.copyOf(files);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /**
     * Uploads every file, linked to the job; says on standard error what went up (unless quiet) and what did not.
     *
     * @param stored where each stored artifact is described, for {@code --json}
     * @return whether every file was stored
     */
    boolean upload(PerfTrackerClient client, UUID job, Invocation invocation, boolean quiet, ArrayNode stored) {
        boolean all = true;
        for (Path file : files) {
            try {
                ArtifactInfo a = client.artifacts().upload(ArtifactUpload.of(file).linkedTo(job)
                        .inline(file.getFileName().toString().matches("(?i).*\\.(log|txt|out|csv|json)")));
                stored.addObject().put("file", file.toString()).put("uuid", a.uuid()).put("size", a.size())
                        .put("url", client.settings().baseUrl() + "/0/artifact_content/" + a.uuid());
                if (!quiet) {
                    invocation.err().println("pt: attached " + file.getFileName() + " (" + TextTable.bytes(a.size())
                            + ") as artifact " + a.uuid());
                }
            } catch (PerfTrackerException | UncheckedIOException e) {
                all = false;
                invocation.err().println("pt: cannot attach " + file + ": " + e.getMessage() + "; attach it with: "
                        + command(file, job));
            }
        }
        return all;
    }

    /** Tells how to attach the files once the job is stored. */
    void notUploaded(Invocation invocation, UUID job) {
        for (Path file : files) {
            invocation.err().println("pt: " + file.getFileName() + " was not attached; once the job is stored: "
                    + command(file, job));
        }
    }

    private static String command(Path file, UUID job) {
        return "pt artifact upload " + file + " --link " + job;
    }
}
