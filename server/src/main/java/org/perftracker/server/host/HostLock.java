package org.perftracker.server.host;

import java.util.List;

/**
 * A reservation of hosts: from {@code beginMs} until it is released ({@code endMs}), planned to last until
 * {@code plannedEndMs}. Times are milliseconds since the epoch.
 */
public record HostLock(long id, String title, String owner, LockType type, long beginMs, long plannedEndMs,
        Long endMs, boolean manual, List<Long> hostIds) {

    public HostLock {
        hostIds = List.copyOf(hostIds);
    }

    /** @param expireAtPlannedEnd whether a lock past its planned end counts as released */
    public boolean isActive(long nowMs, boolean expireAtPlannedEnd) {
        if (endMs != null && endMs <= nowMs) {
            return false;
        }
        return !(expireAtPlannedEnd && plannedEndMs <= nowMs);
    }
}
