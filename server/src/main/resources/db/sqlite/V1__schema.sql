-- PerfTracker schema, SQLite flavour. Keep in step with ../postgresql/V1__schema.sql: the two differ only in
-- the id columns and in the column types SQLite does not have. Later migrations are shared (../common).
-- Times are milliseconds since the epoch, UTC. JSON values (scores, links, …) are stored as JSON text.

CREATE TABLE project (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    description TEXT    NOT NULL DEFAULT '',
    nav_order   INTEGER NOT NULL DEFAULT 100,
    visible     BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE regression (
    id         INTEGER PRIMARY KEY,
    project_id BIGINT  NOT NULL REFERENCES project (id),
    tag        TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    deleted    BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (project_id, tag)
);

CREATE TABLE job (
    id                INTEGER PRIMARY KEY,
    project_id        BIGINT  NOT NULL REFERENCES project (id),
    uuid              TEXT    NOT NULL UNIQUE,
    title             TEXT    NOT NULL,
    cmdline           TEXT    NOT NULL DEFAULT '',
    suite_name        TEXT    NOT NULL DEFAULT '',
    suite_ver         TEXT    NOT NULL DEFAULT '',
    author            TEXT    NOT NULL DEFAULT '',
    product_name      TEXT    NOT NULL DEFAULT '',
    product_ver       TEXT    NOT NULL DEFAULT '',
    begin_ms          BIGINT  NOT NULL,
    end_ms            BIGINT  NOT NULL,
    duration_ms       BIGINT  NOT NULL,
    upload_ms         BIGINT  NOT NULL,
    links             TEXT    NOT NULL DEFAULT '{}',
    env_names         TEXT    NOT NULL DEFAULT '',
    regression_id     BIGINT  REFERENCES regression (id),
    regression_linked BOOLEAN NOT NULL DEFAULT FALSE,
    deleted           BOOLEAN NOT NULL DEFAULT FALSE,
    tests_total       INTEGER NOT NULL DEFAULT 0,
    tests_completed   INTEGER NOT NULL DEFAULT 0,
    tests_failed      INTEGER NOT NULL DEFAULT 0,
    tests_errors      INTEGER NOT NULL DEFAULT 0,
    tests_warnings    INTEGER NOT NULL DEFAULT 0,
    testcases_total   INTEGER NOT NULL DEFAULT 0,
    testcases_errors  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE test_group (
    id    INTEGER PRIMARY KEY,
    tag   TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL
);

CREATE TABLE test (
    id               INTEGER PRIMARY KEY,
    job_id           BIGINT  NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    uuid             TEXT    NOT NULL,
    test_key         TEXT    NOT NULL,
    seq_num          INTEGER NOT NULL,
    tag              TEXT    NOT NULL,
    group_name       TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    metrics          TEXT    NOT NULL,
    less_better      BOOLEAN NOT NULL,
    status           TEXT    NOT NULL,
    scores           TEXT    NOT NULL,
    deviations       TEXT    NOT NULL,
    samples          INTEGER NOT NULL,
    loops            BIGINT,
    errors           INTEGER NOT NULL,
    warnings         INTEGER NOT NULL,
    error_messages   TEXT    NOT NULL,
    warning_messages TEXT    NOT NULL,
    duration_sec     DOUBLE PRECISION NOT NULL,
    begin_ms         BIGINT,
    end_ms           BIGINT,
    binary_name      TEXT    NOT NULL,
    cmdline          TEXT    NOT NULL,
    description      TEXT    NOT NULL,
    links            TEXT    NOT NULL,
    attribs          TEXT    NOT NULL,
    score_count      INTEGER NOT NULL,
    avg_score        DOUBLE PRECISION NOT NULL,
    median_score     DOUBLE PRECISION NOT NULL,
    min_score        DOUBLE PRECISION NOT NULL,
    max_score        DOUBLE PRECISION NOT NULL,
    stddev           DOUBLE PRECISION NOT NULL,
    ci95             DOUBLE PRECISION NOT NULL,
    avg_dev          DOUBLE PRECISION NOT NULL,
    min_dev          DOUBLE PRECISION NOT NULL,
    max_dev          DOUBLE PRECISION NOT NULL,
    UNIQUE (job_id, uuid),
    UNIQUE (job_id, test_key)
);

CREATE TABLE env_node (
    id              INTEGER PRIMARY KEY,
    job_id          BIGINT  NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    parent_position INTEGER,
    uuid            TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    node_type       TEXT    NOT NULL,
    version         TEXT    NOT NULL,
    ip              TEXT    NOT NULL,
    hostname        TEXT    NOT NULL,
    params          TEXT    NOT NULL,
    cpus            INTEGER,
    cpus_topology   TEXT    NOT NULL,
    ram_mb          INTEGER,
    disk_gb         INTEGER,
    links           TEXT    NOT NULL,
    UNIQUE (job_id, position)
);
