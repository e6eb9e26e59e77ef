package org.perftracker.server.artifact;

import java.util.List;
import java.util.UUID;

/**
 * A stored file's metadata.
 *
 * @param size bytes stored (for a compressed artifact: the compressed size)
 * @param blob key of the content in the {@link ArtifactStore}, null while there is none
 * @param compression the stored bytes are bzip2-compressed and are decompressed on download
 * @param links uuids of the jobs and tests the artifact belongs to
 */
public record Artifact(long id, UUID uuid, String filename, String description, String mime, long size,
        String sha256, UUID blob, boolean inline, boolean compression, int ttlDays, long uploadedMs, long expiresMs,
        boolean deleted, Long deletedMs, List<String> links) {

    public Artifact {
        links = List.copyOf(links);
    }

    public boolean hasContent() {
        return blob != null;
    }

    Artifact withLinks(List<String> newLinks) {
        return new Artifact(id, uuid, filename, description, mime, size, sha256, blob, inline, compression, ttlDays,
                uploadedMs, expiresMs, deleted, deletedMs, newLinks);
    }
}
