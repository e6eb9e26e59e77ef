-- Artifacts: files (logs, dumps, flame graphs) stored by the server and linked to any number of jobs or tests
-- by their uuids. The bytes live in the artifact store under the key `blob` (a new key for every new content,
-- so that a replaced content is removed only after the row points at the new one); this is their metadata.
CREATE TABLE artifact (
    id          ${pk},
    uuid        ${text} NOT NULL UNIQUE,
    filename    ${text} NOT NULL,
    description ${text} NOT NULL DEFAULT '',
    mime        ${text} NOT NULL,
    size        BIGINT  NOT NULL DEFAULT 0,
    sha256      ${text} NOT NULL DEFAULT '',
    blob        ${text},
    inline      BOOLEAN NOT NULL DEFAULT FALSE,
    compression BOOLEAN NOT NULL DEFAULT FALSE,
    ttl_days    INTEGER NOT NULL,
    uploaded_ms BIGINT  NOT NULL,
    expires_ms  BIGINT  NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT FALSE,
    deleted_ms  BIGINT
);
CREATE INDEX artifact_by_upload ON artifact (deleted, uploaded_ms);
CREATE INDEX artifact_by_expiry ON artifact (deleted, expires_ms);

CREATE TABLE artifact_link (
    artifact_id BIGINT  NOT NULL REFERENCES artifact (id) ON DELETE CASCADE,
    linked_uuid ${text} NOT NULL,
    PRIMARY KEY (artifact_id, linked_uuid)
);
CREATE INDEX artifact_link_by_uuid ON artifact_link (linked_uuid);
