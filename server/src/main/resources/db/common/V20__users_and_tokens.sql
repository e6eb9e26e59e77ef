-- Users, their sessions, API tokens, failed sign-ins and the audit log. Everything that decides who may do what
-- lives here, so that every server node on one database agrees.

-- "user" is a reserved word in PostgreSQL.
CREATE TABLE app_user (
    id            ${pk},
    username      ${text} NOT NULL UNIQUE,
    -- "pbkdf2-sha256$<iterations>$<salt>$<hash>" for a password a person chose, "sha256$<salt>$<hash>" for a
    -- generated one (high entropy); empty for users of the directory (LDAP), who have no password here
    password_hash ${text} NOT NULL DEFAULT '',
    role          ${text} NOT NULL,
    source        ${text} NOT NULL DEFAULT 'local',
    disabled      BOOLEAN NOT NULL DEFAULT FALSE,
    created_ms    BIGINT  NOT NULL
);

-- A signed-in browser. The cookie holds a random value; only its SHA-256 is stored.
CREATE TABLE user_session (
    id_hash    ${text} PRIMARY KEY,
    user_id    BIGINT  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token ${text} NOT NULL,
    created_ms BIGINT  NOT NULL,
    expires_ms BIGINT  NOT NULL
);
CREATE INDEX user_session_by_user ON user_session (user_id);
CREATE INDEX user_session_by_expiry ON user_session (expires_ms);

-- An API token: random, shown once, stored as its SHA-256. It acts with its own role (never more than its
-- owner's when it was made), optionally in one project only.
CREATE TABLE api_token (
    id           ${pk},
    token_hash   ${text} NOT NULL UNIQUE,
    prefix       ${text} NOT NULL,
    name         ${text} NOT NULL,
    user_id      BIGINT  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role         ${text} NOT NULL,
    project_id   BIGINT  REFERENCES project (id) ON DELETE CASCADE,
    created_ms   BIGINT  NOT NULL,
    expires_ms   BIGINT,
    revoked_ms   BIGINT,
    last_used_ms BIGINT
);
CREATE INDEX api_token_by_user ON api_token (user_id);

-- Failed sign-ins, per user name ("user:alice") and per remote address ("addr:192.0.2.7"), for rate limiting.
CREATE TABLE signin_failure (
    id       ${pk},
    subject  ${text} NOT NULL,
    at_ms    BIGINT  NOT NULL
);
CREATE INDEX signin_failure_by_subject ON signin_failure (subject, at_ms);
CREATE INDEX signin_failure_by_time ON signin_failure (at_ms);

-- Who deleted, edited or changed permissions of what, and when.
CREATE TABLE audit_log (
    id     ${pk},
    at_ms  BIGINT  NOT NULL,
    actor  ${text} NOT NULL,
    action ${text} NOT NULL,
    target ${text} NOT NULL,
    detail ${text} NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_time ON audit_log (at_ms);
