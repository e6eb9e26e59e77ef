package org.perftracker.e2e;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.perftracker.client.Main;
import org.perftracker.client.cli.Invocation;

/** Runs {@code pt} in the test's JVM with captured output, its own home and working directory. */
final class Pt {
    private final Path home;
    private final Path workingDirectory;

    /** The outcome of one run of pt. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    Pt(Path home, Path workingDirectory) {
        this.home = home;
        this.workingDirectory = workingDirectory;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Invocation(List.of(args), Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true), false, home, workingDirectory));
        return new Result(code, out.toString(), err.toString());
    }
}
