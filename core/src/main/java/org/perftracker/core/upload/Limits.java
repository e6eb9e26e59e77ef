package org.perftracker.core.upload;

/**
 * Upper bounds on the size of uploaded values, in characters or items. Longer values are refused with a message
 * naming the field, never cut.
 */
public final class Limits {
    public static final int TITLE = 1024;
    public static final int NAME = 256;
    public static final int TAG = 512;
    public static final int METRICS = 64;
    public static final int LONG_TEXT = 8192;
    public static final int URL = 2048;
    public static final int MESSAGE = 4096;
    public static final int MAP_ENTRIES = 100;
    public static final int MESSAGES = 1000;
    public static final int SCORES = 100_000;
    public static final int ENV_NODES = 10_000;
    public static final int ENV_DEPTH = 32;

    private Limits() {
    }
}
