package org.perftracker.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.host.HostService;
import org.perftracker.server.host.LockRequest;
import org.perftracker.server.host.LockService;
import org.perftracker.server.web.ApiException;

/**
 * The demo's lab, so that the Hosts page and its timeline are not empty: three hosts (the one the demo jobs ran on,
 * a load generator, a spare), two lock types, and the nightly run's lock on the first two. A host or lock type that
 * exists already (by name) is left as it is, and a lock that cannot be taken is skipped: the demo never fails a
 * start.
 */
final class DemoLab {
    static final List<String> HOSTS = List.of("perf-lab-01", "perf-lab-02", "perf-lab-03");
    static final String NIGHTLY = "Nightly run";

    private final HostService hosts;
    private final LockService locks;
    private final ObjectMapper json = new ObjectMapper();

    DemoLab(HostService hosts, LockService locks) {
        this.hosts = hosts;
        this.locks = locks;
    }

    void load() {
        lockType(NIGHTLY, "#1f6feb");
        lockType("Manual investigation", "#b35900");
        host(HOSTS.get(0), "Debian 12", "web shop under test (VM host)", 32, 128, "Dell", "PowerEdge R650");
        host(HOSTS.get(1), "Debian 12", "load generator (ab, wrk)", 16, 64, "Dell", "PowerEdge R450");
        host(HOSTS.get(2), "Ubuntu 24.04", "spare, profiling", 8, 32, "Supermicro", "SYS-510T");
        try {
            locks.acquire(Actor.SYSTEM, LockRequest.of("Nightly web perf", 6, HOSTS.subList(0, 2),
                    Optional.of(NIGHTLY)));
        } catch (ApiException e) {
            // held already: the lab is someone's, and the demo shows it as it is
        }
    }

    private void lockType(String name, String colour) {
        ObjectNode type = json.createObjectNode().put("name", name).put("bg_color", colour).put("fg_color", "#ffffff");
        ifNew(() -> hosts.createType(Actor.SYSTEM, type));
    }

    private void host(String name, String os, String purpose, int cpus, int ramGb, String vendor, String model) {
        JsonNode host = json.createObjectNode().put("name", name).put("hostname", name + ".lab.example")
                .put("os", os).put("purpose", purpose).put("cpus_count", cpus).put("ram_gb", ramGb)
                .put("vendor", vendor).put("model", model).put("storage_tb", 2).put("network_gbs", 25);
        ifNew(() -> hosts.create(Actor.SYSTEM, host));
    }

    private static void ifNew(Runnable create) {
        try {
            create.run();
        } catch (ApiException e) {
            if (e.status() != 409) {
                throw e;
            }
        }
    }
}
