package org.perftracker.server.job;

import org.jdbi.v3.core.Handle;

/**
 * The jobs list searches one column, {@code job.search_text}: the job's title, suite version, product version,
 * product name and environment names, lower-cased, one per line, so that a search is one {@code LIKE} per job. The
 * column is refreshed in the transaction of every write that changes those values (the upload, an edit).
 */
public final class JobSearchText {
    /** The column's value, computed from the job's row; the same expression as migration V22's. */
    public static final String EXPRESSION = "LOWER(title || '\n' || suite_ver || '\n' || product_ver || '\n'"
            + " || product_name || '\n' || env_names)";
    /** Refreshes the column of one job ({@code :id}). */
    static final String REFRESH = "UPDATE job SET search_text = " + EXPRESSION + " WHERE id = :id";
    /** The condition a search adds to the list's query, with {@code :search} a lower-cased LIKE pattern. */
    static final String CONDITION = " AND j.search_text LIKE :search ESCAPE '!'";

    private JobSearchText() {
    }

    static void refresh(Handle h, long jobId) {
        h.createUpdate(REFRESH).bind("id", jobId).execute();
    }
}
