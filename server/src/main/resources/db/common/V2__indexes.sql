-- Indexes shared by both databases. Every sortable column of the jobs list has one, led by the filter
-- columns (project, deleted), so that a page of a large list is read in order, not sorted.

CREATE INDEX job_by_end ON job (project_id, deleted, end_ms);
CREATE INDEX job_all_by_end ON job (deleted, end_ms);
CREATE INDEX job_by_id ON job (project_id, deleted, id);
CREATE INDEX job_by_product_name ON job (project_id, deleted, product_name);
CREATE INDEX job_by_product_ver ON job (project_id, deleted, product_ver);
CREATE INDEX job_by_title ON job (project_id, deleted, title);
CREATE INDEX job_by_suite_ver ON job (project_id, deleted, suite_ver);
CREATE INDEX job_by_duration ON job (project_id, deleted, duration_ms);
CREATE INDEX job_by_tests_total ON job (project_id, deleted, tests_total);
CREATE INDEX job_by_tests_completed ON job (project_id, deleted, tests_completed);
CREATE INDEX job_by_tests_errors ON job (project_id, deleted, tests_errors);
CREATE INDEX job_by_testcases_total ON job (project_id, deleted, testcases_total);
CREATE INDEX job_by_testcases_errors ON job (project_id, deleted, testcases_errors);
CREATE INDEX job_by_env ON job (project_id, deleted, env_names);
CREATE INDEX job_by_regression ON job (regression_id, deleted, end_ms);

CREATE INDEX test_by_seq ON test (job_id, seq_num);
CREATE INDEX env_node_by_job ON env_node (job_id, position);
