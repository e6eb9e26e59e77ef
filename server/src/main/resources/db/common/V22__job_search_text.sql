-- The text the jobs list searches, kept in one column: the job's title, product and suite versions, product name
-- and environment names, lower-cased, one per line. A search is then one LIKE over one column instead of five
-- LOWER() calls and five LIKEs per job. The server writes it with every change of those columns
-- (JobSearchText.REFRESH); here it is filled in for the jobs stored before.
ALTER TABLE job ADD COLUMN search_text ${text} NOT NULL DEFAULT '';
UPDATE job SET search_text = LOWER(title || '
' || suite_ver || '
' || product_ver || '
' || product_name || '
' || env_names);
