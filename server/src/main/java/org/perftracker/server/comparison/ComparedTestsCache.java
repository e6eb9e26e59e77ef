package org.perftracker.server.comparison;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.core.comparison.ComparedTest;

/**
 * The tests of recently compared jobs, as the comparison reads them, kept by (job id, uuid, revision): a job's tests
 * never change without its revision changing (migration V23), so a hit is always current, on every server node.
 * The lazy parts of a comparison's page each compute the whole comparison; with this they skip reading its tests
 * again (about half of the time of a 10 × 5,000 comparison). Least recently used jobs go first once more than
 * {@code maxTests} tests are held.
 */
final class ComparedTestsCache {
    /** Tests held at most: two comparisons of 10 jobs × 5,000 tests, some tens of MB. */
    static final int DEFAULT_MAX_TESTS = 100_000;

    /** Which revision of which job. */
    record Key(long jobId, String uuid, long revision) {
    }

    private final int maxTests;
    private final LinkedHashMap<Key, List<ComparedTest>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private int held;

    ComparedTestsCache(int maxTests) {
        this.maxTests = maxTests;
    }

    synchronized Optional<List<ComparedTest>> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Keeps these tests (an immutable list) unless they alone are more than the cache holds. */
    synchronized void put(Key key, List<ComparedTest> tests) {
        if (tests.size() > maxTests) {
            return;
        }
        List<ComparedTest> before = entries.put(key, tests);
        held += tests.size() - (before == null ? 0 : before.size());
        Iterator<Map.Entry<Key, List<ComparedTest>>> oldest = entries.entrySet().iterator();
        while (held > maxTests && oldest.hasNext()) {
            Map.Entry<Key, List<ComparedTest>> e = oldest.next();
            held -= e.getValue().size();
            oldest.remove();
        }
    }

    synchronized int heldTests() {
        return held;
    }
}
