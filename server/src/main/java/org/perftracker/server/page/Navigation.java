package org.perftracker.server.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The main navigation, which each feature joins when its pages exist, so that nothing links to a missing page.
 * Adding an entry is one line in the server's wiring:
 * <pre>{@code
 * navigation.add(new NavEntry("regressions", "Regressions", NavEntry.REGRESSIONS, p -> "/" + p + "/regression/"));
 * }</pre>
 */
public final class Navigation {
    /** Home lists every project's latest jobs; scoped to one project it lists only that one. */
    public static final NavEntry HOME = new NavEntry("home", "Home", NavEntry.HOME,
            p -> p == 0 ? "/" : "/?project=" + p);

    private final List<NavEntry> entries = new ArrayList<>();

    public Navigation add(NavEntry entry) {
        if (find(entry.key()).isPresent()) {
            throw new IllegalArgumentException("the navigation already has an entry '" + entry.key() + "'");
        }
        entries.add(entry);
        entries.sort(Comparator.comparingInt(NavEntry::order));
        return this;
    }

    public List<NavEntry> entries() {
        return List.copyOf(entries);
    }

    public Optional<NavEntry> find(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** @return the links of the navigation for a page of this section and project */
    public List<Layout.Link> links(String currentKey, long projectId) {
        return entries.stream()
                .map(e -> new Layout.Link(e.label(), e.href().apply(projectId), e.key().equals(currentKey)))
                .toList();
    }
}
