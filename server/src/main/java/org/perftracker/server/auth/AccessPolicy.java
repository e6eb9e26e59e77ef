package org.perftracker.server.auth;

/**
 * Decides whether a principal may do what a route needs, under the deployment's settings.
 *
 * <ul>
 * <li>Anonymous requests may read when reads are public, and may write (everything but {@link Access#ACCOUNTS})
 * when anonymous writes are allowed from where they come: from loopback by default, so a laptop needs no token.
 * </li>
 * <li>A user or token may do what their role includes, and never less than an anonymous request from the same
 * address could: signing in does not take anything away.</li>
 * </ul>
 */
public final class AccessPolicy {
    /** The answer: go on, or refuse as not signed in (401), or as not allowed (403). */
    public enum Decision { ALLOW, UNAUTHENTICATED, FORBIDDEN }

    private final AuthSettings settings;

    public AccessPolicy(AuthSettings settings) {
        this.settings = settings;
    }

    public Decision decide(Principal principal, Access access) {
        if (access == Access.PUBLIC || anonymousMay(access, principal.from())) {
            return Decision.ALLOW;
        }
        if (principal.isAnonymous()) {
            return Decision.UNAUTHENTICATED;
        }
        if (access == Access.SIGNED_IN) {
            return Decision.ALLOW;
        }
        return principal.role().orElseThrow().includes(access.role()) ? Decision.ALLOW : Decision.FORBIDDEN;
    }

    /** @return whether a request without credentials from this address may have this access */
    public boolean anonymousMay(Access access, ClientAddress from) {
        return switch (access) {
            case PUBLIC -> true;
            case READ -> settings.reads() == AuthSettings.Reads.PUBLIC;
            case UPLOAD, EDIT, ADMIN -> anonymousWritesFrom(from);
            case SIGNED_IN, ACCOUNTS -> false;
        };
    }

    private boolean anonymousWritesFrom(ClientAddress from) {
        return switch (settings.anonymousWrites()) {
            case ANYWHERE -> true;
            case LOOPBACK -> from.loopback();
            case NEVER -> false;
        };
    }
}
