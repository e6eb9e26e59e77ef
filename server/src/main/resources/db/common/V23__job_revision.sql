-- A job's revision: 0 when created, one more with every upload that writes it (new, replaced, appended, edited
-- through an upload). Whatever reads a job's tests may keep them by (id, uuid, revision): a job's tests never
-- change without its revision changing.
ALTER TABLE job ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
