package org.perftracker.server.project;

/** A named space of jobs, comparisons and regressions. Id 0 in URLs means "all projects". */
public record Project(long id, String name, String description, int navOrder, boolean visible) {
    /** The id that stands for "all projects" in URLs; never stored. */
    public static final long ALL = 0;
}
