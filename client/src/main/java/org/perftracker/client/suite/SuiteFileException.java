package org.perftracker.client.suite;

import java.util.List;

/**
 * A suite file that cannot be used, with every problem found, each as one line naming the file, the line and
 * the value: {@code nightly.yaml:12: tests[0].concurrency: must be a number ≥ 1 or a list of them, got 'four'}.
 */
public final class SuiteFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public SuiteFileException(String problem) {
        this(List.of(problem));
    }

    public SuiteFileException(List<String> problems) {
        super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, one line each */
    public List<String> problems() {
        return problems;
    }
}
