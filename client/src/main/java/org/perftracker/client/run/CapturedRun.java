package org.perftracker.client.run;

import java.time.Duration;
import java.util.Objects;

/**
 * One run of a tool as {@link ToolProcess} saw it.
 *
 * @param stdout what the tool wrote to standard output
 * @param merged standard output and standard error as a terminal shows them, line by line in the order they came
 * @param exitCode the tool's exit status; meaningless when {@code timedOut}
 * @param timedOut the tool ran out of time and was stopped
 * @param elapsed from start to exit
 * @param truncated the output was longer than {@link ToolProcess#MAX_OUTPUT_BYTES} and its end was dropped
 */
public record CapturedRun(byte[] stdout, byte[] merged, int exitCode, boolean timedOut, Duration elapsed,
        boolean truncated) {

    public CapturedRun {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** @return true when the tool exited by itself with status 0 */
    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** @return true when the tool wrote to standard error too */
    public boolean wroteToStderr() {
        return merged.length != stdout.length;
    }
}
