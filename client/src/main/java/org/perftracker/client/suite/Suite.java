package org.perftracker.client.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.perftracker.client.cli.JobFields;
import org.perftracker.client.run.ToolStep;
import org.perftracker.core.upload.EnvNode;

/**
 * A suite file, read: the job's fields, the defaults of its tests, its environment and its tests. One run of a
 * suite is one job. The format is described in {@code docs/suites.md}.
 *
 * @param file the suite file
 * @param job the job's fields from {@code job:}; the command line's options win over them
 * @param defaults iterations, warm-ups and timeout for every test that does not set its own
 * @param localHost whether to describe the machine pt runs on in the job's environment
 * @param nodes more environment nodes (the servers under test), from {@code environment: nodes:}
 */
public record Suite(Path file, JobFields job, RunSettings defaults, boolean localHost, List<EnvNode> nodes,
        List<SuiteTest> tests) {

    public Suite {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(defaults, "defaults");
        nodes = List.copyOf(nodes);
        tests = List.copyOf(tests);
    }

    /** @return every step of every test, in order */
    public List<ToolStep> steps() {
        Path directory = file.toAbsolutePath().getParent();
        List<ToolStep> steps = new ArrayList<>();
        tests.forEach(t -> steps.addAll(t.steps(directory, defaults)));
        return steps;
    }

    /** @return the suite's name: its file name without {@code .yaml} */
    public String name() {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }
}
