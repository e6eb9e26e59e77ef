package org.perftracker.core.changepoint;

import java.util.List;

/**
 * The change points of one series, and where a later {@link ChangePointDetector#update update} resumes.
 *
 * <p>The detector walks the series from left to right through windows (see {@link ChangePointDetector}). A
 * window that ends before the last point has seen everything it will ever see, so what it decided is final; the
 * first window that reaches the end of the series is where the walk must resume when points are appended.
 * Change points at or before {@code resumeIndex} are final; later ones are tentative: with more points they may
 * move by a few builds or vanish.
 *
 * <p>Example: 300 builds with a shift at build 120 and the default window of 100 give change point 120 and
 * resumeIndex 220: appending build 300 re-examines builds 220–300 only.
 *
 * @param changePoints in increasing index order
 * @param seriesLength number of points analysed
 * @param resumeIndex the walk's position from which the analysis of a longer series continues, in
 *     [0, seriesLength]
 */
public record Detection(List<ChangePoint> changePoints, int seriesLength, int resumeIndex) {
    public Detection {
        changePoints = List.copyOf(changePoints);
        if (seriesLength < 0 || resumeIndex < 0 || resumeIndex > seriesLength) {
            throw new IllegalArgumentException("need 0 <= resumeIndex <= seriesLength, got " + resumeIndex
                    + " and " + seriesLength);
        }
        for (int i = 0; i < changePoints.size(); i++) {
            int index = changePoints.get(i).index();
            if (index >= seriesLength || i > 0 && index <= changePoints.get(i - 1).index()) {
                throw new IllegalArgumentException("change points must increase and lie inside the series, got "
                        + index + " in a series of " + seriesLength);
            }
        }
    }

    /** @return the indexes of the change points, in increasing order */
    public List<Integer> indexes() {
        return changePoints.stream().map(ChangePoint::index).toList();
    }
}
