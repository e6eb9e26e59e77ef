package org.perftracker.server.host;

import java.time.Instant;

/** A lock as the pages list it: its state in words and its times as ISO text for {@code page/time.jte}. */
public record LockLine(HostLock lock, long nowMs, boolean expire) {

    public boolean isActive() {
        return lock.isActive(nowMs, expire);
    }

    /** @return whether it still holds its hosts past its planned end */
    public boolean isOverdue() {
        return isActive() && lock.plannedEndMs() <= nowMs;
    }

    /** @return {@code held}, {@code held past its planned end} or {@code released} */
    public String state() {
        return isOverdue() ? "held past its planned end" : isActive() ? "held" : "released";
    }

    public String begin() {
        return Instant.ofEpochMilli(lock.beginMs()).toString();
    }

    public String plannedEnd() {
        return Instant.ofEpochMilli(lock.plannedEndMs()).toString();
    }

    /** @return when it ended: when released, or at its planned end when locks expire; empty while held */
    public String end() {
        if (isActive()) {
            return "";
        }
        return Instant.ofEpochMilli(Timeline.end(lock, nowMs, expire)).toString();
    }

    public String href(long projectId) {
        return "/" + projectId + "/hw_lock/" + lock.id();
    }
}
