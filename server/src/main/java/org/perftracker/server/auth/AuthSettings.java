package org.perftracker.server.auth;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may read and write without signing in, which proxies to believe, the first administrator and the directory.
 *
 * @param reads whether pages and the read API are open to everyone or need a signed-in user (or a token)
 * @param anonymousWrites where writes without a token are accepted from
 * @param trustedProxies the addresses of reverse proxies whose {@code X-Forwarded-For} and
 *     {@code X-Forwarded-Proto} are believed; empty: none are, and a request is from the socket's address
 * @param adminUser the name of the administrator created on first start
 * @param adminPassword that administrator's password; empty: a random one, printed once
 * @param ldap the directory users may also sign in with, if any
 */
public record AuthSettings(Reads reads, AnonymousWrites anonymousWrites, List<String> trustedProxies,
        String adminUser, Optional<String> adminPassword, Optional<LdapSettings> ldap) {

    /** Whether reading needs a user. */
    public enum Reads {
        PUBLIC, SIGNED_IN;

        public static Reads parse(String word) {
            return switch (normal(word)) {
                case "public" -> PUBLIC;
                case "signed-in", "signedin", "private" -> SIGNED_IN;
                default -> throw new IllegalArgumentException("read access must be public or signed-in, got '"
                        + word + "'");
            };
        }
    }

    /** Where anonymous writes (no session, no token) are accepted from. */
    public enum AnonymousWrites {
        /** From the server's own machine only: a laptop works out of the box, the network needs a token. */
        LOOPBACK,
        /** From anywhere, as the reference server did: for a closed lab network only. */
        ANYWHERE,
        /** Never: every write needs a user or a token. */
        NEVER;

        public static AnonymousWrites parse(String word) {
            return switch (normal(word)) {
                case "loopback" -> LOOPBACK;
                case "anywhere" -> ANYWHERE;
                case "never" -> NEVER;
                default -> throw new IllegalArgumentException("anonymous writes must be loopback, anywhere or never,"
                        + " got '" + word + "'");
            };
        }
    }

    public AuthSettings {
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(anonymousWrites, "anonymousWrites");
        trustedProxies = List.copyOf(trustedProxies);
        adminUser = adminUser == null || adminUser.isBlank() ? "admin" : adminUser.trim();
        adminPassword = adminPassword.filter(p -> !p.isEmpty());
        Objects.requireNonNull(ldap, "ldap");
    }

    /** Public reads, anonymous writes from loopback, no proxies, a generated admin password, no directory. */
    public static AuthSettings defaults() {
        return new AuthSettings(Reads.PUBLIC, AnonymousWrites.LOOPBACK, List.of(), "admin", Optional.empty(),
                Optional.empty());
    }

    public AuthSettings withReads(Reads value) {
        return new AuthSettings(value, anonymousWrites, trustedProxies, adminUser, adminPassword, ldap);
    }

    public AuthSettings withAnonymousWrites(AnonymousWrites value) {
        return new AuthSettings(reads, value, trustedProxies, adminUser, adminPassword, ldap);
    }

    public AuthSettings withTrustedProxies(List<String> value) {
        return new AuthSettings(reads, anonymousWrites, value, adminUser, adminPassword, ldap);
    }

    public AuthSettings withAdminPassword(String value) {
        return new AuthSettings(reads, anonymousWrites, trustedProxies, adminUser, Optional.ofNullable(value), ldap);
    }

    public AuthSettings withLdap(LdapSettings value) {
        return new AuthSettings(reads, anonymousWrites, trustedProxies, adminUser, adminPassword,
                Optional.ofNullable(value));
    }

    private static String normal(String word) {
        return word == null ? "" : word.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A directory (LDAP or Active Directory) to check passwords against: the server binds as {@code bindDn},
     * searches {@code userBase} with {@code userFilter} ({@code {0}} is the user name, escaped), then binds as the
     * entry found with the password given. A directory user gets {@code defaultRole} on first sign-in.
     *
     * @param url e.g. {@code ldap://ldap.example.com:389} or {@code ldaps://…:636}
     * @param userFilter e.g. {@code (uid={0})}, or {@code (sAMAccountName={0})} for Active Directory
     */
    public record LdapSettings(String url, String bindDn, String bindPassword, String userBase, String userFilter,
            Role defaultRole) {
        public LdapSettings {
            Objects.requireNonNull(url, "url");
            bindDn = Objects.requireNonNullElse(bindDn, "");
            bindPassword = Objects.requireNonNullElse(bindPassword, "");
            userBase = Objects.requireNonNullElse(userBase, "");
            userFilter = userFilter == null || userFilter.isBlank() ? "(uid={0})" : userFilter;
            Objects.requireNonNull(defaultRole, "defaultRole");
            if (!userFilter.contains("{0}")) {
                throw new IllegalArgumentException("the LDAP user filter must contain {0} for the user name, got '"
                        + userFilter + "'");
            }
        }
    }
}
