package org.perftracker.client.run;

import java.util.List;
import org.perftracker.core.upload.TestResult;

/**
 * What a step gave: its tests (same keys joined over iterations) and the problems met, each one line for
 * standard error ({@code "ab: /home/u/.perftracker/output/….txt:5: ab stopped before its report: …"}).
 *
 * @param problems what went wrong: a tool that could not start or timed out, output that could not be read
 * @param toolFailures runs that exited with a non-zero status ({@code "ab exited with status 1"}); their output
 *     was still read, and their tests carry the failure as an error
 */
public record StepResult(List<TestResult> tests, List<String> problems, List<String> toolFailures) {

    public StepResult {
        tests = List.copyOf(tests);
        problems = List.copyOf(problems);
        toolFailures = List.copyOf(toolFailures);
    }
}
