package org.perftracker.server.job;

/**
 * The columns of a job's test list by their DataTables index, as the reference UI numbers them, with the SQL
 * each sorts by. Sorting by errors also sorts FAILED tests with the erroneous ones.
 */
enum TestListColumn {
    EXPAND(null),
    ID("id"),
    SEQ_NUM("seq_num"),
    GROUP("group_name"),
    TAG("tag"),
    CATEGORY("category"),
    DURATION("duration_sec"),
    SCORE("avg_score"),
    PLUSMIN("CASE WHEN avg_score = 0 THEN 0 ELSE ABS(avg_dev / avg_score) END"),
    ERRORS("errors"),
    STATUS("status"),
    /** How noisy the iterations are: standard deviation over mean (not a column of the reference UI). */
    NOISE("CASE WHEN score_count < 2 OR avg_score = 0 THEN -1 ELSE ABS(stddev / avg_score) END");

    private final String sql;

    TestListColumn(String sql) {
        this.sql = sql;
    }

    static TestListColumn at(int index) {
        TestListColumn[] all = values();
        if (index < 0 || index >= all.length || all[index].sql == null) {
            return SEQ_NUM;
        }
        return all[index];
    }

    /** @return the ORDER BY terms for this column in this direction */
    String orderBy(boolean ascending) {
        String dir = ascending ? " ASC" : " DESC";
        if (this == ERRORS) {
            return "errors" + dir + ", status" + (ascending ? " DESC" : " ASC");
        }
        return sql + dir;
    }
}
