package org.perftracker.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * The bzip2 compression of a stream, read as it is made: each read compresses just enough of the source to
 * answer, so a file of any size is compressed on its way to the server with a few megabytes of memory (bzip2's
 * 900 KB blocks and their work space), never whole.
 */
final class CompressingInputStream extends InputStream {
    private static final int CHUNK = 64 * 1024;

    private final InputStream source;
    private final Buffer compressed = new Buffer();
    private final BZip2CompressorOutputStream bzip2;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private boolean finished;

    CompressingInputStream(InputStream source) throws IOException {
        this.source = source;
        this.bzip2 = new BZip2CompressorOutputStream(compressed);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position >= compressed.size()) {
            if (finished) {
                return -1;
            }
            compressed.reset();
            position = 0;
            int n = source.read(chunk);
            if (n < 0) {
                bzip2.close();
                finished = true;
            } else {
                bzip2.write(chunk, 0, n);
            }
        }
        int n = Math.min(len, compressed.size() - position);
        System.arraycopy(compressed.bytes(), position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    /** A byte buffer whose array is read in place. */
    private static final class Buffer extends ByteArrayOutputStream {
        byte[] bytes() {
            return buf;
        }
    }
}
