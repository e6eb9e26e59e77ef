package org.perftracker.server.job;

import java.time.Instant;
import java.util.Optional;

/**
 * When a job ran, in milliseconds since the epoch (UTC).
 *
 * <p>A job uploaded whole runs from its begin to its end (missing times mean "now"). An append adds a chunk:
 * the begin stays, the end moves to the chunk's end, and the duration grows by the chunk's own length when the
 * chunk starts after the previous end (begin 01:00, end 01:42, chunk 02:00–02:10 → duration 42 + 10 min), or
 * by the time past the previous end when it overlaps.
 *
 * @param durationMs time spent running, which is less than end − begin when appended chunks had gaps
 */
record JobTimes(long beginMs, long endMs, long durationMs) {

    static JobTimes ofRun(Optional<Instant> begin, Optional<Instant> end, long nowMs) {
        long b = begin.map(Instant::toEpochMilli).orElse(nowMs);
        long e = end.map(Instant::toEpochMilli).orElse(nowMs);
        return new JobTimes(b, e, Math.max(0, e - b));
    }

    JobTimes append(Optional<Instant> begin, Optional<Instant> end, long nowMs) {
        long chunkBegin = begin.map(Instant::toEpochMilli).orElse(nowMs);
        long chunkEnd = end.map(Instant::toEpochMilli).orElse(nowMs);
        long added = endMs < chunkBegin ? chunkEnd - chunkBegin : chunkEnd - endMs;
        return new JobTimes(beginMs, Math.max(endMs, chunkEnd), durationMs + Math.max(0, added));
    }

    /** An edit from the job page: times as sent, the rest kept. */
    JobTimes edit(Optional<Instant> begin, Optional<Instant> end) {
        long b = begin.map(Instant::toEpochMilli).orElse(beginMs);
        long e = end.map(Instant::toEpochMilli).orElse(endMs);
        return new JobTimes(b, e, Math.max(0, e - b));
    }
}
