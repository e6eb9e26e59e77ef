package org.perftracker.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A {@code multipart/form-data} body as perftrackerlib sends an artifact: the text fields, then the file in a part
 * named {@code file}. The file is streamed from disk each time the body is sent (a retry reads it again), never
 * held in memory; with compression it is bzip2-compressed on the way, and then sent in chunks since its length is
 * not known in advance.
 */
final class MultipartBody {
    private final String boundary = "pt-" + UUID.randomUUID().toString().replace("-", "");
    private final byte[] head;
    private final byte[] tail;
    private final Path file;
    private final boolean compress;

    /** @param fields the text fields, in the order they are sent */
    MultipartBody(Map<String, String> fields, Path file, boolean compress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n");
        this.head = out.toByteArray();
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        this.file = file;
        this.compress = compress;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher publisher() {
        Supplier<InputStream> body = () -> new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head), content(), new ByteArrayInputStream(tail))));
        if (compress) {
            return HttpRequest.BodyPublishers.ofInputStream(body);
        }
        try {
            return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body),
                    head.length + Files.size(file) + tail.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private InputStream content() {
        try {
            InputStream in = Files.newInputStream(file);
            return compress ? new CompressingInputStream(in) : in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
