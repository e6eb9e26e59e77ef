package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.comparison.ComparedTest;

class ComparedTestsCacheTest {
    private static List<ComparedTest> tests(int count) {
        List<ComparedTest> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(ComparedTest.builder(i, "test " + i).scores(1, 2, 3).build());
        }
        return List.copyOf(list);
    }

    private static ComparedTestsCache.Key key(long job, long revision) {
        return new ComparedTestsCache.Key(job, "uuid-" + job, revision);
    }

    @Test
    void a_job_is_found_only_at_the_revision_it_was_kept_at() {
        ComparedTestsCache cache = new ComparedTestsCache(100);
        List<ComparedTest> kept = tests(3);
        cache.put(key(1, 1), kept);
        assertThat(cache.get(key(1, 1))).containsSame(kept);
        assertThat(cache.get(key(1, 2))).isEmpty();
        assertThat(cache.get(new ComparedTestsCache.Key(1, "another job's uuid", 1))).isEmpty();
    }

    @Test
    void the_least_recently_used_jobs_go_once_more_tests_than_allowed_are_held() {
        ComparedTestsCache cache = new ComparedTestsCache(10);
        cache.put(key(1, 1), tests(4));
        cache.put(key(2, 1), tests(4));
        assertThat(cache.get(key(1, 1))).isPresent();
        cache.put(key(3, 1), tests(4));
        assertThat(cache.get(key(2, 1))).as("the least recently used").isEmpty();
        assertThat(cache.get(key(1, 1))).isPresent();
        assertThat(cache.get(key(3, 1))).isPresent();
        assertThat(cache.heldTests()).isEqualTo(8);
        cache.put(key(1, 1), tests(2));
        assertThat(cache.heldTests()).as("a job kept again replaces its tests").isEqualTo(6);
        cache.put(key(4, 1), tests(11));
        assertThat(cache.get(key(4, 1))).as("more than the cache holds is not kept").isEmpty();
        assertThat(cache.heldTests()).isEqualTo(6);
    }
}
