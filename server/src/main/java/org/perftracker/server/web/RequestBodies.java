package org.perftracker.server.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies up to a size limit, answering 413 beyond it. */
public final class RequestBodies {
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
        if (declared > maxBytes) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(total);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(400, "the request body could not be read: " + e.getMessage());
        }
    }

    private ApiException tooLarge(long size) {
        return new ApiException(413, "the request body is larger than the limit of " + (maxBytes / (1024 * 1024))
                + " MiB" + (size > 0 ? " (" + size + " bytes or more)" : "")
                + "; raise the server's --max-upload-mb to accept it",
                java.util.Map.of("body", java.util.List.of("is larger than " + maxBytes + " bytes")));
    }
}
