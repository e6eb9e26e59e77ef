package org.perftracker.server.host;

import java.time.Instant;
import java.util.Optional;
import org.perftracker.server.page.Formats;

/**
 * A host as the pages show it, with the lock that holds it now, if any.
 *
 * <p>Example: {@code ram()} of a host with 128 GB reads {@code 128 GB}; {@code holder()} of a host held by
 * alice's lock #7 "Nightly run" reads {@code #7 Nightly run (alice)}.
 */
public record HostLine(Host host, Optional<HostLock> lock, long nowMs) {

    public String href(long projectId) {
        return "/" + projectId + "/hw_farm/" + host.id();
    }

    /** @return the vendor and the model, e.g. {@code Dell R650} */
    public String model() {
        return (host.vendor() + " " + host.model()).strip();
    }

    public String cpus() {
        return host.cpusCount() == null ? "" : Formats.count(host.cpusCount());
    }

    public String ram() {
        return amount(host.ramGb(), "GB");
    }

    public String storage() {
        return amount(host.storageTb(), "TB");
    }

    public String network() {
        return amount(host.networkGbs(), "Gb/s");
    }

    public boolean isHeld() {
        return lock.isPresent();
    }

    /** @return the lock holding the host, e.g. {@code #7 Nightly run (alice)}; empty when free */
    public String holder() {
        return lock.map(l -> "#" + l.id() + " " + l.title() + (l.owner().isEmpty() ? "" : " (" + l.owner() + ")"))
                .orElse("");
    }

    /** @return the planned end of the lock holding the host, as ISO text for {@code page/time.jte}; empty when free */
    public String until() {
        return lock.map(l -> Instant.ofEpochMilli(l.plannedEndMs()).toString()).orElse("");
    }

    /** @return whether the lock holding the host is past its planned end */
    public boolean isOverdue() {
        return lock.map(l -> l.plannedEndMs() <= nowMs).orElse(false);
    }

    private static String amount(Double value, String unit) {
        return value == null ? "" : Formats.number(value) + " " + unit;
    }
}
