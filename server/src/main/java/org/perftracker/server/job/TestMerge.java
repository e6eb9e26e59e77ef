package org.perftracker.server.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.perftracker.core.upload.InvalidUploadException;

/**
 * Plans how an upload's tests change the tests a job already has, before anything is written.
 *
 * <p>An uploaded test whose uuid belongs to a test of this job updates that test (a uuid of another job means
 * nothing here: an upload never moves a test between jobs). Every other uploaded test is new. Without
 * {@code append} the job's tests that the upload does not mention are deleted; with it they are kept. Afterwards
 * each (group, tag, category) must belong to one test only, else the upload is refused naming the test.
 */
final class TestMerge {
    private TestMerge() {
    }

    record Insert(PreparedTest test, UUID uuid, int seqNum) {
    }

    record Update(TestState existing, PreparedTest test, int seqNum) {
        boolean keyChanged() {
            return !existing.testKey().equals(test.testKey());
        }
    }

    record Plan(List<Long> deletes, List<Update> updates, List<Insert> inserts, JobCounters counters,
            Set<String> groups) {
    }

    static Plan plan(List<TestState> existing, List<PreparedTest> incoming, boolean append) {
        Map<UUID, TestState> byUuid = new HashMap<>();
        int lastSeq = 0;
        for (TestState s : existing) {
            byUuid.put(s.uuid(), s);
            lastSeq = Math.max(lastSeq, s.seqNum());
        }
        List<Update> updates = new ArrayList<>();
        List<Insert> inserts = new ArrayList<>();
        Set<UUID> mentioned = new java.util.HashSet<>();
        for (PreparedTest t : incoming) {
            TestState match = t.source().uuid().map(byUuid::get).orElse(null);
            if (match != null) {
                mentioned.add(match.uuid());
                updates.add(new Update(match, t, t.source().seqNum().orElse(match.seqNum())));
            } else {
                int seq = t.source().seqNum().isPresent() ? t.source().seqNum().getAsInt() : ++lastSeq;
                lastSeq = Math.max(lastSeq, seq);
                inserts.add(new Insert(t, t.source().uuid().orElseGet(UUID::randomUUID), seq));
            }
        }
        List<Long> deletes = new ArrayList<>();
        List<TestState> kept = new ArrayList<>();
        for (TestState s : existing) {
            if (mentioned.contains(s.uuid())) {
                continue;
            }
            if (append) {
                kept.add(s);
            } else {
                deletes.add(s.id());
            }
        }
        checkKeys(kept, incoming);
        List<TestOutcome> outcomes = new ArrayList<>(kept.size() + incoming.size());
        kept.forEach(s -> outcomes.add(s.outcome()));
        incoming.forEach(t -> outcomes.add(t.outcome()));
        Set<String> groups = new LinkedHashSet<>();
        incoming.forEach(t -> groups.add(t.source().group()));
        return new Plan(deletes, updates, inserts, JobCounters.of(outcomes), groups);
    }

    /** Uploaded keys are unique among themselves (the parser checks); here they meet the kept tests. */
    private static void checkKeys(List<TestState> kept, List<PreparedTest> incoming) {
        if (kept.isEmpty()) {
            return;
        }
        Map<String, TestState> keptByKey = new HashMap<>();
        kept.forEach(s -> keptByKey.put(s.testKey(), s));
        InvalidUploadException.Collector problems = new InvalidUploadException.Collector();
        for (int i = 0; i < incoming.size(); i++) {
            PreparedTest t = incoming.get(i);
            TestState owner = keptByKey.get(t.testKey());
            if (owner != null) {
                problems.add("tests[" + i + "]", "the job already has a test with group '" + t.source().group()
                        + "', tag '" + t.source().tag() + "' and category '" + t.source().category() + "' (uuid "
                        + owner.uuid() + "); send that uuid to update it");
            }
        }
        problems.throwIfAny();
    }
}
