-- Lab hosts and their locks. A lock reserves hosts for a planned time; `host_hold` has a row per host while a
-- lock holds it, and its primary key is what makes two racing requests for one host end with one winner.
CREATE TABLE host (
    id            ${pk},
    name          ${text} NOT NULL UNIQUE,
    hostname      ${text} NOT NULL DEFAULT '',
    ip            ${text} NOT NULL DEFAULT '',
    purpose       ${text} NOT NULL DEFAULT '',
    os            ${text} NOT NULL DEFAULT '',
    vendor        ${text} NOT NULL DEFAULT '',
    model         ${text} NOT NULL DEFAULT '',
    cpus_count    INTEGER,
    cpu_info      ${text} NOT NULL DEFAULT '',
    ram_gb        DOUBLE PRECISION,
    storage_tb    DOUBLE PRECISION,
    network_gbs   DOUBLE PRECISION,
    notes         ${text} NOT NULL DEFAULT '',
    location      ${text} NOT NULL DEFAULT '',
    inventory_id  ${text} NOT NULL DEFAULT '',
    dashboard_url ${text} NOT NULL DEFAULT '',
    hidden        BOOLEAN NOT NULL DEFAULT FALSE,
    sort_order    INTEGER NOT NULL DEFAULT 10
);

CREATE TABLE host_project (
    host_id    BIGINT NOT NULL REFERENCES host (id) ON DELETE CASCADE,
    project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    PRIMARY KEY (host_id, project_id)
);

CREATE TABLE lock_type (
    id         ${pk},
    name       ${text} NOT NULL UNIQUE,
    bg_color   ${text} NOT NULL DEFAULT '#003399',
    fg_color   ${text} NOT NULL DEFAULT '#ffffff',
    sort_order INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE host_lock (
    id             ${pk},
    title          ${text} NOT NULL,
    owner          ${text} NOT NULL DEFAULT '',
    lock_type_id   BIGINT REFERENCES lock_type (id) ON DELETE SET NULL,
    begin_ms       BIGINT NOT NULL,
    planned_end_ms BIGINT NOT NULL,
    end_ms         BIGINT,
    manual         BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX host_lock_by_end ON host_lock (end_ms, begin_ms);

CREATE TABLE host_lock_host (
    lock_id BIGINT NOT NULL REFERENCES host_lock (id) ON DELETE CASCADE,
    host_id BIGINT NOT NULL REFERENCES host (id) ON DELETE CASCADE,
    PRIMARY KEY (lock_id, host_id)
);
CREATE INDEX host_lock_host_by_host ON host_lock_host (host_id, lock_id);

CREATE TABLE host_hold (
    host_id BIGINT PRIMARY KEY REFERENCES host (id) ON DELETE CASCADE,
    lock_id BIGINT NOT NULL REFERENCES host_lock (id) ON DELETE CASCADE
);
