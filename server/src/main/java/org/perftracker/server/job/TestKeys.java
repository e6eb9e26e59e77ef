package org.perftracker.server.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored identity of a test inside its job: a hash of (group, tag, category), short enough for a unique
 * index on any database however long the three texts are. 128 bits of SHA-256 make a collision between two
 * tests of one job practically impossible.
 */
final class TestKeys {
    private TestKeys() {
    }

    static String of(String group, String tag, String category) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        sha.update(group.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(tag.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(category.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }
}
