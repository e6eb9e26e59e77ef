-- Saved comparisons: an ordered list of jobs (the first is the baseline) and how to show them. The tables and
-- charts are computed from the jobs' tests when asked for.
CREATE TABLE comparison (
    id               ${pk},
    project_id       BIGINT  NOT NULL REFERENCES project (id),
    title            ${text} NOT NULL,
    charts_type      INTEGER NOT NULL DEFAULT 0,
    tables_type      INTEGER NOT NULL DEFAULT 0,
    tests_type       INTEGER NOT NULL DEFAULT 0,
    values_type      INTEGER NOT NULL DEFAULT 0,
    alpha            DOUBLE PRECISION NOT NULL DEFAULT 0.05,
    likely_threshold DOUBLE PRECISION NOT NULL DEFAULT 5,
    author           ${text} NOT NULL DEFAULT '',
    created_ms       BIGINT  NOT NULL,
    updated_ms       BIGINT  NOT NULL,
    deleted          BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX comparison_by_updated ON comparison (project_id, deleted, updated_ms);
CREATE INDEX comparison_all_by_updated ON comparison (deleted, updated_ms);

CREATE TABLE comparison_job (
    comparison_id BIGINT  NOT NULL REFERENCES comparison (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    job_id        BIGINT  NOT NULL REFERENCES job (id),
    PRIMARY KEY (comparison_id, position)
);
CREATE INDEX comparison_job_by_job ON comparison_job (job_id);
