package org.perftracker.server.host;

import java.time.Instant;
import java.util.List;

/** Hosts and locks as the API shows them, with the reference's field names. */
public final class HostViews {
    private HostViews() {
    }

    /** A host in lists; {@code lockedBy} is the id of the lock holding it, or null. */
    public record HostRow(int order, long id, String name, String os, String hostname, String purpose, String vendor,
            String model, Integer cpusCount, Double ramGb, Double storageTb, Double networkGbs, String notes,
            Long lockedBy) {

        static HostRow of(Host h) {
            return new HostRow(h.sortOrder(), h.id(), h.name(), h.os(), h.hostname(), h.purpose(), h.vendor(),
                    h.model(), h.cpusCount(), h.ramGb(), h.storageTb(), h.networkGbs(), h.notes(), h.lockedBy());
        }
    }

    /** One host with everything known about it. */
    public record HostDetails(int order, long id, String name, String os, String hostname, String ip, String purpose,
            String vendor, String model, Integer cpusCount, String cpuInfo, Double ramGb, Double storageTb,
            Double networkGbs, String notes, String location, String inventoryId, String dashboardUrl,
            boolean hidden, Long lockedBy) {

        static HostDetails of(Host h) {
            return new HostDetails(h.sortOrder(), h.id(), h.name(), h.os(), h.hostname(), h.ip(), h.purpose(),
                    h.vendor(), h.model(), h.cpusCount(), h.cpuInfo(), h.ramGb(), h.storageTb(), h.networkGbs(),
                    h.notes(), h.location(), h.inventoryId(), h.dashboardUrl(), h.hidden(), h.lockedBy());
        }
    }

    /** A lock type's colours. */
    public record TypeView(long id, String name, String bgColor, String fgColor, int order) {
        static TypeView of(LockType t) {
            return new TypeView(t.id(), t.name(), t.bgColor(), t.fgColor(), t.sortOrder());
        }
    }

    /**
     * A lock. {@code hwNodes} are the hosts it reserves; {@code plannedDurHrs} is its planned length in hours.
     */
    public record LockView(long id, String title, String owner, String begin, String end, String plannedEnd,
            boolean manual, long plannedDurHrs, List<Long> hwNodes, TypeView lockType, boolean active) {

        static LockView of(HostLock l, long nowMs, boolean expire) {
            return new LockView(l.id(), l.title(), l.owner(), Instant.ofEpochMilli(l.beginMs()).toString(),
                    l.endMs() == null ? null : Instant.ofEpochMilli(l.endMs()).toString(),
                    Instant.ofEpochMilli(l.plannedEndMs()).toString(), l.manual(),
                    Math.round((l.plannedEndMs() - l.beginMs()) / 3_600_000.0), l.hostIds(), TypeView.of(l.type()),
                    l.isActive(nowMs, expire));
        }
    }
}
