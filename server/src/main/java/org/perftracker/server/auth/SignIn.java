package org.perftracker.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.perftracker.server.db.Database;
import org.perftracker.server.web.ApiException;

/**
 * Checks a user name and password (a local user's hash first, then the directory when one is configured) and
 * opens a session. Every refusal says the same words and takes about the same time whether or not the user
 * exists; too many failures for a user name or from an address are refused without checking the password.
 */
public final class SignIn {
    /** What a refused sign-in says, whatever the reason. */
    public static final String REFUSED = "Wrong user name or password";
    static final Duration SESSION_LIFETIME = Duration.ofDays(7);

    private final Database db;
    private final Clock clock;
    private final UserService userService;
    private final SigninThrottle throttle;
    private final Optional<LdapDirectory> directory;
    private final Optional<Role> directoryRole;
    private final UserRepository users = new UserRepository();
    private final SessionRepository sessions = new SessionRepository();

    public SignIn(Database db, Clock clock, UserService userService, Optional<AuthSettings.LdapSettings> ldap) {
        this.db = db;
        this.clock = clock;
        this.userService = userService;
        this.throttle = new SigninThrottle(db, clock);
        this.directory = ldap.map(LdapDirectory::new);
        this.directoryRole = ldap.map(AuthSettings.LdapSettings::defaultRole);
    }

    /**
     * @return the user, when the password is right and the user is enabled
     * @throws ApiException 429 when too many sign-ins failed lately for this user name or from this address
     */
    public Optional<User> check(String username, String password, String address) {
        String name = username == null ? "" : username.strip();
        String pw = password == null ? "" : password;
        if (!throttle.allows(name, address)) {
            throw new ApiException(429, "Too many failed sign-ins; try again in " + SigninThrottle.WINDOW_MINUTES
                    + " minutes");
        }
        Optional<User> user = verify(name, pw);
        if (user.isPresent()) {
            throttle.succeeded(name);
        } else {
            throttle.failed(name, address);
        }
        return user;
    }

    private Optional<User> verify(String name, String password) {
        Optional<UserRepository.WithHash> local = name.isEmpty() ? Optional.empty()
                : db.read(h -> users.withHash(h, name));
        if (local.isPresent()) {
            User user = local.get().user();
            boolean good = user.source().equals(User.LDAP)
                    ? directory.map(d -> d.authenticate(name, password)).orElse(false)
                    : PasswordHashing.matches(password, local.get().passwordHash());
            return good && !user.disabled() ? Optional.of(user) : Optional.empty();
        }
        if (directory.isPresent() && directory.get().authenticate(name, password)) {
            return Optional.of(userService.provisionFromDirectory(name, directoryRole.orElseThrow()))
                    .filter(u -> !u.disabled());
        }
        PasswordHashing.checkNobody(password);
        return Optional.empty();
    }

    /** A session just opened: the cookie's value and the session's CSRF token. */
    public record Opened(String cookieValue, String csrfToken, long maxAgeSeconds) {
    }

    public Opened open(User user) {
        long now = clock.millis();
        SessionRepository.Created created = db.write(h -> {
            sessions.deleteExpired(h, now);
            return sessions.create(h, user.id(), now, SESSION_LIFETIME.toMillis());
        });
        return new Opened(created.cookieValue(), created.csrfToken(), SESSION_LIFETIME.toSeconds());
    }

    public void close(String cookieValue) {
        db.writeVoid(h -> sessions.delete(h, cookieValue));
    }

    Optional<SessionRepository.Session> session(String cookieValue) {
        return db.read(h -> sessions.find(h, cookieValue, clock.millis()));
    }
}
