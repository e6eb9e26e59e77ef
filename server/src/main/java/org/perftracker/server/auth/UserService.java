package org.perftracker.server.auth;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.web.ApiException;

/** Users: made, given a role, disabled, given a new password; every change is in the audit log. */
public final class UserService {
    static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 1000;

    private final Database db;
    private final Clock clock;
    private final AuditLog audit;
    private final UserRepository users = new UserRepository();
    private final SessionRepository sessions = new SessionRepository();

    public UserService(Database db, Clock clock, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
    }

    public List<User> all() {
        return db.read(users::all);
    }

    public Optional<User> byId(long id) {
        return db.read(h -> users.byId(h, id));
    }

    public Optional<User> byName(String username) {
        return db.read(h -> users.byName(h, username));
    }

    /** Makes a user who signs in with this password (checked for length, hashed slowly). */
    public User create(Actor actor, String username, String password, Role role) {
        String name = checkName(username);
        checkPassword(password);
        String hash = PasswordHashing.hash(password);
        return db.write(h -> {
            if (users.byName(h, name).isPresent()) {
                throw new ApiException(409, "username: a user '" + name + "' already exists",
                        java.util.Map.of("username", List.of("is taken")));
            }
            long id = users.insert(h, name, hash, role, User.LOCAL, clock.millis());
            audit.record(h, actor, "user.create", "user " + name, "role " + role.word());
            return users.byId(h, id).orElseThrow();
        });
    }

    public void setRole(Actor actor, long id, Role role) {
        db.writeVoid(h -> {
            User user = require(h, id);
            if (user.role() == role) {
                return;
            }
            if (user.role() == Role.ADMIN && !user.disabled()) {
                keepAnAdmin(h);
            }
            users.setRole(h, id, role);
            audit.record(h, actor, "user.role", "user " + user.username(), user.role().word() + " → " + role.word());
        });
    }

    /** A disabled user cannot sign in; their sessions end and their tokens stop working. */
    public void setDisabled(Actor actor, long id, boolean disabled) {
        db.writeVoid(h -> {
            User user = require(h, id);
            if (user.disabled() == disabled) {
                return;
            }
            if (disabled && user.role() == Role.ADMIN) {
                keepAnAdmin(h);
            }
            users.setDisabled(h, id, disabled);
            if (disabled) {
                sessions.deleteOfUser(h, id);
            }
            audit.record(h, actor, disabled ? "user.disable" : "user.enable", "user " + user.username(), "");
        });
    }

    /** Sets a local user's password (an admin's reset, or the user's own change); their other sessions end. */
    public void setPassword(Actor actor, long id, String password) {
        checkPassword(password);
        String hash = PasswordHashing.hash(password);
        db.writeVoid(h -> {
            User user = require(h, id);
            if (!user.source().equals(User.LOCAL)) {
                throw ApiException.badRequest("password", user.username() + " signs in with the directory (LDAP);"
                        + " change the password there");
            }
            users.setPasswordHash(h, id, hash);
            sessions.deleteOfUser(h, id);
            audit.record(h, actor, "user.password", "user " + user.username(), "");
        });
    }

    /**
     * Makes the first administrator when there is no user at all; on a database other nodes share, only one of
     * them does.
     *
     * @return the password to print when it was generated here; empty when a user existed or it was given
     */
    public Optional<String> createFirstAdmin(String username, Optional<String> givenPassword) {
        if (db.read(users::count) > 0) {
            return Optional.empty();
        }
        givenPassword.ifPresent(UserService::checkPassword);
        String generated = Secrets.random(16);
        String hash = givenPassword.map(PasswordHashing::hash)
                .orElseGet(() -> PasswordHashing.hashGenerated(generated));
        try {
            boolean created = db.write(h -> {
                if (users.count(h) > 0) {
                    return false;
                }
                users.insert(h, username, hash, Role.ADMIN, User.LOCAL, clock.millis());
                audit.record(h, Actor.SYSTEM, "user.create", "user " + username, "role admin (first start)");
                return true;
            });
            return created && givenPassword.isEmpty() ? Optional.of(generated) : Optional.empty();
        } catch (RuntimeException e) {
            if (Database.isUniqueViolation(e)) {
                return Optional.empty(); // another node made it at the same moment
            }
            throw e;
        }
    }

    /** A directory user signing in for the first time gets a user here, with the configured role. */
    User provisionFromDirectory(String username, Role role) {
        return db.write(h -> users.byName(h, username).orElseGet(() -> {
            long id = users.insert(h, username, "", role, User.LDAP, clock.millis());
            audit.record(h, Actor.SYSTEM, "user.create", "user " + username, "role " + role.word()
                    + " (first sign-in with the directory)");
            return users.byId(h, id).orElseThrow();
        }));
    }

    private void keepAnAdmin(org.jdbi.v3.core.Handle h) {
        if (users.activeAdmins(h) <= 1) {
            throw ApiException.badRequest("role", "this is the last administrator; make another one first");
        }
    }

    private User require(org.jdbi.v3.core.Handle h, long id) {
        return users.byId(h, id).orElseThrow(() -> ApiException.notFound("User " + id + " does not exist"));
    }

    private static String checkName(String username) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[\\p{L}\\p{N}._@+-]{1,100}")) {
            throw ApiException.badRequest("username", "use 1 to 100 letters, digits and . _ @ + -");
        }
        return name;
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ApiException.badRequest("password", "must have at least " + MIN_PASSWORD + " characters");
        }
    }
}
