package org.perftracker.server.regression.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perftracker.server.regression.SeriesChangePoint;
import org.perftracker.server.regression.alert.Direction;

/**
 * Matches the change points of a new analysis of a series with the alerts it already has, so that analysing again
 * never duplicates an alert and never loses a triage:
 * <ol>
 * <li>a change point at the job of an existing alert is that alert (refreshed, and found again if it was lost);
 * <li>a change point that moved by at most {@code tolerance} points keeps the nearest detected alert of the same
 * direction that lost its change point (the alert moves to the new job with its triage);
 * <li>any other change point is a new alert;
 * <li>a detected alert left without a change point is retracted: kept, with its triage, but no longer detected.
 * </ol>
 * Deterministic: ties go to the alert with the smaller id.
 */
final class AlertReconciler {
    private AlertReconciler() {
    }

    /** An alert of the series as it is stored; {@code position} is where its job is, or would be, in the series. */
    record Existing(long id, long jobId, int position, Direction direction, boolean detected) {
    }

    /** A change point of the new analysis with its direction. */
    record Wanted(SeriesChangePoint changePoint, Direction direction) {
    }

    /** What to do with one alert. */
    sealed interface Action permits Create, Refresh, Move, Retract {
    }

    record Create(Wanted wanted) implements Action {
    }

    record Refresh(Existing alert, Wanted wanted) implements Action {
    }

    record Move(Existing alert, Wanted wanted) implements Action {
    }

    record Retract(Existing alert) implements Action {
    }

    static List<Action> reconcile(List<Wanted> wanted, List<Existing> existing, int tolerance) {
        Map<Long, Existing> byJob = new HashMap<>();
        existing.forEach(e -> byJob.put(e.jobId(), e));
        Set<Long> matched = new HashSet<>();
        List<Action> actions = new ArrayList<>();
        List<Wanted> unmatched = new ArrayList<>();
        for (Wanted w : wanted) {
            Existing same = byJob.get(w.changePoint().jobId());
            if (same != null) {
                matched.add(same.id());
                actions.add(new Refresh(same, w));
            } else {
                unmatched.add(w);
            }
        }
        for (Wanted w : unmatched) {
            Optional<Existing> moved = existing.stream()
                    .filter(e -> e.detected() && !matched.contains(e.id()) && e.direction() == w.direction())
                    .filter(e -> Math.abs(e.position() - w.changePoint().index()) <= tolerance)
                    .min(Comparator.comparingInt((Existing e) -> Math.abs(e.position() - w.changePoint().index()))
                            .thenComparingLong(Existing::id));
            if (moved.isPresent()) {
                matched.add(moved.get().id());
                actions.add(new Move(moved.get(), w));
            } else {
                actions.add(new Create(w));
            }
        }
        existing.stream().filter(e -> e.detected() && !matched.contains(e.id()))
                .sorted(Comparator.comparingLong(Existing::id))
                .forEach(e -> actions.add(new Retract(e)));
        return actions;
    }
}
