package org.perftracker.server.job;

/** What an upload needs to know of a stored job to merge into it. */
record JobState(long id, long projectId, JobTimes times, Long regressionId, boolean regressionLinked) {
}
