package org.perftracker.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftracker.server.Main;

/** The server as a separate Java process, started as a user starts it, its output in a log file. */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving on (http://[^/]+/)");

    private final Process process;
    private final Path log;
    private final String url;

    private ServerProcess(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Runs {@code pt server} with these JVM options and arguments and waits until it serves. */
    public static ServerProcess start(Path log, List<String> jvmOptions, String... args) throws IOException {
        Process process = command(jvmOptions, args).redirectOutput(log.toFile()).start();
        String url = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (url == null && System.nanoTime() < deadline && process.isAlive()) {
                Matcher m = SERVING.matcher(Files.readString(log));
                if (m.find()) {
                    url = m.group(1);
                } else {
                    Thread.sleep(20); // polling the log with a deadline, not waiting a fixed time
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (url == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start:\n" + Files.readString(log));
        }
        return new ServerProcess(process, log, url);
    }

    public static ProcessBuilder command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** @return the base URL, ending in a slash */
    public String url() {
        return url;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Sends SIGTERM and waits for the process to end. */
    public boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
