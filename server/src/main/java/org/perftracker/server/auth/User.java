package org.perftracker.server.auth;

/**
 * A person who signs in.
 *
 * @param source {@code local} (password here) or {@code ldap} (password in the directory)
 */
public record User(long id, String username, Role role, String source, boolean disabled, long createdMs) {
    public static final String LOCAL = "local";
    public static final String LDAP = "ldap";
}
