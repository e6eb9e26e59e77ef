package org.perftracker.client.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perftracker.client.cli.Durations;
import org.perftracker.client.cli.Progress;
import org.perftracker.core.tool.TestMerger;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;

/**
 * Runs a {@link ToolStep}: its warm-ups, then its iterations, each read by the step's parser; the tests of all
 * iterations are joined by key, so that each gets one score per iteration.
 *
 * <p>A run that fails is still read: a tool that exits with a non-zero status may have printed its results, and
 * then its tests carry the failure as an error ({@code "ab exited with status 1"}). Output that cannot be read is
 * kept in the {@link OutputArchive}, and the problem names that file and the line.
 */
public final class ToolRunner {
    private final Progress progress;
    private final OutputArchive archive;

    public ToolRunner(Progress progress, OutputArchive archive) {
        this.progress = progress;
        this.archive = archive;
    }

    public StepResult run(ToolStep step) throws InterruptedException {
        TestMerger merger = new TestMerger();
        List<String> problems = new ArrayList<>();
        List<String> toolFailures = new ArrayList<>();
        for (int i = 1; i <= step.runs(); i++) {
            boolean warmup = i <= step.warmups();
            progress.begin(step.label() + suffix(step, i));
            RunOutcome outcome = runOnce(step, warmup);
            problems.addAll(outcome.problems());
            outcome.exitStatus().ifPresent(toolFailures::add);
            for (TestResult t : outcome.tests()) {
                merger.add(t).ifPresent(clash -> problems.add(step.parser().name() + ": " + clash));
            }
            progress.end(outcome.summary());
            if (outcome.cannotStart()) {
                break;
            }
        }
        return new StepResult(merger.tests(), problems, toolFailures);
    }

    /** What one run gave. */
    private record RunOutcome(List<TestResult> tests, List<String> problems, Optional<String> exitStatus,
            boolean cannotStart, String summary) {
    }

    private RunOutcome runOnce(ToolStep step, boolean warmup) throws InterruptedException {
        Optional<Path> resultsFile = step.source().file().map(f -> step.directory().resolve(f).normalize());
        Optional<FileTime> before = resultsFile.flatMap(ToolRunner::modified);
        CapturedRun run;
        try {
            run = ToolProcess.run(step.command(), step.directory(), step.environment(), step.timeout(),
                    progress::line);
        } catch (IOException e) {
            String problem = cannotStart(step, e);
            return new RunOutcome(List.of(), List.of(problem), Optional.empty(), true, "could not start");
        }
        List<String> problems = new ArrayList<>();
        Optional<String> failure = failure(step, run);
        Optional<String> exitStatus = run.timedOut() ? Optional.empty() : failure;
        if (run.timedOut()) {
            problems.add(failure.get());
        }
        if (warmup || run.timedOut()) {
            // a stopped run's output is cut short: its results are not to be trusted
            return new RunOutcome(List.of(), problems, exitStatus, false, run.timedOut() ? "timed out"
                    : failure.map(f -> "warm-up failed").orElse("warm-up done"));
        }
        List<TestResult> tests = read(step, run, resultsFile, before, problems);
        if (failure.isPresent()) {
            tests = tests.stream().map(t -> withError(t, failure.get())).toList();
        }
        String summary = (failure.isPresent() ? "exit status " + run.exitCode() + ", " : "")
                + count(tests.size(), "test");
        return new RunOutcome(tests, problems, exitStatus, false, summary);
    }

    private List<TestResult> read(ToolStep step, CapturedRun run, Optional<Path> resultsFile,
            Optional<FileTime> before, List<String> problems) {
        String name = step.parser().name();
        if (resultsFile.isPresent()) {
            Path file = resultsFile.get();
            Optional<FileTime> after = modified(file);
            if (after.isEmpty() || after.equals(before)) {
                problems.add(name + ": " + file + ": " + step.program() + " wrote no results there");
                return List.of();
            }
            String console = decode(run.merged());
            try {
                String text = decode(Files.readAllBytes(file));
                return step.parser().parse(new ToolOutput(text, step.toolCommand(), console));
            } catch (IOException e) {
                problems.add(name + ": " + file + ": cannot be read: " + e.getMessage());
            } catch (UnparseableOutputException e) {
                problems.add(e.parser() + ": " + file + ":" + e.line() + ": " + e.reason());
            }
            return List.of();
        }
        try {
            return step.parser().parse(new ToolOutput(decode(run.merged()), step.toolCommand(), ""));
        } catch (UnparseableOutputException e) {
            Optional<List<TestResult>> fromStdout = run.wroteToStderr() ? stdoutAlone(step, run) : Optional.empty();
            if (fromStdout.isPresent()) {
                return fromStdout.get();
            }
            Path kept = archive.keep(step.program(), run.merged());
            problems.add(e.parser() + ": " + kept + ":" + e.line() + ": " + e.reason());
            return List.of();
        }
    }

    /** A tool whose standard output is a document (JSON) and whose standard error is chatter. */
    private static Optional<List<TestResult>> stdoutAlone(ToolStep step, CapturedRun run) {
        try {
            return Optional.of(step.parser().parse(new ToolOutput(decode(run.stdout()), step.toolCommand(), "")));
        } catch (UnparseableOutputException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> failure(ToolStep step, CapturedRun run) {
        if (run.timedOut()) {
            return Optional.of(step.program() + " timed out after " + step.timeout().map(Durations::format)
                    .orElse("?") + " and was stopped");
        }
        if (run.exitCode() == 127 && step.command().get(0).equals("sh")) {
            return Optional.of(step.program() + ": command not found (exit status 127); is it installed?");
        }
        if (run.exitCode() != 0) {
            return Optional.of(step.program() + " exited with status " + run.exitCode());
        }
        return Optional.empty();
    }

    private static String cannotStart(ToolStep step, IOException e) {
        String m = String.valueOf(e.getMessage());
        String program = step.command().get(0);
        if (m.contains("error=2,")) {
            return program + ": no such program; is it installed and on the PATH?";
        }
        if (m.contains("error=13,")) {
            return program + ": permission denied; is it executable?";
        }
        return program + ": cannot be started: " + m;
    }

    private static TestResult withError(TestResult test, String message) {
        return test.toBuilder().errors(test.errors() + 1).addError(message).build();
    }

    private static Optional<FileTime> modified(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String decode(byte[] bytes) {
        return ToolOutput.of(bytes).text();
    }

    private static String suffix(ToolStep step, int run) {
        if (run <= step.warmups()) {
            return step.warmups() == 1 ? " (warm-up)" : " (warm-up " + run + " of " + step.warmups() + ")";
        }
        return step.iterations() == 1 ? "" : " (iteration " + (run - step.warmups()) + " of "
                + step.iterations() + ")";
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
