package org.perftracker.server.host;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * The lock timeline of the hosts pages, laid out on the server so that the page draws it with HTML and CSS alone:
 * no script and no outside library. A row per host; a bar per lock, placed in percent of the window so that it
 * scales with the page. Locks of one host that overlap (which a lock's rules make rare) go to separate lanes.
 *
 * <p>Example: a window of 10 days from 2026-01-01 00:00 UTC; a lock from 2026-01-05 12:00 until 2026-01-06 00:00
 * is a bar at {@code left} 45% and {@code width} 5%. A held lock ends at its planned end, or now when that has
 * passed (it is overdue); a lock that ended at its planned end by expiry ends there.
 *
 * @param fromMs the window's start, a midnight in UTC
 * @param toMs the window's end (exclusive)
 * @param nowPercent where now is in the window, or -1 outside it
 * @param legend the lock types of the bars shown, so that colour is never the only carrier of the type
 */
public record Timeline(long fromMs, long toMs, List<Row> rows, List<Tick> ticks, double nowPercent,
        List<LockType> legend) {
    /** Days shown before today, by default. */
    public static final int DAYS_BEFORE = 7;
    /** Days shown in all: the past week, today and the next days. */
    public static final int DAYS = 10;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public Timeline {
        rows = List.copyOf(rows);
        ticks = List.copyOf(ticks);
        legend = List.copyOf(legend);
    }

    /** One host's row. {@code lanes} is how many bars stack at most (at least 1). */
    public record Row(long hostId, String name, String purpose, String href, int lanes, List<Bar> bars) {
        public Row {
            bars = List.copyOf(bars);
        }

        /** @return the row's height in lanes, as a CSS custom property */
        public String style() {
            return "--lanes:" + lanes;
        }
    }

    /**
     * One lock on one host's row.
     *
     * @param left where the bar starts, in percent of the window
     * @param width how long it is, in percent of the window
     * @param startsBefore it began before the window: its start is not shown
     * @param endsAfter it lasts past the window
     * @param overdue it still holds its hosts past its planned end
     */
    public record Bar(long lockId, String href, String title, String owner, LockType type, double left,
            double width, int lane, long beginMs, long endMs, boolean active, boolean overdue, boolean startsBefore,
            boolean endsAfter) {

        /** @return position, size and the type's colours; the colours were checked to be {@code #rrggbb} */
        public String style() {
            return String.format(Locale.ROOT, "left:%.3f%%;width:%.3f%%;--lane:%d;background:%s;color:%s", left,
                    width, lane, type.bgColor(), type.fgColor());
        }


        /** @return e.g. {@code Nightly run (alice) | Autotest | 5 Jan 08:00 – 5 Jan 12:00 UTC, held} */
        public String hint() {
            return title + (owner.isEmpty() ? "" : " (" + owner + ")") + " | " + type.name() + " | " + span();
        }

        /** @return when, in words, e.g. {@code 5 Jan 08:00 – 5 Jan 12:00 UTC, held} */
        public String span() {
            return WHEN.format(Instant.ofEpochMilli(beginMs)) + " – " + WHEN.format(Instant.ofEpochMilli(endMs))
                    + " UTC" + (overdue ? ", held past its planned end" : active ? ", held" : ", released");
        }
    }

    /** A day's mark on the axis. */
    public record Tick(double left, String label, boolean today) {
        public String style() {
            return String.format(Locale.ROOT, "left:%.3f%%", left);
        }
    }

    /** @return where now is, as a CSS style */
    public String nowStyle() {
        return String.format(Locale.ROOT, "left:%.3f%%", nowPercent);
    }

    public boolean showsNow() {
        return nowPercent >= 0;
    }

    /** @return the window's first day, as {@code ?from=} takes it */
    public String fromDay() {
        return day(fromMs);
    }

    /** @return the first day of the window a week earlier */
    public String earlierFrom() {
        return day(fromMs - Duration.ofDays(7).toMillis());
    }

    /** @return the first day of the window a week later */
    public String laterFrom() {
        return day(fromMs + Duration.ofDays(7).toMillis());
    }

    /** @return e.g. {@code Thu 1 Jan – Sat 10 Jan (UTC)} */
    public String caption() {
        return DAY.format(Instant.ofEpochMilli(fromMs)) + " – " + DAY.format(Instant.ofEpochMilli(toMs - 1))
                + " (UTC)";
    }

    /**
     * The window to show: {@value #DAYS} days from the day {@code ?from=} names, by default from a week before
     * today (UTC).
     *
     * @param from {@code 2026-01-01}, or empty or unreadable for the default
     * @return {from, to} in milliseconds since the epoch
     */
    public static long[] window(String from, long nowMs) {
        LocalDate first;
        try {
            first = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            first = null;
        }
        if (first == null || first.getYear() < 2000 || first.getYear() > 9000) {
            first = LocalDate.ofInstant(Instant.ofEpochMilli(nowMs), ZoneOffset.UTC).minusDays(DAYS_BEFORE);
        }
        long start = first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return new long[] {start, start + Duration.ofDays(DAYS).toMillis()};
    }

    /**
     * Lays out the locks of these hosts in the window.
     *
     * @param locks locks overlapping the window (others are left out), of any hosts
     * @param expire whether a lock ends by itself at its planned end
     */
    public static Timeline of(List<Host> hosts, List<HostLock> locks, long fromMs, long toMs, long nowMs,
            boolean expire, LongFunction<String> hostHref, LongFunction<String> lockHref) {
        double span = toMs - fromMs;
        Map<Long, LockType> used = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Host host : hosts) {
            List<HostLock> own = locks.stream().filter(l -> l.hostIds().contains(host.id()))
                    .sorted(Comparator.comparingLong(HostLock::beginMs).thenComparingLong(HostLock::id)).toList();
            List<Long> laneEnds = new ArrayList<>();
            List<Bar> bars = new ArrayList<>();
            for (HostLock lock : own) {
                boolean active = lock.isActive(nowMs, expire);
                long end = end(lock, nowMs, expire);
                if (end <= fromMs || lock.beginMs() >= toMs) {
                    continue;
                }
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane) > lock.beginMs()) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(end);
                } else {
                    laneEnds.set(lane, end);
                }
                long left = Math.max(lock.beginMs(), fromMs);
                long right = Math.min(end, toMs);
                LockType type = checked(lock.type());
                used.putIfAbsent(type.id(), type);
                bars.add(new Bar(lock.id(), lockHref.apply(lock.id()), lock.title(), lock.owner(), type,
                        100 * (left - fromMs) / span, 100 * (right - left) / span, lane, lock.beginMs(), end, active,
                        active && lock.plannedEndMs() <= nowMs, lock.beginMs() < fromMs, end > toMs));
            }
            rows.add(new Row(host.id(), host.name(), host.purpose(), hostHref.apply(host.id()),
                    Math.max(1, laneEnds.size()), bars));
        }
        List<Tick> ticks = new ArrayList<>();
        long dayMs = Duration.ofDays(1).toMillis();
        for (long day = fromMs; day < toMs; day += dayMs) {
            ticks.add(new Tick(100 * (day - fromMs) / span, DAY.format(Instant.ofEpochMilli(day)),
                    nowMs >= day && nowMs < day + dayMs));
        }
        double now = nowMs >= fromMs && nowMs < toMs ? 100 * (nowMs - fromMs) / span : -1;
        List<LockType> legend = used.values().stream()
                .sorted(Comparator.comparingInt(LockType::sortOrder).thenComparing(LockType::name)).toList();
        return new Timeline(fromMs, toMs, rows, ticks, now, legend);
    }

    /** When a lock's bar ends: when it ended, else at its planned end, else (held past it) now. */
    static long end(HostLock lock, long nowMs, boolean expire) {
        if (lock.endMs() != null) {
            return lock.endMs();
        }
        if (expire && lock.plannedEndMs() <= nowMs) {
            return lock.plannedEndMs();
        }
        return Math.max(lock.plannedEndMs(), nowMs);
    }

    /** @return the colours of a type's swatch, as a CSS style; only {@code #rrggbb} values get through */
    public static String swatch(LockType type) {
        LockType t = checked(type);
        return "background:" + t.bgColor() + ";color:" + t.fgColor();
    }

    /** A type whose colours are not {@code #rrggbb} is drawn in the default colours: nothing else reaches CSS. */
    private static LockType checked(LockType t) {
        boolean ok = COLOUR.matcher(t.bgColor()).matches() && COLOUR.matcher(t.fgColor()).matches();
        return ok ? t : new LockType(t.id(), t.name(), LockType.DEFAULT.bgColor(), LockType.DEFAULT.fgColor(),
                t.sortOrder());
    }

    private static String day(long ms) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(ms), ZoneOffset.UTC).toString();
    }
}
