package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Sign-in against a real LDAP directory (UnboundID's, in memory, on loopback): the server binds as its service
 * account, finds the user, binds as them; a directory user gets a user here with the configured role.
 */
class LdapSignInTest {
    private static InMemoryDirectoryServer directory;
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.addAdditionalBindCredentials("cn=perftracker,dc=example,dc=com", "service secret");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0,
                null));
        config.setSchema(null);
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: dc=example,dc=com", "objectClass: top", "objectClass: domain", "dc: example");
        directory.add("dn: ou=people,dc=example,dc=com", "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: uid=carol,ou=people,dc=example,dc=com", "objectClass: inetOrgPerson", "uid: carol",
                "cn: Carol", "sn: Lab", "userPassword: carol's directory password");
        directory.add("dn: uid=dave,ou=people,dc=example,dc=com", "objectClass: inetOrgPerson", "uid: dave",
                "cn: Dave", "sn: Lab", "userPassword: dave's directory password");
        directory.startListening();
        AuthSettings.LdapSettings ldap = new AuthSettings.LdapSettings("ldap://127.0.0.1:" + directory.getListenPort(),
                "cn=perftracker,dc=example,dc=com", "service secret", "ou=people,dc=example,dc=com", "(uid={0})",
                Role.UPLOADER);
        server = RunningServer.start(TestDatabase.SQLITE.create(), c -> c.withAuth(c.auth().withLdap(ldap)));
    }

    @AfterAll
    static void stop() {
        server.close();
        directory.shutDown(true);
    }

    @Test
    void a_directory_user_signs_in_and_gets_the_configured_role() {
        RunningServer.Answer in = signIn("carol", "carol's directory password");
        assertThat(in.status()).isEqualTo(303);
        var carol = server.server().users().byName("carol").orElseThrow();
        assertThat(carol.role()).isEqualTo(Role.UPLOADER);
        assertThat(carol.source()).isEqualTo(User.LDAP);
        assertThat(signIn("carol", "carol's directory password").status()).as("and again, as a known user")
                .isEqualTo(303);
    }

    @Test
    void a_wrong_password_an_unknown_name_an_empty_password_and_a_wildcard_are_refused() {
        assertThat(signIn("dave", "not it").status()).isEqualTo(401);
        assertThat(signIn("nobody", "whatever").status()).isEqualTo(401);
        assertThat(signIn("dave", "").status()).as("an empty password would be an anonymous bind").isEqualTo(401);
        assertThat(signIn("*", "dave's directory password").status()).as("the name is escaped in the filter")
                .isEqualTo(401);
        assertThat(server.server().users().byName("dave")).isEmpty();
        assertThat(server.server().users().byName("*")).isEmpty();
    }

    private static RunningServer.Answer signIn(String name, String password) {
        return server.send(Forms.urlEncoded(server, "/signin", Map.of("username", name, "password", password)));
    }
}
