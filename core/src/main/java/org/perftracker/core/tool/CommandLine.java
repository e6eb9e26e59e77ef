package org.perftracker.core.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command that produced a tool's output, as its arguments ({@code argv}).
 *
 * <p>Parsers read it for what the output itself does not say: {@code hey} prints neither the URL nor the
 * concurrency, so {@code hey -n 200 -c 4 http://127.0.0.1:8080/} gives {@code option("-c") = "4"} and
 * {@code lastUrl() = "http://127.0.0.1:8080/"}. The registry reads it to recognise the tool, also behind
 * wrappers such as {@code taskset -c 0 ab …} ({@link #indexOfProgram}).
 *
 * @param args the arguments, the program first; empty when the command is not known
 */
public record CommandLine(List<String> args) {

    public CommandLine {
        args = List.copyOf(Objects.requireNonNullElse(args, List.of()));
    }

    /** @return a command that is not known */
    public static CommandLine empty() {
        return new CommandLine(List.of());
    }

    public static CommandLine of(String... args) {
        return new CommandLine(List.of(args));
    }

    /**
     * Splits a shell-like command line into arguments: blanks separate them, single quotes keep text as is,
     * double quotes keep blanks, a backslash keeps the next character. {@code ab -c 4 'http://h/a b'} gives
     * {@code [ab, -c, 4, http://h/a b]}. Variables and globs are not expanded.
     */
    public static CommandLine parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean inArg = false;
        char quote = 0;
        String s = Objects.requireNonNullElse(line, "");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    arg.append(c);
                }
            } else if (c == '\\' && i + 1 < s.length() && quote != '\'') {
                arg.append(s.charAt(++i));
                inArg = true;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    arg.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inArg = true;
            } else if (Character.isWhitespace(c)) {
                if (inArg) {
                    out.add(arg.toString());
                    arg.setLength(0);
                    inArg = false;
                }
            } else {
                arg.append(c);
                inArg = true;
            }
        }
        if (inArg) {
            out.add(arg.toString());
        }
        return new CommandLine(out);
    }

    public boolean isEmpty() {
        return args.isEmpty();
    }

    /**
     * @param names program names, e.g. {@code "ab"}, compared with the file name of each argument
     *     ({@code /usr/bin/ab} is {@code ab})
     * @return the index of the first argument that names one of the programs
     */
    public OptionalInt indexOfProgram(String... names) {
        for (int i = 0; i < args.size(); i++) {
            String base = baseName(args.get(i));
            for (String name : names) {
                if (base.equals(name)) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** @return the arguments from {@code index} on, as a command of their own */
    public CommandLine from(int index) {
        return new CommandLine(args.subList(Math.min(index, args.size()), args.size()));
    }

    /**
     * The value of an option, in any of the forms {@code -c 4}, {@code -c4} (one-letter options with a number,
     * so that {@code -cpus} is not {@code -c}), {@code --vus 4} and {@code --vus=4}; the last occurrence wins, as
     * with most tools.
     *
     * @param names the spellings of the option, e.g. {@code "-c", "--concurrency"}
     */
    public Optional<String> option(String... names) {
        Optional<String> found = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            for (String name : names) {
                if (a.equals(name) && i + 1 < args.size()) {
                    found = Optional.of(args.get(i + 1));
                } else if (a.startsWith(name + "=")) {
                    found = Optional.of(a.substring(name.length() + 1));
                } else if (name.length() == 2 && name.charAt(0) == '-' && name.charAt(1) != '-'
                        && a.length() > 2 && a.startsWith(name) && Character.isDigit(a.charAt(2))) {
                    found = Optional.of(a.substring(2));
                }
            }
        }
        return found;
    }

    /** @return true when one of the spellings appears as an argument of its own */
    public boolean hasFlag(String... names) {
        for (String a : args) {
            for (String name : names) {
                if (a.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the last argument that is an http or https URL */
    public Optional<String> lastUrl() {
        for (int i = args.size() - 1; i >= 0; i--) {
            String a = args.get(i).toLowerCase(Locale.ROOT);
            if (a.startsWith("http://") || a.startsWith("https://")) {
                return Optional.of(args.get(i));
            }
        }
        return Optional.empty();
    }

    /** @return the arguments joined by blanks, quoted where they hold blanks or quotes */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String a : args) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean plain = !a.isEmpty()
                    && a.chars().noneMatch(c -> Character.isWhitespace(c) || "'\"\\$`".indexOf(c) >= 0);
            out.append(plain ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return out.toString();
    }

    static String baseName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
