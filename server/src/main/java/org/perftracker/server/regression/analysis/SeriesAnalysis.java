package org.perftracker.server.regression.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.server.regression.SeriesRepository;

/**
 * The outcome of analysing one series, to be written: the series' new state and what to do with its alerts.
 *
 * @param seriesId empty for a series seen for the first time
 * @param jobs the jobs of the change points, by id
 */
record SeriesAnalysis(Optional<Long> seriesId, SeriesRepository.AnalysedSeries state,
        List<AlertReconciler.Action> actions, Map<Long, JobRef> jobs) {

    /** A job as an alert names it. */
    record JobRef(long id, String uuid, String build) {
    }
}
