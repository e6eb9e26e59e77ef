package org.perftracker.server.job;

import java.util.UUID;
import org.perftracker.core.upload.TestStatus;

/** What an upload needs to know of a test already stored in the job: its identity and its outcome. */
record TestState(long id, UUID uuid, String testKey, int seqNum, String group, String tag, String category,
        TestStatus status, int errors, int warnings) {

    TestOutcome outcome() {
        return new TestOutcome(group, tag, category, status, errors, warnings);
    }
}
