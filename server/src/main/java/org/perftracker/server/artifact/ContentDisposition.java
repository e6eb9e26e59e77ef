package org.perftracker.server.artifact;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} values with the file name escaped (RFC 6266): a plain ASCII {@code filename} with
 * unsafe characters replaced, and the exact name in {@code filename*} percent-encoded UTF-8.
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String of(boolean inline, String filename) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''"
                + percentEncode(filename);
    }

    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            boolean safe = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '/' && c != ';' && c != '%';
            out.append(safe ? c : '_');
        }
        return out.toString();
    }

    static String percentEncode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
