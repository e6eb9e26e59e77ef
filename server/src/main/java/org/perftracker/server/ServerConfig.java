package org.perftracker.server;

import java.nio.file.Path;
import org.perftracker.server.auth.AuthSettings;
import org.perftracker.server.regression.notify.Notifications;

/**
 * How a server runs: where it listens, where its data lives, and its limits.
 *
 * @param dbUrl a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL; empty means the SQLite file in the data
 *     directory
 * @param maxUploadMb the largest request body accepted, in MiB
 * @param maxArtifactMb the largest artifact file accepted, in MiB
 * @param expireLocks whether a host lock ends by itself at its planned end
 * @param auth who may read and write without signing in, the first administrator, the directory
 * @param notifications e-mail and webhook delivery settings of regression alerts
 * @param minChangePercent the smallest shift, in percent of the level before it, that change-point detection
 *     reports (the detector's minimum relative change; default 1)
 */
public record ServerConfig(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
        int maxUploadMb, int dbPoolSize, long maxArtifactMb, boolean expireLocks, AuthSettings auth,
        Notifications notifications, double minChangePercent) {

    public ServerConfig {
        if (!(minChangePercent >= 0 && minChangePercent < 100)) {
            throw new IllegalArgumentException("the minimum change must be 0 to 100 percent, got " + minChangePercent);
        }
    }

    public static final int DEFAULT_PORT = 9000;
    public static final String SQLITE_FILE = "perftracker.db";
    public static final double DEFAULT_MIN_CHANGE_PERCENT = 1;

    public ServerConfig withExpireLocks(boolean expire) {
        return new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, maxUploadMb, dbPoolSize,
                maxArtifactMb, expire, auth, notifications, minChangePercent);
    }

    public ServerConfig withMaxArtifactMb(long mb) {
        return new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, maxUploadMb, dbPoolSize, mb,
                expireLocks, auth, notifications, minChangePercent);
    }

    /** @return the directory artifact files are stored in */
    public Path artifactDir() {
        return dataDir.resolve("artifacts");
    }

    /** @return the database URL to open: the configured one, or the SQLite file in the data directory */
    public String effectiveDbUrl() {
        if (dbUrl != null && !dbUrl.isBlank()) {
            return dbUrl;
        }
        return "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath();
    }

    /** A configuration for tests and embedding: this database, any free port on loopback. */
    public static ServerConfig forTests(Path dataDir, String dbUrl, String dbUser, String dbPassword) {
        return new ServerConfig("127.0.0.1", 0, dataDir, dbUrl, dbUser, dbPassword, 64, 8, 4096, false,
                AuthSettings.defaults(), Notifications.defaults(), DEFAULT_MIN_CHANGE_PERCENT);
    }

    public ServerConfig withMaxUploadMb(int mb) {
        return new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, mb, dbPoolSize, maxArtifactMb,
                expireLocks, auth, notifications, minChangePercent);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, dbUrl, dbUser, dbPassword, maxUploadMb, dbPoolSize,
                maxArtifactMb, expireLocks, auth, notifications, minChangePercent);
    }

    public ServerConfig withAuth(AuthSettings value) {
        return new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, maxUploadMb, dbPoolSize,
                maxArtifactMb, expireLocks, value, notifications, minChangePercent);
    }

    public ServerConfig withMinChangePercent(double percent) {
        return new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, maxUploadMb, dbPoolSize,
                maxArtifactMb, expireLocks, auth, notifications, percent);
    }

    public ServerConfig withNotifications(Notifications settings) {
        return new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, maxUploadMb, dbPoolSize,
                maxArtifactMb, expireLocks, auth, settings, minChangePercent);
    }
}
