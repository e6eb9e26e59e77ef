package org.perftracker.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.perftracker.core.Version;
import org.perftracker.server.auth.AuthSettings;
import org.perftracker.server.auth.Role;
import org.perftracker.server.regression.notify.Notifications;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pt server}: starts the PerfTracker server and serves until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "pt server", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Start the PerfTracker server. Every option can also be set by the environment variable"
                + " named in its description; a flag wins over the variable.")
public final class Main implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:PT_PORT:-9000}",
            description = "TCP port to listen on (PT_PORT; default: ${DEFAULT-VALUE}, what perftrackerlib expects)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:PT_HOST:-127.0.0.1}",
            description = "address to listen on; 0.0.0.0 for every interface (PT_HOST; default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:PT_DATA_DIR:-./perftracker-data}",
            description = "directory of the SQLite database and of stored files (PT_DATA_DIR; default:"
                    + " ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:PT_DB_URL:-}",
            description = "database: jdbc:postgresql://HOST:5432/DB, or jdbc:sqlite:FILE (PT_DB_URL; default:"
                    + " the SQLite file perftracker.db in the data directory)")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:PT_DB_USER:-}",
            description = "database user (PT_DB_USER)")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:PT_DB_PASSWORD:-}",
            description = "database password (PT_DB_PASSWORD)")
    String dbPassword;

    @Option(names = "--db-pool-size", paramLabel = "N", defaultValue = "${env:PT_DB_POOL_SIZE:-10}",
            description = "database connections (PT_DB_POOL_SIZE; default: ${DEFAULT-VALUE})")
    int dbPoolSize;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "${env:PT_MAX_UPLOAD_MB:-64}",
            description = "largest upload accepted, in MiB (PT_MAX_UPLOAD_MB; default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    @Option(names = "--max-artifact-mb", paramLabel = "MB", defaultValue = "${env:PT_MAX_ARTIFACT_MB:-4096}",
            description = "largest artifact file accepted, in MiB (PT_MAX_ARTIFACT_MB; default: ${DEFAULT-VALUE})")
    long maxArtifactMb;

    @Option(names = "--expire-locks", negatable = true, defaultValue = "${env:PT_EXPIRE_LOCKS:-false}",
            description = "end host locks by themselves at their planned end (PT_EXPIRE_LOCKS; default: they hold"
                    + " until released)")
    boolean expireLocks;
    @Option(names = "--min-change", paramLabel = "PERCENT", defaultValue = "${env:PT_MIN_CHANGE:-1}",
            description = "the smallest shift of a test over builds that raises a regression alert, in percent of its"
                    + " level (PT_MIN_CHANGE; default: ${DEFAULT-VALUE})")
    double minChangePercent;

    @Option(names = "--read-access", paramLabel = "public|signed-in", defaultValue = "${env:PT_READ_ACCESS:-public}",
            description = "who may read pages and the API: everyone, or signed-in users and tokens (PT_READ_ACCESS;"
                    + " default: ${DEFAULT-VALUE})")
    String readAccess;

    @Option(names = "--anonymous-writes", paramLabel = "loopback|anywhere|never",
            defaultValue = "${env:PT_ANONYMOUS_WRITES:-loopback}",
            description = "where uploads and other writes without a token are accepted from: this machine only,"
                    + " anywhere, or never (PT_ANONYMOUS_WRITES; default: ${DEFAULT-VALUE})")
    String anonymousWrites;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",", defaultValue = "${env:PT_TRUSTED_PROXY:-}",
            description = "address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto are believed;"
                    + " repeat or separate with commas (PT_TRUSTED_PROXY; default: none)")
    java.util.List<String> trustedProxies;

    @Option(names = "--admin-user", paramLabel = "NAME", defaultValue = "${env:PT_ADMIN_USER:-admin}",
            description = "name of the administrator made on first start (PT_ADMIN_USER; default: ${DEFAULT-VALUE});"
                    + " its password is PT_ADMIN_PASSWORD, else a random one printed once")
    String adminUser;

    @Option(names = "--ldap-url", paramLabel = "URL", defaultValue = "${env:PT_LDAP_URL:-}",
            description = "LDAP or Active Directory to sign in with, e.g. ldaps://ldap.example.com (PT_LDAP_URL)")
    String ldapUrl;

    @Option(names = "--ldap-bind-dn", paramLabel = "DN", defaultValue = "${env:PT_LDAP_BIND_DN:-}",
            description = "account the server searches the directory with (PT_LDAP_BIND_DN; its password:"
                    + " PT_LDAP_BIND_PASSWORD)")
    String ldapBindDn;

    @Option(names = "--ldap-user-base", paramLabel = "DN", defaultValue = "${env:PT_LDAP_USER_BASE:-}",
            description = "where users are searched, e.g. ou=people,dc=example,dc=com (PT_LDAP_USER_BASE)")
    String ldapUserBase;

    @Option(names = "--ldap-user-filter", paramLabel = "FILTER", defaultValue = "${env:PT_LDAP_USER_FILTER:-(uid={0})}",
            description = "filter that finds a user, {0} being the name typed; (sAMAccountName={0}) for Active"
                    + " Directory (PT_LDAP_USER_FILTER; default: ${DEFAULT-VALUE})")
    String ldapUserFilter;

    @Option(names = "--ldap-default-role", paramLabel = "ROLE", defaultValue = "${env:PT_LDAP_DEFAULT_ROLE:-viewer}",
            description = "role of a directory user on first sign-in: viewer, uploader, editor or admin"
                    + " (PT_LDAP_DEFAULT_ROLE; default: ${DEFAULT-VALUE})")
    String ldapDefaultRole;

    @Option(names = "--demo", defaultValue = "${env:PT_DEMO:-false}",
            description = "load a demo project (four weeks of nightly jobs of a web shop) unless it is already"
                    + " there (PT_DEMO)")
    boolean demo;

    @Option(names = "--smtp-host", paramLabel = "HOST", defaultValue = "${env:PT_SMTP_HOST:-}",
            description = "SMTP server for alert e-mails; none: no e-mail (PT_SMTP_HOST)")
    String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT", defaultValue = "${env:PT_SMTP_PORT:-25}",
            description = "SMTP port (PT_SMTP_PORT; default: ${DEFAULT-VALUE})")
    int smtpPort;

    @Option(names = "--smtp-from", paramLabel = "ADDRESS", defaultValue = "${env:PT_SMTP_FROM:-perftracker@localhost}",
            description = "sender of alert e-mails (PT_SMTP_FROM; default: ${DEFAULT-VALUE})")
    String smtpFrom;

    @Option(names = "--smtp-to", paramLabel = "ADDRESS", defaultValue = "${env:PT_SMTP_TO:-}", split = ",",
            description = "recipients of alert e-mails (PT_SMTP_TO, comma-separated)")
    List<String> smtpTo;

    @Option(names = "--smtp-user", paramLabel = "USER", defaultValue = "${env:PT_SMTP_USER:-}",
            description = "SMTP login, if the server wants one (PT_SMTP_USER)")
    String smtpUser;

    @Option(names = "--smtp-password", paramLabel = "PASSWORD", defaultValue = "${env:PT_SMTP_PASSWORD:-}",
            description = "SMTP password (PT_SMTP_PASSWORD)")
    String smtpPassword;

    @Option(names = "--smtp-starttls", negatable = true, defaultValue = "${env:PT_SMTP_STARTTLS:-false}",
            description = "require STARTTLS on the SMTP connection (PT_SMTP_STARTTLS; default: ${DEFAULT-VALUE})")
    boolean smtpStartTls;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:PT_PUBLIC_URL:-}",
            description = "the address people reach this server at, for links in alert e-mails and webhooks,"
                    + " e.g. https://perf.example.com (PT_PUBLIC_URL; default: no links)")
    String publicUrl;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 2);
        cli.getCommandSpec().exitCodeOnInvalidInput(2);
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--port must be 0..65535, got " + port);
        }
        if (maxUploadMb < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--max-upload-mb must be at least 1");
        }
        if (!(minChangePercent >= 0 && minChangePercent < 100)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--min-change must be 0 to 100 percent,"
                    + " got " + minChangePercent);
        }
        if (smtpPort < 1 || smtpPort > 65535) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--smtp-port must be 1..65535");
        }
        Notifications notifications = Notifications.defaults()
                .withSmtp(smtpHost, smtpPort, smtpFrom, smtpTo.stream().map(String::trim).filter(t -> !t.isEmpty())
                        .toList())
                .withSmtpLogin(smtpUser, smtpPassword, smtpStartTls).withPublicUrl(publicUrl);
        ServerConfig config = new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, maxUploadMb,
                Math.max(2, dbPoolSize), Math.max(1, maxArtifactMb), expireLocks, authSettings(),
                notifications, minChangePercent);
        PerfTrackerServer server;
        try {
            server = PerfTrackerServer.start(config);
        } catch (RuntimeException e) {
            System.err.println("pt server: cannot start: " + rootMessage(e));
            return 3;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "shutdown"));
        if (demo) {
            try {
                server.loadDemo();
            } catch (RuntimeException e) {
                System.err.println("pt server: the demo project could not be loaded: " + rootMessage(e));
            }
        }
        stopped.await();
        return 0;
    }

    /** The access policy from the options; the two passwords come from the environment only, never argv. */
    private AuthSettings authSettings() {
        try {
            AuthSettings.LdapSettings ldap = ldapUrl == null || ldapUrl.isBlank() ? null
                    : new AuthSettings.LdapSettings(ldapUrl.trim(), ldapBindDn,
                            System.getenv().getOrDefault("PT_LDAP_BIND_PASSWORD", ""), ldapUserBase, ldapUserFilter,
                            Role.parse(ldapDefaultRole).orElseThrow(() -> new IllegalArgumentException(
                                    "--ldap-default-role must be viewer, uploader, editor or admin")));
            return new AuthSettings(AuthSettings.Reads.parse(readAccess),
                    AuthSettings.AnonymousWrites.parse(anonymousWrites),
                    trustedProxies.stream().map(String::trim).filter(a -> !a.isEmpty()).toList(), adminUser,
                    Optional.ofNullable(System.getenv("PT_ADMIN_PASSWORD")), Optional.ofNullable(ldap));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e == root ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    /** Prints the version of this build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"PerfTracker server " + Version.get()};
        }
    }
}
