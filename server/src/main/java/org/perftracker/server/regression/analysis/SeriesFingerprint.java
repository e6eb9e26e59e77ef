package org.perftracker.server.regression.analysis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short hash of what one analysis of a series saw: the detector's settings and, for each of the first
 * {@code count} points, its job and value. When the next analysis finds the same fingerprint over the same number
 * of points, the series has only been appended to since and the detection can resume; otherwise (a job unlinked,
 * deleted, re-uploaded with other values, or inserted before the end) it starts over.
 */
final class SeriesFingerprint {
    private SeriesFingerprint() {
    }

    static String of(String settings, long[] jobIds, double[] values, int count) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        sha.update(settings.getBytes(StandardCharsets.UTF_8));
        ByteBuffer point = ByteBuffer.allocate(16);
        for (int i = 0; i < count; i++) {
            point.clear();
            point.putLong(jobIds[i]).putLong(Double.doubleToLongBits(values[i]));
            sha.update(point.array());
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }
}
