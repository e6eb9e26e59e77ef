package org.perftracker.client.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perftracker.client.Main;
import org.perftracker.client.cli.Invocation;

/**
 * Runs {@code pt} in the test's JVM through {@link Main#run(Invocation)}, with captured output, its own home and
 * working directory, and only the environment variables the test gives.
 */
public final class Pt {
    private final Path home;
    private final Path workingDirectory;
    private final Map<String, String> variables = new HashMap<>();
    private boolean terminal;

    /** The outcome of one run of pt. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    public Pt(Path directory) {
        this.home = directory.resolve("home");
        this.workingDirectory = directory.resolve("work");
        try {
            Files.createDirectories(workingDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        variables.put("PATH", System.getenv("PATH"));
    }

    public Pt variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    public Pt onTerminal() {
        terminal = true;
        return this;
    }

    public Path home() {
        return home;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Invocation(List.of(args), variables, new PrintWriter(out, true),
                new PrintWriter(err, true), terminal, home, workingDirectory));
        return new Result(code, out.toString(), err.toString());
    }
}
