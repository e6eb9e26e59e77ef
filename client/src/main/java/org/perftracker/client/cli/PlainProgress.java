package org.perftracker.client.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress as plain lines, one when a run starts and one when it ends: {@code [2/6] ab … : 13 tests in 1.2 s}. */
public final class PlainProgress implements Progress {
    private final PrintWriter err;
    private final int total;
    private int current;
    private String label = "";
    private long startNanos;

    public PlainProgress(PrintWriter err, int totalRuns) {
        this.err = err;
        this.total = totalRuns;
    }

    @Override
    public synchronized void begin(String runLabel) {
        current++;
        label = runLabel;
        startNanos = System.nanoTime();
        err.println(prefix() + label);
        err.flush();
    }

    @Override
    public void line(String text) {
        // the lines of a run go to the log only when it fails
    }

    @Override
    public synchronized void end(String outcome) {
        err.println(prefix() + label + ": " + outcome + " in " + seconds(System.nanoTime() - startNanos));
        err.flush();
    }

    @Override
    public void close() {
        err.flush();
    }

    private String prefix() {
        return "[" + current + "/" + total + "] ";
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
