package org.perftracker.server.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user or token may do; each role includes the ones before it. A viewer reads; an uploader also uploads
 * jobs and artifacts and takes host locks; an editor also edits and deletes jobs, comparisons and regressions and
 * triages alerts; an admin also manages users, tokens, projects, hosts, lock types, webhooks and settings.
 */
public enum Role {
    VIEWER, UPLOADER, EDITOR, ADMIN;

    /** @return the role as pages, the API and the database spell it: {@code viewer} */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** @return the role this word names ({@code "Editor"} too), if any */
    public static Optional<Role> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(w)).findFirst();
    }

    /** @return the role stored under this word; the database holds only valid ones */
    static Role of(String word) {
        return parse(word).orElseThrow(() -> new IllegalStateException("unknown role '" + word + "'"));
    }
}
