package org.perftracker.server.auth;

/** What a request needs, as the {@link RouteTable} classifies it. */
public enum Access {
    /** Anyone: the sign-in page, the auth route, scripts and styles, the health check. */
    PUBLIC(Role.VIEWER),
    /** Reading: anyone when reads are public, else a viewer. */
    READ(Role.VIEWER),
    /** Anyone who signed in or sent a token, whatever the role: one's own account page. */
    SIGNED_IN(Role.VIEWER),
    /** Uploading jobs and artifacts, taking host locks: an uploader. */
    UPLOAD(Role.UPLOADER),
    /** Editing and deleting jobs, comparisons, regressions; triaging alerts: an editor. */
    EDIT(Role.EDITOR),
    /** Projects, hosts, lock types, webhooks: an admin (or anonymous, where the policy lets anonymous writes in). */
    ADMIN(Role.ADMIN),
    /** Users, tokens, the audit log, the admin pages: an admin who signed in or an admin token, never anonymous. */
    ACCOUNTS(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** @return the least role that has this access */
    public Role role() {
        return role;
    }
}
