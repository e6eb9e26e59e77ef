package org.perftracker.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftracker.core.tool.JsonDocument;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.InvalidUploadException;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.UploadParser;
import org.perftracker.core.upload.UploadWriter;

/**
 * Job files: the upload body saved as pretty JSON, to upload later ({@code pt upload FILE}). The format is the
 * one {@code perftrackerlib --pt-to-file} writes, so files of either client can be uploaded by both.
 *
 * <pre>{@code
 * JobFile.write(job, Path.of("nightly.job.json"));
 * JobUpload again = JobFile.read(Path.of("nightly.job.json"));
 * }</pre>
 */
public final class JobFile {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    private JobFile() {
    }

    /** @return the job as the JSON body of an upload, indented */
    public static byte[] toBytes(JobUpload job) {
        try {
            return Json.MAPPER.writeValueAsBytes(new UploadWriter(Json.MAPPER).toJson(job));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job always serialises", e);
        }
    }

    /**
     * Writes the job to the file, whole or not at all (a crash never leaves half a file). A file that is not a
     * regular file ({@code /dev/stdout}, a pipe) is written to as it is.
     */
    public static void write(JobUpload job, Path file) {
        Path target = file.toAbsolutePath();
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                Files.write(target, toBytes(job));
                return;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, toBytes(job));
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a job file.
     *
     * @throws InvalidJobFileException when it cannot be read or is not a valid job, naming the line
     */
    public static JobUpload read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidJobFileException(file, 0, "no such file");
        } catch (IOException e) {
            throw new InvalidJobFileException(file, 0, "cannot be read: " + e.getMessage());
        }
        return parse(file, text);
    }

    static JobUpload parse(Path file, String text) {
        JsonDocument doc;
        try {
            doc = JsonDocument.parse("job file", text);
        } catch (UnparseableOutputException e) {
            throw new InvalidJobFileException(file, e.line(), e.reason());
        }
        try {
            return new UploadParser(Json.MAPPER).parse(doc.root());
        } catch (InvalidUploadException e) {
            Map.Entry<String, List<String>> first = e.errors().entrySet().iterator().next();
            int more = e.errors().values().stream().mapToInt(List::size).sum() - 1;
            String reason = first.getKey() + ": " + first.getValue().get(0)
                    + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : "");
            throw new InvalidJobFileException(file, doc.lineOf(path(first.getKey())), reason);
        }
    }

    /** {@code "tests[2].scores"} → {@code ["tests", 2, "scores"]}. */
    static Object[] path(String field) {
        List<Object> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(field);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        return out.toArray();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
