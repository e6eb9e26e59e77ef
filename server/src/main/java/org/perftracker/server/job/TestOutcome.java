package org.perftracker.server.job;

import org.perftracker.core.upload.TestStatus;

/** What a job's counters need to know of one of its tests. */
record TestOutcome(String group, String tag, String category, TestStatus status, int errors, int warnings) {

    boolean isErroneous() {
        return status == TestStatus.FAILED || errors > 0;
    }

    /**
     * @return the test case the test belongs to: its tag when it has a category (the categories are the
     *     variants of one case), else its group (the group's category-less tests form one case)
     */
    String testCase() {
        return category.isEmpty() ? "group:" + group : "tag:" + tag;
    }
}
