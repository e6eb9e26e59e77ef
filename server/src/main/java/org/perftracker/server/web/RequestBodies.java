package org.perftracker.server.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies up to a size limit, answering 413 beyond it. */
public final class RequestBodies {
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final long maxBytes;

    public RequestBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** @return the whole body, at most {@link #maxBytes()} long */
    public byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) {
                drain(in);
                throw tooLarge(declared);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    drain(in);
                    throw tooLarge(total);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(400, "the request body could not be read: " + e.getMessage());
        }
    }

    /**
     * Reads and drops what the client is still sending (up to a bound), so that it receives the 413 instead of a
     * connection reset in the middle of its upload. Beyond the bound the connection is simply closed.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
            left -= n;
        }
    }

    private ApiException tooLarge(long size) {
        return new ApiException(413, "the request body is larger than the limit of " + (maxBytes / (1024 * 1024))
                + " MiB" + (size > 0 ? " (" + size + " bytes or more)" : "")
                + "; raise the server's --max-upload-mb to accept it",
                java.util.Map.of("body", java.util.List.of("is larger than " + maxBytes + " bytes")));
    }
}
