package org.perftracker.server.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the timeline puts its bars, ticks and the present, in percent of a window of ten days. */
class TimelineTest {
    private static final long HOUR = 3_600_000L;
    private static final long FROM = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final long TO = FROM + 240 * HOUR;
    private static final long NOW = Instant.parse("2026-01-08T12:00:00Z").toEpochMilli();
    private static final LockType NIGHTLY = new LockType(3, "Nightly", "#aa0000", "#ffffff", 1);

    private static Host host(long id, String name) {
        return new Host(id, name, "", "", "web perf", "", "", "", null, "", null, null, null, "", "", "", "", false,
                10, null);
    }

    private static HostLock lock(long id, long begin, long plannedEnd, Long end, long... hosts) {
        return new HostLock(id, "lock " + id, "alice", NIGHTLY, begin, plannedEnd, end, true,
                java.util.Arrays.stream(hosts).boxed().toList());
    }

    private static Timeline layout(List<HostLock> locks, boolean expire) {
        return Timeline.of(List.of(host(1, "perf-01"), host(2, "perf-02")), locks, FROM, TO, NOW, expire,
                id -> "/1/hw_farm/" + id, id -> "/1/hw_lock/" + id);
    }

    @Test
    void a_released_lock_spans_its_begin_to_its_end_in_percent_of_the_window() {
        Timeline t = layout(List.of(lock(7, FROM + 108 * HOUR, FROM + 130 * HOUR, FROM + 120 * HOUR, 1)), false);
        Timeline.Bar bar = t.rows().get(0).bars().get(0);
        assertThat(bar.left()).isCloseTo(45.0, within(1e-9));
        assertThat(bar.width()).isCloseTo(5.0, within(1e-9));
        assertThat(bar.active()).isFalse();
        assertThat(bar.href()).isEqualTo("/1/hw_lock/7");
        assertThat(bar.style()).isEqualTo("left:45.000%;width:5.000%;--lane:0;background:#aa0000;color:#ffffff");
        assertThat(bar.span()).isEqualTo("5 Jan 12:00 – 6 Jan 00:00 UTC, released");
        assertThat(t.rows().get(1).bars()).isEmpty();
    }

    @Test
    void a_held_lock_ends_at_its_planned_end_or_now_when_that_passed_unless_locks_expire() {
        HostLock planned = lock(1, NOW - 2 * HOUR, NOW + 12 * HOUR, null, 1);
        HostLock overdue = lock(2, NOW - 30 * HOUR, NOW - 6 * HOUR, null, 2);
        Timeline held = layout(List.of(planned, overdue), false);
        Timeline.Bar onTime = held.rows().get(0).bars().get(0);
        assertThat(onTime.endMs()).isEqualTo(NOW + 12 * HOUR);
        assertThat(onTime.overdue()).isFalse();
        Timeline.Bar late = held.rows().get(1).bars().get(0);
        assertThat(late.endMs()).isEqualTo(NOW);
        assertThat(late.overdue()).isTrue();
        assertThat(late.span()).endsWith("held past its planned end");

        Timeline expiring = layout(List.of(overdue), true);
        Timeline.Bar ended = expiring.rows().get(1).bars().get(0);
        assertThat(ended.endMs()).isEqualTo(NOW - 6 * HOUR);
        assertThat(ended.active()).isFalse();
    }

    @Test
    void bars_are_clipped_to_the_window_and_say_so() {
        Timeline t = layout(List.of(lock(1, FROM - 48 * HOUR, FROM + 24 * HOUR, FROM + 24 * HOUR, 1),
                lock(2, TO - 24 * HOUR, TO + 48 * HOUR, null, 2)), false);
        Timeline.Bar early = t.rows().get(0).bars().get(0);
        assertThat(early.left()).isZero();
        assertThat(early.width()).isCloseTo(10.0, within(1e-9));
        assertThat(early.startsBefore()).isTrue();
        Timeline.Bar late = t.rows().get(1).bars().get(0);
        assertThat(late.left() + late.width()).isCloseTo(100.0, within(1e-9));
        assertThat(late.endsAfter()).isTrue();
    }

    @Test
    void locks_of_one_host_that_overlap_go_to_separate_lanes_and_a_lock_of_two_hosts_shows_on_both() {
        Timeline t = layout(List.of(lock(1, FROM, FROM + 50 * HOUR, FROM + 50 * HOUR, 1, 2),
                lock(2, FROM + 10 * HOUR, FROM + 20 * HOUR, FROM + 20 * HOUR, 1),
                lock(3, FROM + 60 * HOUR, FROM + 70 * HOUR, FROM + 70 * HOUR, 1)), false);
        Timeline.Row first = t.rows().get(0);
        assertThat(first.lanes()).isEqualTo(2);
        assertThat(first.bars()).extracting(Timeline.Bar::lane).containsExactly(0, 1, 0);
        assertThat(first.style()).isEqualTo("--lanes:2");
        assertThat(t.rows().get(1).bars()).extracting(Timeline.Bar::lockId).containsExactly(1L);
    }

    @Test
    void ticks_mark_each_day_and_today_and_now_is_placed() {
        Timeline t = layout(List.of(), false);
        assertThat(t.ticks()).hasSize(10);
        assertThat(t.ticks().get(0).label()).isEqualTo("Thu 1 Jan");
        assertThat(t.ticks().get(7).today()).isTrue();
        assertThat(t.ticks().stream().filter(Timeline.Tick::today)).hasSize(1);
        assertThat(t.nowPercent()).isCloseTo(75.0, within(1e-9));
        assertThat(t.caption()).isEqualTo("Thu 1 Jan – Sat 10 Jan (UTC)");
        assertThat(t.earlierFrom()).isEqualTo("2025-12-25");
        assertThat(t.laterFrom()).isEqualTo("2026-01-08");
    }

    @Test
    void the_window_starts_a_week_before_today_unless_the_url_names_a_day() {
        assertThat(Timeline.window("", NOW)[0]).isEqualTo(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
        assertThat(Timeline.window("2025-06-30", NOW)[0])
                .isEqualTo(Instant.parse("2025-06-30T00:00:00Z").toEpochMilli());
        assertThat(Timeline.window("yesterday", NOW)[0]).isEqualTo(FROM);
        assertThat(Timeline.window("2025-06-30", NOW)[1] - Timeline.window("2025-06-30", NOW)[0])
                .isEqualTo(240 * HOUR);
    }

    @Test
    void colours_that_are_not_rrggbb_never_reach_the_style_and_the_legend_names_each_type_used() {
        LockType odd = new LockType(4, "Odd", "red;background:url(x)", "#fff", 2);
        HostLock lock = new HostLock(9, "t", "", odd, FROM, FROM + HOUR, FROM + HOUR, true, List.of(1L));
        Timeline t = layout(List.of(lock, lock(1, FROM + 5 * HOUR, FROM + 6 * HOUR, FROM + 6 * HOUR, 2)), false);
        assertThat(t.rows().get(0).bars().get(0).style()).contains("background:#777777;color:#ffffff")
                .doesNotContain("url");
        assertThat(Timeline.swatch(odd)).isEqualTo("background:#777777;color:#ffffff");
        assertThat(t.legend()).extracting(LockType::name).containsExactly("Nightly", "Odd");
    }
}
