package org.perftracker.server.artifact;

import java.time.Instant;
import java.util.List;

/** An artifact's metadata as the API shows it (the reference fields, plus its SHA-256). */
public record ArtifactView(long id, List<String> links, String uuid, String filename, String description, String mime,
        boolean deleted, String uploadedDt, int ttlDays, String deletedDt, String expiresDt, long size, boolean inline,
        boolean compression, String sha256) {

    public ArtifactView {
        links = List.copyOf(links);
    }

    public static ArtifactView of(Artifact a) {
        return new ArtifactView(a.id(), a.links(), a.uuid().toString(), a.filename(), a.description(), a.mime(),
                a.deleted(), Instant.ofEpochMilli(a.uploadedMs()).toString(), a.ttlDays(),
                a.deletedMs() == null ? null : Instant.ofEpochMilli(a.deletedMs()).toString(),
                Instant.ofEpochMilli(a.expiresMs()).toString(), a.size(), a.inline(), a.compression(), a.sha256());
    }
}
