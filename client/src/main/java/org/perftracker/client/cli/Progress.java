package org.perftracker.client.cli;

/**
 * Tells the user how a run goes: which run of how many is going, what the tool prints, how it ended. On a
 * terminal a bar that redraws itself ({@link TerminalProgress}); elsewhere (cron, CI logs) plain lines
 * ({@link PlainProgress}); nothing with {@code --quiet}.
 */
public interface Progress extends AutoCloseable {

    /** A run starts, e.g. {@code "ab -n 100 -c 4 http://app/ (iteration 2 of 3)"}. */
    void begin(String label);

    /** The tool printed a line. */
    void line(String text);

    /** The run ended, e.g. {@code "13 tests"} or {@code "exited with status 1"}. */
    void end(String outcome);

    @Override
    void close();

    /**
     * @param totalRuns how many runs there will be (warm-ups and iterations of every test)
     * @return the progress display that fits where standard error goes
     */
    static Progress of(Invocation invocation, boolean quiet, int totalRuns) {
        if (quiet) {
            return new Progress() {
                @Override
                public void begin(String label) {
                }

                @Override
                public void line(String text) {
                }

                @Override
                public void end(String outcome) {
                }

                @Override
                public void close() {
                }
            };
        }
        if (invocation.terminal()) {
            int width = invocation.variable("COLUMNS").map(TerminalProgress::parseWidth).orElse(100);
            return new TerminalProgress(invocation.err(), totalRuns, width, true);
        }
        return new PlainProgress(invocation.err(), totalRuns);
    }
}
