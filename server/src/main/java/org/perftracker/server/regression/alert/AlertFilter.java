package org.perftracker.server.regression.alert;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Which alerts a list shows; every part is optional and they combine with AND.
 *
 * @param projectId 0 for every project
 * @param states empty for every state
 * @param jobId the first job after the shift
 */
public record AlertFilter(long projectId, Optional<Long> regressionId, Optional<Long> seriesId, Set<AlertState> states,
        Optional<Direction> direction, Optional<Long> jobId, Optional<Boolean> detected) {
    public AlertFilter {
        states = Set.copyOf(states);
    }

    public static AlertFilter project(long projectId) {
        return new AlertFilter(projectId, Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public AlertFilter withRegression(long id) {
        return new AlertFilter(projectId, Optional.of(id), seriesId, states, direction, jobId, detected);
    }

    public AlertFilter withSeries(long id) {
        return new AlertFilter(projectId, regressionId, Optional.of(id), states, direction, jobId, detected);
    }

    public AlertFilter withJob(long id) {
        return new AlertFilter(projectId, regressionId, seriesId, states, direction, Optional.of(id), detected);
    }

    /** The conditions on {@code a} (regression_alert), with their parameters bound by {@link #bind}. */
    String where() {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (projectId != 0) {
            sql.append(" AND a.project_id = :project");
        }
        regressionId.ifPresent(x -> sql.append(" AND a.regression_id = :regression"));
        seriesId.ifPresent(x -> sql.append(" AND a.series_id = :series"));
        if (!states.isEmpty()) {
            sql.append(" AND a.state IN (<states>)");
        }
        direction.ifPresent(x -> sql.append(" AND a.direction = :direction"));
        jobId.ifPresent(x -> sql.append(" AND a.job_id = :job"));
        detected.ifPresent(x -> sql.append(" AND a.detected = :detected"));
        return sql.toString();
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        if (projectId != 0) {
            statement.bind("project", projectId);
        }
        regressionId.ifPresent(x -> statement.bind("regression", x));
        seriesId.ifPresent(x -> statement.bind("series", x));
        if (!states.isEmpty()) {
            statement.bindList("states", List.copyOf(states.stream().map(AlertState::word).sorted().toList()));
        }
        direction.ifPresent(x -> statement.bind("direction", x.word()));
        jobId.ifPresent(x -> statement.bind("job", x));
        detected.ifPresent(x -> statement.bind("detected", x));
        return statement;
    }
}
