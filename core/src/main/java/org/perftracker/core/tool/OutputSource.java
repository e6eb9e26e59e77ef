package org.perftracker.core.tool;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a recognised command writes the results its parser reads: standard output, or a file named on the
 * command line. {@code hyperfine --export-json out.json 'sleep 1'} writes to {@code file("out.json")};
 * {@code ab -n 100 http://app/} to {@link #stdout()}.
 *
 * @param file the path of the results file, as written on the command line; empty for standard output
 */
public record OutputSource(Optional<String> file) {

    public OutputSource {
        file = Objects.requireNonNullElse(file, Optional.empty());
    }

    public static OutputSource stdout() {
        return new OutputSource(Optional.empty());
    }

    public static OutputSource file(String path) {
        return new OutputSource(Optional.of(path));
    }

    public boolean isStdout() {
        return file.isEmpty();
    }
}
