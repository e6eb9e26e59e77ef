package org.perftracker.server.host;

import java.util.List;

/**
 * The form that locks hosts, as the hosts pages show it: title, type, hours or a deadline, and the hosts to choose
 * from, each taken one with who holds it. The server decides: a host taken meanwhile is refused with who holds it.
 *
 * @param action where the form posts
 * @param back the page to return to
 */
public record LockForm(String action, List<Choice> hosts, List<LockType> types, String back, int defaultHours) {
    static final int DEFAULT_HOURS = 24;

    public LockForm {
        hosts = List.copyOf(hosts);
        types = List.copyOf(types);
    }

    /** A host to tick; {@code holder} and {@code until} are empty when it is free. */
    public record Choice(long id, String name, String holder, String until, boolean checked) {
        public boolean isTaken() {
            return !holder.isEmpty();
        }
    }

    static LockForm of(long projectId, List<HostLine> hosts, List<LockType> types, String back) {
        boolean one = hosts.size() == 1;
        return new LockForm("/" + projectId + "/hw_lock/", hosts.stream().map(h -> new Choice(h.host().id(),
                h.host().name(), h.holder(), h.until(), one && !h.isHeld())).toList(), types, back, DEFAULT_HOURS);
    }
}
