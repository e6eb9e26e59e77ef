package org.perftracker.core.comparison;

/** The chart a section gets, once {@link ChartType} and the section's data are weighed. */
public enum ChartKind {
    NONE,
    LINE,
    BAR
}
