package org.perftracker.server.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where artifact bytes live, by blob key (a uuid chosen by the server for each content). The default keeps files under the data directory; an
 * S3-compatible object store can implement the same four operations. Implementations stream: a 2 GiB file is
 * never held in memory.
 */
public interface ArtifactStore {

    /** What was stored. */
    record Stored(long size, String sha256) {
    }

    /**
     * Stores the bytes of the stream as the content of this artifact, replacing any previous content only once
     * the whole stream has been read (readers never see a partial file).
     *
     * @param maxBytes refuse (with {@link TooLargeException}) a stream longer than this
     */
    Stored write(UUID uuid, InputStream content, long maxBytes) throws IOException;

    /** @return the stored bytes, from {@code offset} on */
    InputStream read(UUID uuid, long offset) throws IOException;

    boolean exists(UUID uuid);

    /** Removes the content; nothing happens when there is none. */
    void delete(UUID uuid) throws IOException;

    /** A stream longer than the store accepts. */
    final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLargeException(long maxBytes) {
            super("the file is larger than the limit of " + maxBytes + " bytes");
        }
    }
}
