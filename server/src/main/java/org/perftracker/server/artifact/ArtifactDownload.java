package org.perftracker.server.artifact;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.perftracker.server.web.ApiException;

/**
 * Serves an artifact's bytes: streamed (never whole in memory), bzip2-decompressed when uploaded compressed,
 * with byte ranges for plain content, and safe headers — only harmless types are shown inline, HTML and SVG are
 * always downloaded, and the browser may neither sniff the type nor run anything.
 */
final class ArtifactDownload {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final int BUFFER = 64 * 1024;

    private final ArtifactService artifacts;

    ArtifactDownload(ArtifactService artifacts) {
        this.artifacts = artifacts;
    }

    void serve(Context ctx) throws IOException {
        UUID uuid = ArtifactRoutes.uuid(ctx);
        Artifact a = artifacts.find(uuid).orElseThrow(() -> ArtifactRoutes.notFound(uuid));
        if (a.deleted()) {
            throw new ApiException(410, "Data with UUID " + uuid + " was deleted @ "
                    + Instant.ofEpochMilli(a.deletedMs() == null ? a.uploadedMs() : a.deletedMs()), Map.of());
        }
        if (!a.hasContent()) {
            throw ApiException.notFound("Can't find artifact file for UUID " + uuid);
        }
        boolean inline = a.inline() && MimeTypes.isSafeInline(a.mime());
        ctx.header("Content-Disposition", ContentDisposition.of(inline, a.filename()));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.contentType(inline ? a.mime() : (MimeTypes.isSafeInline(a.mime()) ? a.mime() : MimeTypes.BINARY));
        if (a.compression()) {
            ctx.header("Accept-Ranges", "none");
            try (InputStream in = new BZip2CompressorInputStream(artifacts.open(a, 0), true)) {
                copy(in, ctx.res().getOutputStream(), Long.MAX_VALUE);
            }
            return;
        }
        ctx.header("Accept-Ranges", "bytes");
        long size = a.size();
        long first = 0;
        long last = size - 1;
        String range = ctx.header("Range");
        if (range != null) {
            Matcher m = RANGE.matcher(range.trim());
            long[] span = m.matches() ? span(m, size) : null;
            if (span == null) {
                ctx.status(416).header("Content-Range", "bytes */" + size);
                return;
            }
            first = span[0];
            last = span[1];
            ctx.status(206).header("Content-Range", "bytes " + first + "-" + last + "/" + size);
        }
        ctx.res().setContentLengthLong(last - first + 1);
        try (InputStream in = artifacts.open(a, first)) {
            copy(in, ctx.res().getOutputStream(), last - first + 1);
        }
    }

    /** @return [first, last] of a single byte range, or null when it cannot be satisfied */
    private static long[] span(Matcher m, long size) {
        String from = m.group(1);
        String to = m.group(2);
        if (from.isEmpty() && to.isEmpty()) {
            return null;
        }
        long first;
        long last;
        try {
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                first = Math.max(0, size - suffix);
                last = size - 1;
            } else {
                first = Long.parseLong(from);
                last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            }
        } catch (NumberFormatException e) {
            return null; // more digits than a long holds: beyond any file
        }
        return first > last || first >= size ? null : new long[] {first, last};
    }

    private static void copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long left = limit;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
        out.flush();
    }
}
