package org.perftracker.server.auth;

import java.util.Hashtable;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a password against an LDAP directory or Active Directory (through the JDK's JNDI): bind as the service
 * account, find the one entry the user filter matches (the user name is escaped as a filter value), bind as that
 * entry with the password. An empty password is refused before any bind: a directory takes it as an anonymous
 * bind and would say yes.
 */
final class LdapDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(LdapDirectory.class);

    private final AuthSettings.LdapSettings settings;

    LdapDirectory(AuthSettings.LdapSettings settings) {
        this.settings = settings;
    }

    /** @return whether the directory knows this user with this password */
    boolean authenticate(String username, String password) {
        if (username.isEmpty() || password.isEmpty()) {
            return false;
        }
        String dn;
        try {
            DirContext service = bind(settings.bindDn(), settings.bindPassword());
            try {
                SearchControls controls = new SearchControls();
                controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
                controls.setCountLimit(2);
                controls.setReturningAttributes(new String[0]);
                NamingEnumeration<SearchResult> found = service.search(settings.userBase(), settings.userFilter(),
                        new Object[] {username}, controls);
                if (!found.hasMore()) {
                    return false;
                }
                dn = found.next().getNameInNamespace();
                if (found.hasMore()) {
                    LOG.warn("the LDAP user filter {} matches more than one entry for one user; refusing",
                            settings.userFilter());
                    return false;
                }
            } finally {
                service.close();
            }
        } catch (NamingException e) {
            LOG.error("the LDAP directory at {} cannot be searched: {}", settings.url(), e.toString());
            return false;
        }
        try {
            bind(dn, password).close();
            return true;
        } catch (AuthenticationException e) {
            return false;
        } catch (NamingException e) {
            LOG.error("the LDAP directory at {} failed a sign-in: {}", settings.url(), e.toString());
            return false;
        }
    }

    private DirContext bind(String dn, String password) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, settings.url());
        env.put("com.sun.jndi.ldap.connect.timeout", "5000");
        env.put("com.sun.jndi.ldap.read.timeout", "10000");
        env.put(Context.REFERRAL, "ignore");
        if (dn.isEmpty()) {
            env.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            env.put(Context.SECURITY_AUTHENTICATION, "simple");
            env.put(Context.SECURITY_PRINCIPAL, dn);
            env.put(Context.SECURITY_CREDENTIALS, password);
        }
        return new InitialDirContext(env);
    }
}
