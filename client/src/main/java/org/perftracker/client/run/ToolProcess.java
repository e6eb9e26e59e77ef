package org.perftracker.client.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one command without a shell and captures what it prints, standard output alone and merged with standard
 * error. The command gets no input (its standard input is closed), so it can never wait for a prompt; it is
 * stopped, with the processes it started, when it runs out of time.
 */
public final class ToolProcess {
    /** Output beyond this is dropped (a tool that prints without end must not fill the memory). */
    public static final int MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
    private static final Duration GRACE = Duration.ofSeconds(5);

    private ToolProcess() {
    }

    /**
     * @param lines receives every line the tool prints, as it prints it (for progress)
     * @throws IOException when the command cannot be started (no such program, not executable)
     */
    public static CapturedRun run(List<String> command, Path directory, Map<String, String> environment,
            Optional<Duration> timeout, Consumer<String> lines) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        Capture capture = new Capture();
        Thread out = capture.reader(process.getInputStream(), true, lines);
        Thread err = capture.reader(process.getErrorStream(), false, lines);
        boolean timedOut = false;
        try {
            if (timeout.isPresent()) {
                timedOut = !process.waitFor(timeout.get().toMillis(), TimeUnit.MILLISECONDS);
                if (timedOut) {
                    stop(process);
                }
            }
            process.waitFor();
        } finally {
            if (process.isAlive()) {
                stop(process);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        // a child the tool left running may hold the pipes open: wait for the readers a little, not for ever
        out.join(GRACE.toMillis());
        err.join(GRACE.toMillis());
        return capture.result(process.exitValue(), timedOut, elapsed);
    }

    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** The buffers both readers write to, line by line. */
    private static final class Capture {
        private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        private final ByteArrayOutputStream merged = new ByteArrayOutputStream();
        private boolean truncated;

        Thread reader(InputStream in, boolean isStdout, Consumer<String> lines) {
            Thread t = new Thread(() -> read(in, isStdout, lines), isStdout ? "pt-tool-stdout" : "pt-tool-stderr");
            t.setDaemon(true);
            t.start();
            return t;
        }

        private void read(InputStream in, boolean isStdout, Consumer<String> lines) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    for (int i = 0; i < n; i++) {
                        line.write(buffer[i]);
                        if (buffer[i] == '\n') {
                            append(line.toByteArray(), isStdout, lines);
                            line.reset();
                        }
                    }
                }
            } catch (IOException e) {
                // the pipe closed under us: the tool is gone, and what it printed is kept
            }
            if (line.size() > 0) {
                append(line.toByteArray(), isStdout, lines);
            }
        }

        private void append(byte[] bytes, boolean isStdout, Consumer<String> lines) {
            synchronized (this) {
                if (merged.size() + bytes.length > MAX_OUTPUT_BYTES) {
                    truncated = true;
                    return;
                }
                merged.writeBytes(bytes);
                if (isStdout) {
                    stdout.writeBytes(bytes);
                }
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            int cr = text.stripTrailing().lastIndexOf('\r');
            lines.accept((cr >= 0 ? text.substring(cr + 1) : text).stripTrailing());
        }

        synchronized CapturedRun result(int exitCode, boolean timedOut, Duration elapsed) {
            return new CapturedRun(stdout.toByteArray(), merged.toByteArray(), exitCode, timedOut, elapsed,
                    truncated);
        }
    }
}
