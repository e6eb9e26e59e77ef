package org.perftracker.server.job;

/**
 * The columns of the jobs list by their DataTables index, as the reference UI numbers them, with the SQL each
 * sorts by. Only these expressions ever reach an ORDER BY.
 */
enum JobListColumn {
    EXPAND(null),
    ID("j.id"),
    END("j.end_ms"),
    PROJECT("j.project_id"),
    ENV("j.env_names"),
    PRODUCT_NAME("j.product_name"),
    PRODUCT_VER("j.product_ver"),
    TITLE("j.title"),
    SUITE_VER("j.suite_ver"),
    DURATION("j.duration_ms"),
    TESTS_TOTAL("j.tests_total"),
    TESTS_COMPLETED("j.tests_completed"),
    TESTS_ERRORS("j.tests_errors"),
    TESTCASES_TOTAL("j.testcases_total"),
    TESTCASES_ERRORS("j.testcases_errors");

    private final String sql;

    JobListColumn(String sql) {
        this.sql = sql;
    }

    /** @return the column at this index, or END (the default sort) for an unknown or unsortable one */
    static JobListColumn at(int index) {
        JobListColumn[] all = values();
        if (index < 0 || index >= all.length || all[index].sql == null) {
            return END;
        }
        return all[index];
    }

    String sql() {
        return sql;
    }
}
