package org.perftracker.server.job;

/**
 * Told about every upload after its transaction committed, e.g. to analyse the series it extended. A listener
 * must return quickly and never throw: the upload has already succeeded.
 */
@FunctionalInterface
public interface UploadListener {
    void uploaded(UploadOutcome outcome);
}
