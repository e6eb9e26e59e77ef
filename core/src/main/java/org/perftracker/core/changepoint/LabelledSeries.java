package org.perftracker.core.changepoint;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One series of the labelled change-point format (see {@link LabelledSeriesReader}): a name, the values in build
 * order, and, when the file says where the changes are, those labels.
 *
 * @param name unique within its file
 * @param values one value per build
 * @param labelled whether the file gives this series' changes (an empty list then means "no change")
 * @param labels the known changes in increasing index order; empty when unlabelled
 */
public record LabelledSeries(String name, double[] values, boolean labelled, List<Label> labels) {
    public LabelledSeries {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a series needs a name");
        }
        values = values.clone();
        labels = List.copyOf(labels);
        if (!labelled && !labels.isEmpty()) {
            throw new IllegalArgumentException("series " + name + " has labels but is marked unlabelled");
        }
    }

    /** @return a copy of the values */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return the number of values */
    public int length() {
        return values.length;
    }

    /** @return the indexes of the labelled changes */
    public List<Integer> changeIndexes() {
        return labels.stream().map(Label::index).toList();
    }

    /**
     * A known change.
     *
     * @param index the first point after the change
     * @param magnitude the change relative to the level before it (−0.062 is 6.2% lower), when given
     * @param snr |magnitude| / noise coefficient of variation, when given
     */
    public record Label(int index, OptionalDouble magnitude, OptionalDouble snr) {
        public static Label at(int index) {
            return new Label(index, OptionalDouble.empty(), OptionalDouble.empty());
        }
    }
}
