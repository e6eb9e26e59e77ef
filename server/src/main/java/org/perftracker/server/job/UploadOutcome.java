package org.perftracker.server.job;

import java.util.Locale;
import java.util.UUID;

/** What an upload did: which job, and whether it created, replaced or appended to it. */
public record UploadOutcome(long jobId, UUID uuid, long projectId, Result result, int testsUploaded) {

    /** The three ways an upload lands. */
    public enum Result {
        CREATED, UPDATED, APPENDED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @return the reference server's message, e.g. {@code OK, job 17 has been created} */
    public String message() {
        return "OK, job " + jobId + " has been " + result.word();
    }
}
