package org.perftracker.server.auth;

import java.time.Clock;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.db.Database;

/**
 * Limits failed sign-ins: {@value #PER_USER} per user name and {@value #PER_ADDRESS} per remote address in
 * {@value #WINDOW_MINUTES} minutes. The failures are rows in the database, so the limits hold across every server
 * node. A user name that does not exist is counted like one that does, so the limit says nothing about who exists.
 */
final class SigninThrottle {
    static final int PER_USER = 5;
    static final int PER_ADDRESS = 20;
    static final int WINDOW_MINUTES = 15;
    private static final long WINDOW_MS = WINDOW_MINUTES * 60_000L;

    private final Database db;
    private final Clock clock;

    SigninThrottle(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** @return whether another attempt for this user from this address may be checked now */
    boolean allows(String username, String address) {
        long since = clock.millis() - WINDOW_MS;
        return db.read(h -> failures(h, userKey(username), since) < PER_USER
                && failures(h, addressKey(address), since) < PER_ADDRESS);
    }

    void failed(String username, String address) {
        long now = clock.millis();
        db.writeVoid(h -> {
            h.createUpdate("DELETE FROM signin_failure WHERE at_ms < :old").bind("old", now - WINDOW_MS).execute();
            for (String subject : new String[] {userKey(username), addressKey(address)}) {
                h.createUpdate("INSERT INTO signin_failure (subject, at_ms) VALUES (:subject, :now)")
                        .bind("subject", subject).bind("now", now).execute();
            }
        });
    }

    /** A good password clears the user's failures (not the address's: one success does not excuse many). */
    void succeeded(String username) {
        db.writeVoid(h -> h.createUpdate("DELETE FROM signin_failure WHERE subject = :subject")
                .bind("subject", userKey(username)).execute());
    }

    private static long failures(Handle h, String subject, long since) {
        return h.createQuery("SELECT COUNT(*) FROM signin_failure WHERE subject = :subject AND at_ms >= :since")
                .bind("subject", subject).bind("since", since).mapTo(Long.class).one();
    }

    private static String userKey(String username) {
        String u = username.strip().toLowerCase(Locale.ROOT);
        return "user:" + (u.length() > 200 ? u.substring(0, 200) : u);
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }
}
