-- Regression tracking: the analysis queue, the series of a regression with their detection state, alerts with
-- their triage history, webhooks and the log of notifications sent.

-- Jobs whose series must be analysed again (after an upload, an edit, a delete or a regression (un)link). Any
-- server node takes the work; an item stays until the analysis that covered it commits.
CREATE TABLE regression_queue (
    id            ${pk},
    regression_id BIGINT  NOT NULL REFERENCES regression (id) ON DELETE CASCADE,
    job_id        BIGINT  NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    enqueued_ms   BIGINT  NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    not_before_ms BIGINT  NOT NULL DEFAULT 0,
    last_error    ${text} NOT NULL DEFAULT ''
);
CREATE INDEX regression_queue_by_regression ON regression_queue (regression_id, id);
CREATE INDEX regression_queue_by_job ON regression_queue (job_id);

-- One test (group, tag, category; test_key is its hash) across the linked jobs of a regression. points,
-- fingerprint and resume_index say what the last analysis saw, so that the next one resumes when builds were
-- only appended; change_points is a JSON list of {index, job_id, mean_before, mean_after, p_value}.
CREATE TABLE regression_series (
    id             ${pk},
    regression_id  BIGINT  NOT NULL REFERENCES regression (id) ON DELETE CASCADE,
    test_key       ${text} NOT NULL,
    group_name     ${text} NOT NULL,
    tag            ${text} NOT NULL,
    category       ${text} NOT NULL,
    metrics        ${text} NOT NULL,
    less_better    BOOLEAN NOT NULL,
    points         INTEGER NOT NULL,
    fingerprint    ${text} NOT NULL,
    resume_index   INTEGER NOT NULL,
    change_points  ${text} NOT NULL,
    baseline_level DOUBLE PRECISION,
    current_level  DOUBLE PRECISION,
    trend_change   DOUBLE PRECISION NOT NULL DEFAULT 0,
    trend          ${text} NOT NULL DEFAULT 'none',
    latest_job_id  BIGINT,
    analysed_ms    BIGINT  NOT NULL,
    UNIQUE (regression_id, test_key)
);
CREATE INDEX regression_series_by_name ON regression_series (regression_id, group_name, tag, category);
CREATE INDEX regression_series_by_trend ON regression_series (regression_id, trend);

-- A detected shift: the first job after it, the levels on either side, its triage. detected is false while the
-- latest analysis no longer finds the change point (the alert is kept, and found again if it comes back).
CREATE TABLE regression_alert (
    id            ${pk},
    project_id    BIGINT  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    regression_id BIGINT  NOT NULL REFERENCES regression (id) ON DELETE CASCADE,
    series_id     BIGINT  NOT NULL REFERENCES regression_series (id) ON DELETE CASCADE,
    job_id        BIGINT  NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    build         ${text} NOT NULL,
    mean_before   DOUBLE PRECISION NOT NULL,
    mean_after    DOUBLE PRECISION NOT NULL,
    change_pct    DOUBLE PRECISION,
    p_value       DOUBLE PRECISION NOT NULL,
    direction     ${text} NOT NULL,
    detected      BOOLEAN NOT NULL,
    state         ${text} NOT NULL,
    note          ${text} NOT NULL DEFAULT '',
    bug_url       ${text} NOT NULL DEFAULT '',
    detected_ms   BIGINT  NOT NULL,
    analysed_ms   BIGINT  NOT NULL,
    triaged_ms    BIGINT,
    triaged_by    ${text} NOT NULL DEFAULT '',
    UNIQUE (series_id, job_id)
);
CREATE INDEX regression_alert_by_project ON regression_alert (project_id, id);
CREATE INDEX regression_alert_by_regression ON regression_alert (regression_id, state, id);
CREATE INDEX regression_alert_by_job ON regression_alert (job_id, id);

CREATE TABLE regression_alert_history (
    id         ${pk},
    alert_id   BIGINT  NOT NULL REFERENCES regression_alert (id) ON DELETE CASCADE,
    at_ms      BIGINT  NOT NULL,
    actor      ${text} NOT NULL,
    event      ${text} NOT NULL,
    from_state ${text},
    to_state   ${text} NOT NULL,
    note       ${text} NOT NULL DEFAULT '',
    bug_url    ${text} NOT NULL DEFAULT '',
    detail     ${text} NOT NULL DEFAULT ''
);
CREATE INDEX regression_alert_history_by_alert ON regression_alert_history (alert_id, id);

-- Where a project's alerts are posted; events is a comma-separated list (regression, improvement, triage).
CREATE TABLE webhook (
    id         ${pk},
    project_id BIGINT  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    url        ${text} NOT NULL,
    secret     ${text} NOT NULL,
    events     ${text} NOT NULL,
    created_ms BIGINT  NOT NULL
);
CREATE INDEX webhook_by_project ON webhook (project_id, id);

-- Every notification to send or sent (webhook POST or e-mail): an outbox written with the alerts it tells of,
-- and the delivery log. A node claims a due row for a while (claimed_until_ms) before sending it.
CREATE TABLE notification (
    id               ${pk},
    project_id       BIGINT  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    channel          ${text} NOT NULL,
    webhook_id       BIGINT  REFERENCES webhook (id) ON DELETE CASCADE,
    event            ${text} NOT NULL,
    payload          ${text} NOT NULL,
    status           ${text} NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms  BIGINT  NOT NULL,
    claimed_until_ms BIGINT  NOT NULL DEFAULT 0,
    last_status      INTEGER,
    last_error       ${text} NOT NULL DEFAULT '',
    created_ms       BIGINT  NOT NULL,
    delivered_ms     BIGINT
);
CREATE INDEX notification_due ON notification (status, next_attempt_ms);
CREATE INDEX notification_by_project ON notification (project_id, id);
CREATE INDEX notification_by_webhook ON notification (webhook_id, id);
