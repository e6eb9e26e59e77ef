package org.perftracker.core.comparison;

/**
 * Whether sections show their table. {@link #AUTO} shows it unless a chart already shows more than five rows;
 * {@link #HIDE} hides the tables of charted sections only, since a section without a chart would show nothing.
 */
public enum TableMode {
    AUTO,
    SHOW,
    HIDE
}
