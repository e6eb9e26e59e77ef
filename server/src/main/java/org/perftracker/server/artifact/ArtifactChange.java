package org.perftracker.server.artifact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an upload or an update of an artifact sends: every value is optional and only the values sent change.
 * The reference client sends form fields ({@code inline=True}, {@code ttl_days=180},
 * {@code linked_uuids=["…"]}); a PATCH sends the same keys as JSON.
 */
record ArtifactChange(Optional<String> filename, Optional<String> description, Optional<String> mime,
        Optional<Integer> ttlDays, Optional<Boolean> inline, Optional<Boolean> compression, List<UUID> linked,
        List<UUID> unlinked) {

    ArtifactChange {
        linked = List.copyOf(linked);
        unlinked = List.copyOf(unlinked);
    }
}
