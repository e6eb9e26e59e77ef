package org.perftracker.core.comparison;

/**
 * The trend's value at one category of the chart.
 *
 * @param category index into {@link Chart#categories()}
 */
public record TrendPoint(int category, double y) {
}
