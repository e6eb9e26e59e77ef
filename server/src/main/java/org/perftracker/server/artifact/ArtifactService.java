package org.perftracker.server.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores artifacts: their bytes in the {@link ArtifactStore} (streamed, outside any transaction), their
 * metadata and links in the database. Content is written under a new blob key each time and the old blob is
 * removed after the row points at the new one, so a reader never sees half a file.
 */
public final class ArtifactService {
    private static final Logger LOG = LoggerFactory.getLogger(ArtifactService.class);
    static final int DEFAULT_TTL_DAYS = 180;
    private static final long DAY_MS = 24L * 3600 * 1000;

    private final Database db;
    private final ArtifactStore store;
    private final ArtifactRepository artifacts;
    private final Clock clock;
    private final long maxBytes;

    private final AuditLog audit;

    public ArtifactService(Database db, ArtifactStore store, Clock clock, long maxBytes, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.store = store;
        this.artifacts = new ArtifactRepository(db.vendor());
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Whether an upload made a new artifact or changed one. */
    public enum Result { CREATED, UPDATED }

    /**
     * Creates or updates the artifact with this uuid; with content, it replaces the stored bytes (and undeletes
     * a deleted artifact).
     */
    Result save(Actor actor, UUID uuid, ArtifactChange change, Optional<InputStream> content) {
        Optional<ArtifactStore.Stored> stored = Optional.empty();
        UUID blob = null;
        if (content.isPresent()) {
            blob = UUID.randomUUID();
            try {
                stored = Optional.of(store.write(blob, content.get(), maxBytes));
            } catch (ArtifactStore.TooLargeException e) {
                throw new ApiException(413, "the file is larger than the artifact limit of " + maxBytes / (1 << 20)
                        + " MiB; raise the server's --max-artifact-mb to accept it");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store the content of artifact " + uuid, e);
            }
        }
        UUID newBlob = blob;
        Optional<ArtifactStore.Stored> newContent = stored;
        Saved saved;
        try {
            saved = db.write(h -> {
                long now = clock.millis();
                Optional<Artifact> existing = artifacts.lock(h, uuid);
                Artifact before = existing.orElseGet(() -> {
                    long id = artifacts.insert(h, uuid, now);
                    return artifacts.lock(h, uuid).orElseThrow(() -> new IllegalStateException("just inserted " + id));
                });
                Artifact after = apply(before, existing.isEmpty(), change, newBlob, newContent, now);
                artifacts.save(h, after);
                artifacts.link(h, after.id(), change.linked());
                artifacts.unlink(h, after.id(), change.unlinked());
                if (existing.isPresent()) {
                    audit.record(h, actor, "artifact.edit", "artifact " + uuid + " (" + after.filename() + ")",
                            newContent.isPresent() ? "new content" : "");
                }
                return new Saved(existing.isEmpty() ? Result.CREATED : Result.UPDATED,
                        newBlob != null ? before.blob() : null);
            });
        } catch (RuntimeException e) {
            deleteBlob(newBlob);
            throw e;
        }
        deleteBlob(saved.replacedBlob());
        return saved.result();
    }

    private record Saved(Result result, UUID replacedBlob) {
    }

    /** The values sent replace the stored ones; a new artifact's type is guessed from its name unless sent. */
    private static Artifact apply(Artifact a, boolean isNew, ArtifactChange c, UUID blob,
            Optional<ArtifactStore.Stored> content, long now) {
        String filename = c.filename().filter(f -> !f.isBlank()).orElse(a.filename());
        String mime = c.mime().filter(m -> !m.isBlank()).orElse(isNew ? MimeTypes.guess(filename) : a.mime());
        int ttl = c.ttlDays().orElse(a.ttlDays());
        long uploaded = now; // as the reference server: every change renews the time to live
        boolean deleted = content.isEmpty() && a.deleted();
        return new Artifact(a.id(), a.uuid(), filename, c.description().orElse(a.description()), mime,
                content.map(ArtifactStore.Stored::size).orElse(a.size()),
                content.map(ArtifactStore.Stored::sha256).orElse(a.sha256()),
                content.isPresent() ? blob : a.blob(), c.inline().orElse(a.inline()),
                c.compression().orElse(a.compression()), ttl, uploaded, uploaded + ttl * DAY_MS, deleted,
                deleted ? a.deletedMs() : null, a.links());
    }

    public Optional<Artifact> find(UUID uuid) {
        return db.read(h -> artifacts.find(h, uuid));
    }

    public List<Artifact> page(int start, int length) {
        return db.read(h -> artifacts.page(h, start, length));
    }

    /** @return the artifacts linked to any of these uuids: a job's, and its tests' */
    public List<Artifact> linkedTo(List<String> uuids) {
        return db.read(h -> artifacts.linkedTo(h, uuids));
    }

    /** @return the artifacts linked to a job or to any of its tests, in one query whatever the number of tests */
    public List<Artifact> linkedToJob(long jobId) {
        return db.read(h -> artifacts.linkedToJob(h, jobId));
    }

    /** Deletes the content and the links; the metadata stays, marked deleted, so that downloads answer 410. */
    boolean delete(Actor actor, UUID uuid) {
        return remove(uuid, Optional.of(actor));
    }

    /** @param actor who deleted it, for the audit log; empty when its time to live ended */
    private boolean remove(UUID uuid, Optional<Actor> actor) {
        Optional<UUID> blob = db.write(h -> artifacts.lock(h, uuid).map(a -> {
            actor.ifPresent(who -> audit.record(h, who, "artifact.delete", "artifact " + uuid + " (" + a.filename()
                    + ")", ""));
            artifacts.save(h, new Artifact(a.id(), a.uuid(), a.filename(), a.description(), a.mime(), a.size(),
                    a.sha256(), null, a.inline(), a.compression(), a.ttlDays(), a.uploadedMs(), a.expiresMs(), true,
                    a.deleted() && a.deletedMs() != null ? a.deletedMs() : clock.millis(), List.of()));
            artifacts.unlinkAll(h, a.id());
            return Optional.ofNullable(a.blob());
        })).orElse(null);
        if (blob == null) {
            return false;
        }
        blob.ifPresent(this::deleteBlob);
        return true;
    }

    /** Deletes every artifact whose time to live has ended; returns how many. */
    public int sweepExpired() {
        int removed = 0;
        for (Artifact a : db.read(h -> artifacts.expired(h, clock.millis(), 1000))) {
            if (remove(a.uuid(), Optional.empty())) {
                removed++;
            }
        }
        return removed;
    }

    InputStream open(Artifact artifact, long offset) throws IOException {
        return store.read(artifact.blob(), offset);
    }

    private void deleteBlob(UUID blob) {
        if (blob == null) {
            return;
        }
        try {
            store.delete(blob);
        } catch (IOException e) {
            LOG.warn("cannot remove the artifact content {}: {}", blob, e.getMessage());
        }
    }
}
