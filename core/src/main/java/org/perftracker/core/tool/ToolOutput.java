package org.perftracker.core.tool;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a parser reads: the tool's results, the command that produced them and, when the results went to a file,
 * the console log of the run.
 *
 * <p>For {@code ab -n 100 -c 4 http://app/} the text is ab's standard output and the console is empty. For
 * {@code java -jar benchmarks.jar -rf json}, the text is the JSON file and the console is JMH's log, which alone
 * tells which benchmarks failed: {@code ToolOutput.of(json).withCommand(cmd).withConsole(log)}.
 *
 * @param text the results, e.g. a tool's standard output or the JSON file it wrote; never null
 * @param command the command that ran the tool, {@link CommandLine#empty()} when not known
 * @param console the console output of the run when {@code text} is a results file, else empty
 */
public record ToolOutput(String text, CommandLine command, String console) {

    public ToolOutput {
        text = stripByteOrderMark(Objects.requireNonNullElse(text, ""));
        command = Objects.requireNonNullElse(command, CommandLine.empty());
        console = Objects.requireNonNullElse(console, "");
    }

    public static ToolOutput of(String text) {
        return new ToolOutput(text, CommandLine.empty(), "");
    }

    /** Decodes UTF-8, falling back to ISO-8859-1 for output that is not UTF-8 (an old server's header). */
    public static ToolOutput of(byte[] bytes) {
        return of(decode(bytes));
    }

    public ToolOutput withCommand(CommandLine value) {
        return new ToolOutput(text, value, console);
    }

    public ToolOutput withCommand(String commandLine) {
        return withCommand(CommandLine.parse(commandLine));
    }

    public ToolOutput withConsole(String value) {
        return new ToolOutput(text, command, value);
    }

    /** @return true when the text holds nothing but white space */
    public boolean isBlank() {
        return text.isBlank();
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String stripByteOrderMark(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
