package org.perftracker.client.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of {@code pt} works with: its arguments, environment variables, output streams, whether a person
 * watches a terminal, where {@code pt} keeps its files and the working directory. {@code Main} makes it from the
 * process; tests make their own, with captured output and a temporary home.
 *
 * @param args the arguments {@code pt} was given
 * @param variables the environment variables ({@code PT_URL}, {@code PT_TOKEN}, {@code PT_HOME}, …)
 * @param out where results go (standard output)
 * @param err where progress and failures go (standard error)
 * @param terminal true when standard error is a terminal: show a progress bar rather than plain lines
 * @param home where {@code pt} keeps its files: {@code $PT_HOME}, else {@code ~/.perftracker}
 * @param workingDirectory where relative paths start and tools run
 */
public record Invocation(List<String> args, Map<String, String> variables, PrintWriter out, PrintWriter err,
        boolean terminal, Path home, Path workingDirectory) {

    public Invocation {
        args = List.copyOf(args);
        variables = Map.copyOf(variables);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** @return the invocation of this process */
    public static Invocation ofProcess(String... args) {
        Map<String, String> env = System.getenv();
        Path home = Optional.ofNullable(env.get("PT_HOME")).filter(h -> !h.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".perftracker"));
        return new Invocation(List.of(args), env, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), System.console() != null, home,
                Path.of("").toAbsolutePath());
    }

    /** @return the value of an environment variable, when it is set and not blank */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }

    /** @return the path resolved against the working directory */
    public Path resolve(String path) {
        return workingDirectory.resolve(path).normalize();
    }

    /** @return the arguments as one command line, with the value of {@code --token} hidden */
    public String commandLine() {
        StringBuilder out = new StringBuilder("pt");
        boolean hideNext = false;
        for (String a : args) {
            if (hideNext) {
                out.append(" ***");
                hideNext = false;
            } else if (a.startsWith("--token=")) {
                out.append(" --token=***");
            } else {
                hideNext = a.equals("--token");
                out.append(' ').append(quote(a));
            }
        }
        return out.toString();
    }

    private static String quote(String arg) {
        boolean plain = !arg.isEmpty()
                && arg.chars().noneMatch(c -> Character.isWhitespace(c) || "'\"\\$`;&|<>*?()".indexOf(c) >= 0);
        return plain ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
