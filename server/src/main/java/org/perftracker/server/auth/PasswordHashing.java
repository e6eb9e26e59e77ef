package org.perftracker.server.auth;

import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes, as {@code app_user.password_hash} stores them.
 *
 * <ul>
 * <li>A password a person chose: PBKDF2 with HMAC-SHA-256 (from the JDK), {@value #ITERATIONS} iterations (what
 * OWASP advises in 2023) and a 16-byte random salt, stored as {@code pbkdf2-sha256$600000$<salt>$<hash>}: a
 * guess costs about half a second of a core, so a stolen database does not give the passwords away.</li>
 * <li>A password the server generated (the first administrator's, 128 random bits): one salted SHA-256, stored as
 * {@code sha256$<salt>$<hash>}. With that much entropy nobody guesses it, slowly or quickly, and every test server
 * starts without spending half a second on it.</li>
 * </ul>
 * The iteration count is stored with the hash, so it can grow later without invalidating older hashes.
 */
final class PasswordHashing {
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** Checked against when a user does not exist, so that the answer takes as long as for one who does. */
    private static final String DUMMY = "pbkdf2-sha256$" + ITERATIONS + "$AAAAAAAAAAAAAAAAAAAAAA$"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private PasswordHashing() {
    }

    /** @return the slow hash of a password a person chose */
    static String hash(String password) {
        byte[] salt = Secrets.randomBytes(SALT_BYTES);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + b64(salt) + "$" + b64(pbkdf2(password, salt, ITERATIONS));
    }

    /** @return the fast hash of a password with at least 128 random bits, that the server generated */
    static String hashGenerated(String password) {
        byte[] salt = Secrets.randomBytes(SALT_BYTES);
        return "sha256$" + b64(salt) + "$" + sha256(salt, password);
    }

    /** @return whether the password matches the stored hash; false for an empty or unknown hash */
    static boolean matches(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        try {
            if (parts.length == 4 && parts[0].equals("pbkdf2-sha256")) {
                byte[] expected = Base64.getDecoder().decode(parts[3]);
                byte[] actual = pbkdf2(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
                return java.security.MessageDigest.isEqual(expected, actual);
            }
            if (parts.length == 3 && parts[0].equals("sha256")) {
                return Secrets.same(parts[2], sha256(Base64.getDecoder().decode(parts[1]), password));
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /** Spends the time of a check for a user who does not exist. */
    static void checkNobody(String password) {
        matches(password, DUMMY);
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("every Java has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String sha256(byte[] salt, String password) {
        byte[] pw = password.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] both = new byte[salt.length + pw.length];
        System.arraycopy(salt, 0, both, 0, salt.length);
        System.arraycopy(pw, 0, both, salt.length, pw.length);
        return HexFormat.of().formatHex(Secrets.digest(both));
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
