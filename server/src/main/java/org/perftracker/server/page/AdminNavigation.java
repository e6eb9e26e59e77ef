package org.perftracker.server.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of the admin pages ({@code /admin/…}), shown above each of them. A feature adds its own admin page
 * with one line in the server's wiring, e.g. {@code adminNavigation.add("hosts", "Hosts", "/admin/hosts")}; every
 * path under {@code /admin/} already needs an administrator who signed in (see {@code auth.RouteTable}).
 */
public final class AdminNavigation {
    /** One section: {@code key} is what its page names to be marked current. */
    public record Section(String key, String label, String href) {
    }

    private final List<Section> sections = new ArrayList<>();

    public AdminNavigation add(String key, String label, String href) {
        if (sections.stream().anyMatch(s -> s.key().equals(key))) {
            throw new IllegalArgumentException("the admin navigation already has a section '" + key + "'");
        }
        sections.add(new Section(key, label, href));
        return this;
    }

    /** @return the links of the sections, the one with this key marked current */
    public List<Layout.Link> links(String currentKey) {
        return sections.stream().map(s -> new Layout.Link(s.label(), s.href(), s.key().equals(currentKey))).toList();
    }
}
