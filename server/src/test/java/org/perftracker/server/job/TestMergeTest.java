package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.perftracker.core.upload.InvalidUploadException;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

class TestMergeTest {
    private static final JsonText JSON = new JsonText(new ObjectMapper());
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private static TestState stored(long id, UUID uuid, String tag, int seq) {
        return new TestState(id, uuid, TestKeys.of("g", tag, ""), seq, "g", tag, "", TestStatus.SUCCESS, 0, 0);
    }

    private static PreparedTest incoming(String tag, UUID uuid) {
        TestResult.Builder b = TestResult.builder(tag).group("g").scores(1);
        if (uuid != null) {
            b.uuid(uuid);
        }
        return PreparedTest.of(b.build(), JSON);
    }

    @Test
    void a_replacing_upload_updates_known_uuids_deletes_the_rest_and_numbers_new_tests_after_the_last() {
        TestMerge.Plan plan = TestMerge.plan(List.of(stored(10, A, "a", 1), stored(11, B, "b", 2)),
                List.of(incoming("a", A), incoming("c", null)), false);
        assertThat(plan.deletes()).containsExactly(11L);
        assertThat(plan.updates()).singleElement().satisfies(u -> {
            assertThat(u.existing().id()).isEqualTo(10);
            assertThat(u.seqNum()).isEqualTo(1);
            assertThat(u.keyChanged()).isFalse();
        });
        assertThat(plan.inserts()).singleElement().satisfies(i -> assertThat(i.seqNum()).isEqualTo(3));
        assertThat(plan.counters().testsTotal()).isEqualTo(2);
    }

    @Test
    void an_append_keeps_unmentioned_tests_and_counts_them() {
        TestMerge.Plan plan = TestMerge.plan(List.of(stored(10, A, "a", 1), stored(11, B, "b", 5)),
                List.of(incoming("c", null), incoming("d", null)), true);
        assertThat(plan.deletes()).isEmpty();
        assertThat(plan.inserts()).extracting(TestMerge.Insert::seqNum).containsExactly(6, 7);
        assertThat(plan.counters().testsTotal()).isEqualTo(4);
    }

    @Test
    void an_append_that_reuses_a_kept_tests_key_under_another_uuid_is_refused() {
        InvalidUploadException e = catchThrowableOfType(InvalidUploadException.class,
                () -> TestMerge.plan(List.of(stored(10, A, "a", 1)), List.of(incoming("a", UUID.randomUUID())), true));
        assertThat(e.errors()).containsOnlyKeys("tests[0]");
        assertThat(e.errors().get("tests[0]").get(0)).contains(A.toString());
    }

    @Test
    void two_tests_may_swap_keys_in_one_upload() {
        TestMerge.Plan plan = TestMerge.plan(List.of(stored(10, A, "a", 1), stored(11, B, "b", 2)),
                List.of(incoming("b", A), incoming("a", B)), false);
        assertThat(plan.updates()).allSatisfy(u -> assertThat(u.keyChanged()).isTrue());
        assertThat(plan.deletes()).isEmpty();
    }

    @Test
    void a_uuid_unknown_to_this_job_makes_a_new_test() {
        TestMerge.Plan plan = TestMerge.plan(List.of(), List.of(incoming("a", A)), false);
        assertThat(plan.inserts()).singleElement().satisfies(i -> assertThat(i.uuid()).isEqualTo(A));
    }
}
