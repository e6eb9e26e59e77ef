package org.perftracker.server.artifact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.db.Columns;
import org.perftracker.server.db.Vendor;

/** SQL on artifacts and their links. */
final class ArtifactRepository {
    private static final String COLUMNS = """
            id, uuid, filename, description, mime, size, sha256, blob, inline, compression, ttl_days, uploaded_ms,
            expires_ms, deleted, deleted_ms""";

    private final Vendor vendor;

    ArtifactRepository(Vendor vendor) {
        this.vendor = vendor;
    }

    Optional<Artifact> find(Handle h, UUID uuid) {
        return h.createQuery("SELECT " + COLUMNS + " FROM artifact WHERE uuid = :uuid")
                .bind("uuid", uuid.toString()).map((rs, ctx) -> map(rs)).findOne()
                .map(a -> withLinks(h, List.of(a)).get(0));
    }

    Optional<Artifact> lock(Handle h, UUID uuid) {
        return h.createQuery("SELECT " + COLUMNS + " FROM artifact WHERE uuid = :uuid" + vendor.forUpdate())
                .bind("uuid", uuid.toString()).map((rs, ctx) -> map(rs)).findOne();
    }

    /** Creates an artifact without content; its values are set by {@link #save}. */
    long insert(Handle h, UUID uuid, long nowMs) {
        return h.createUpdate("""
                INSERT INTO artifact (uuid, filename, mime, ttl_days, uploaded_ms, expires_ms)
                VALUES (:uuid, 'artifact', 'application/octet-stream', 180, :now, :now)""")
                .bind("uuid", uuid.toString()).bind("now", nowMs)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void save(Handle h, Artifact a) {
        h.createUpdate("""
                UPDATE artifact SET filename = :filename, description = :description, mime = :mime, size = :size,
                    sha256 = :sha256, blob = :blob, inline = :inline, compression = :compression,
                    ttl_days = :ttlDays, uploaded_ms = :uploadedMs, expires_ms = :expiresMs, deleted = :deleted,
                    deleted_ms = :deletedMs
                WHERE id = :id""")
                .bind("id", a.id()).bind("filename", a.filename()).bind("description", a.description())
                .bind("mime", a.mime()).bind("size", a.size()).bind("sha256", a.sha256())
                .bind("blob", a.blob() == null ? null : a.blob().toString()).bind("inline", a.inline())
                .bind("compression", a.compression()).bind("ttlDays", a.ttlDays())
                .bind("uploadedMs", a.uploadedMs()).bind("expiresMs", a.expiresMs()).bind("deleted", a.deleted())
                .bind("deletedMs", a.deletedMs())
                .execute();
    }

    void link(Handle h, long artifactId, Collection<UUID> uuids) {
        for (UUID uuid : uuids) {
            h.createUpdate("""
                    INSERT INTO artifact_link (artifact_id, linked_uuid) VALUES (:id, :uuid)
                    ON CONFLICT (artifact_id, linked_uuid) DO NOTHING""")
                    .bind("id", artifactId).bind("uuid", uuid.toString()).execute();
        }
    }

    void unlink(Handle h, long artifactId, Collection<UUID> uuids) {
        for (UUID uuid : uuids) {
            h.createUpdate("DELETE FROM artifact_link WHERE artifact_id = :id AND linked_uuid = :uuid")
                    .bind("id", artifactId).bind("uuid", uuid.toString()).execute();
        }
    }

    void unlinkAll(Handle h, long artifactId) {
        h.createUpdate("DELETE FROM artifact_link WHERE artifact_id = :id").bind("id", artifactId).execute();
    }

    /** Artifacts that are not deleted, newest upload first. */
    List<Artifact> page(Handle h, int start, int length) {
        List<Artifact> rows = h.createQuery("SELECT " + COLUMNS + """
                 FROM artifact WHERE deleted = FALSE ORDER BY uploaded_ms DESC, id DESC
                LIMIT :length OFFSET :start""")
                .bind("length", length).bind("start", start).map((rs, ctx) -> map(rs)).list();
        return withLinks(h, rows);
    }

    /** Artifacts linked to any of these uuids (a job's and its tests'), newest first. */
    List<Artifact> linkedTo(Handle h, Collection<String> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        List<Artifact> rows = h.createQuery("SELECT " + COLUMNS + """
                 FROM artifact WHERE deleted = FALSE AND id IN
                    (SELECT artifact_id FROM artifact_link WHERE linked_uuid IN (<uuids>))
                ORDER BY uploaded_ms DESC, id DESC""")
                .bindList("uuids", new ArrayList<>(uuids)).map((rs, ctx) -> map(rs)).list();
        return withLinks(h, rows);
    }

    /**
     * Artifacts linked to a job or to any of its tests, newest first. The uuids are a subquery, so that a job of
     * 50,000 tests binds no 50,000 parameters; the indexes on links by uuid and on a job's tests serve it.
     */
    List<Artifact> linkedToJob(Handle h, long jobId) {
        List<Artifact> rows = h.createQuery("SELECT " + COLUMNS + """
                 FROM artifact WHERE deleted = FALSE AND id IN (
                    SELECT al.artifact_id FROM artifact_link al JOIN job j ON j.uuid = al.linked_uuid
                    WHERE j.id = :job
                    UNION
                    SELECT al.artifact_id FROM artifact_link al JOIN test t ON t.uuid = al.linked_uuid
                    WHERE t.job_id = :job)
                ORDER BY uploaded_ms DESC, id DESC""")
                .bind("job", jobId).map((rs, ctx) -> map(rs)).list();
        return withLinks(h, rows);
    }

    /** Artifacts whose time to live ended before this instant. */
    List<Artifact> expired(Handle h, long nowMs, int limit) {
        return h.createQuery("SELECT " + COLUMNS
                        + " FROM artifact WHERE deleted = FALSE AND expires_ms < :now ORDER BY expires_ms LIMIT :limit")
                .bind("now", nowMs).bind("limit", limit).map((rs, ctx) -> map(rs)).list();
    }

    private static List<Artifact> withLinks(Handle h, List<Artifact> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> links = new LinkedHashMap<>();
        h.createQuery("SELECT artifact_id, linked_uuid FROM artifact_link WHERE artifact_id IN (<ids>)"
                        + " ORDER BY artifact_id, linked_uuid")
                .bindList("ids", rows.stream().map(Artifact::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(a -> a.withLinks(links.getOrDefault(a.id(), List.of()))).toList();
    }

    private static Artifact map(ResultSet rs) throws SQLException {
        String blob = rs.getString("blob");
        return new Artifact(rs.getLong("id"), UUID.fromString(rs.getString("uuid")), rs.getString("filename"),
                rs.getString("description"), rs.getString("mime"), rs.getLong("size"), rs.getString("sha256"),
                blob == null ? null : UUID.fromString(blob), rs.getBoolean("inline"), rs.getBoolean("compression"),
                rs.getInt("ttl_days"), rs.getLong("uploaded_ms"), rs.getLong("expires_ms"), rs.getBoolean("deleted"),
                Columns.nullableLong(rs, "deleted_ms"), List.of());
    }
}
