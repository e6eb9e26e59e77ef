package org.perftracker.core.comparison;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.perftracker.core.upload.TestStatus;

/**
 * One job's result in one row: its value, spread and number of scores, its outcome, and its changes from earlier
 * jobs. The scores themselves, and their other statistics, are one click away on the test; they are left out here
 * to keep a comparison of thousands of tests small.
 *
 * <p>Example: a job whose test scored {@code [110.2, 112.9, 111.4]} pages/s, compared by AVERAGE: value 111.5,
 * spread 3.36 (the half-width of the 95% confidence interval of the mean: t<sub>0.975, 2</sub> × 1.353 / √3), n 3.
 *
 * @param testId the id of the job's test, 0 when {@link CellState#MISSING}
 * @param value the compared statistic ({@link ValueKind}), empty when the cell has no score
 * @param spread the error bar: the 95% confidence half-width of the mean with AVERAGE, 0 with MIN and MAX
 * @param n the number of scores behind the value (0 when missing)
 * @param diffs changes from earlier jobs: none for the baseline; against the baseline for the second job; against
 *     the baseline and then against the previous job for the others
 */
public record Cell(
        long testId,
        CellState state,
        TestStatus status,
        int errors,
        int warnings,
        @JsonSerialize(using = OptionalDoubleJson.Writer.class)
        @JsonDeserialize(using = OptionalDoubleJson.Reader.class)
        OptionalDouble value,
        double spread,
        int n,
        List<Diff> diffs) {

    public Cell {
        Objects.requireNonNull(state, "state");
        status = Objects.requireNonNullElse(status, TestStatus.NOTTESTED);
        value = Objects.requireNonNullElse(value, OptionalDouble.empty());
        diffs = List.copyOf(Objects.requireNonNullElse(diffs, List.of()));
    }
}
