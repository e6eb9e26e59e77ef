package org.perftracker.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A file to store on the server as an artifact, and how: {@code ArtifactUpload.of(Path.of("run.log"))
 * .linkedTo(jobUuid).description("the run's output").inline(true).compressed(true)} stores run.log under a new
 * uuid, linked to that job, shown in the browser, bzip2-compressed on the way (the server decompresses it on
 * download).
 *
 * @param filename the name it downloads as; by default the file's own
 * @param mime its type; by default the server guesses it from the name
 * @param ttlDays how many days the server keeps it; by default the server's 180
 * @param links the jobs and tests (their uuids) it belongs to
 */
public record ArtifactUpload(Path file, UUID uuid, String filename, String description, Optional<String> mime,
        Optional<Integer> ttlDays, boolean inline, boolean compressed, List<UUID> links) {

    public ArtifactUpload {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(uuid, "uuid");
        filename = Objects.requireNonNullElse(filename, file.getFileName().toString());
        description = Objects.requireNonNullElse(description, "");
        mime = Objects.requireNonNullElse(mime, Optional.<String>empty());
        ttlDays = Objects.requireNonNullElse(ttlDays, Optional.<Integer>empty());
        links = List.copyOf(links);
    }

    /** @return the file under a new uuid, linked to nothing, with the server's defaults */
    public static ArtifactUpload of(Path file) {
        return new ArtifactUpload(file, UUID.randomUUID(), file.getFileName().toString(), "", Optional.empty(),
                Optional.empty(), false, false, List.of());
    }

    public ArtifactUpload uuid(UUID value) {
        return new ArtifactUpload(file, value, filename, description, mime, ttlDays, inline, compressed, links);
    }

    public ArtifactUpload filename(String value) {
        return new ArtifactUpload(file, uuid, value, description, mime, ttlDays, inline, compressed, links);
    }

    public ArtifactUpload description(String value) {
        return new ArtifactUpload(file, uuid, filename, value, mime, ttlDays, inline, compressed, links);
    }

    public ArtifactUpload mime(String value) {
        return new ArtifactUpload(file, uuid, filename, description, Optional.ofNullable(value), ttlDays, inline,
                compressed, links);
    }

    public ArtifactUpload ttlDays(int days) {
        return new ArtifactUpload(file, uuid, filename, description, mime, Optional.of(days), inline, compressed,
                links);
    }

    public ArtifactUpload inline(boolean value) {
        return new ArtifactUpload(file, uuid, filename, description, mime, ttlDays, value, compressed, links);
    }

    public ArtifactUpload compressed(boolean value) {
        return new ArtifactUpload(file, uuid, filename, description, mime, ttlDays, inline, value, links);
    }

    /** @return this upload linked to these jobs or tests too */
    public ArtifactUpload linkedTo(UUID... more) {
        List<UUID> all = new ArrayList<>(links);
        all.addAll(List.of(more));
        return new ArtifactUpload(file, uuid, filename, description, mime, ttlDays, inline, compressed, all);
    }
}
