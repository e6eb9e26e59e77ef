package org.perftracker.server.host;

/** A kind of lock (maintenance, nightly run, manual test) with the colours the timeline draws it in. */
public record LockType(long id, String name, String bgColor, String fgColor, int sortOrder) {
    /** Used for locks without a type. */
    public static final LockType DEFAULT = new LockType(0, "Default lock type", "#777777", "#ffffff", 0);
}
