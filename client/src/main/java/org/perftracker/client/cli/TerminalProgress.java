package org.perftracker.client.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress bar on one line of a terminal, redrawn four times a second and whenever the tool prints:
 * {@code [2/6] ▕████░░░░░░▏ 0:03 ab -n 100 -c 4 http://app/ · Completed 100 requests}. Finished runs stay on
 * the screen as one line each.
 */
public final class TerminalProgress implements Progress {
    private static final String CLEAR_LINE = "\r\033[K";
    private static final int BAR = 10;

    private final PrintWriter err;
    private final int total;
    private final int width;
    private final ScheduledExecutorService ticker;
    private int current;
    private String label = "";
    private String lastLine = "";
    private long startNanos;
    private boolean running;

    /**
     * @param width the terminal's width in characters
     * @param tick whether to redraw by itself (off in tests, which draw by calling {@link #draw()})
     */
    public TerminalProgress(PrintWriter err, int totalRuns, int width, boolean tick) {
        this.err = err;
        this.total = Math.max(totalRuns, 1);
        this.width = Math.max(width, 40);
        if (tick) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "pt-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    static int parseWidth(String columns) {
        try {
            return Integer.parseInt(columns.trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    @Override
    public synchronized void begin(String runLabel) {
        current++;
        label = runLabel;
        lastLine = "";
        startNanos = System.nanoTime();
        running = true;
        draw();
    }

    @Override
    public synchronized void line(String text) {
        String t = text.strip();
        if (!t.isEmpty()) {
            lastLine = t;
            draw();
        }
    }

    @Override
    public synchronized void end(String outcome) {
        running = false;
        err.print(CLEAR_LINE);
        err.println(fit("[" + current + "/" + total + "] " + label + ": " + outcome + " in "
                + PlainProgress.seconds(System.nanoTime() - startNanos)));
        err.flush();
    }

    /** Redraws the bar of the run in progress. */
    public synchronized void draw() {
        if (!running) {
            return;
        }
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        int done = (current - 1) * BAR / total;
        String bar = "▕" + "█".repeat(done) + "░".repeat(BAR - done) + "▏";
        String text = "[" + current + "/" + total + "] " + bar + " " + seconds / 60 + ":"
                + String.format("%02d", seconds % 60) + " " + label + (lastLine.isEmpty() ? "" : " · " + lastLine);
        err.print(CLEAR_LINE + fit(text));
        err.flush();
    }

    private String fit(String text) {
        return text.length() < width ? text : text.substring(0, width - 2) + "…";
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (running) {
            err.print(CLEAR_LINE);
            running = false;
        }
        err.flush();
    }
}
