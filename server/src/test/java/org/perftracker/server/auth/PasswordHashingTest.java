package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {
    @Test
    void a_chosen_password_is_hashed_slowly_with_its_own_salt() {
        String hash = PasswordHashing.hash("correct horse battery");
        assertThat(hash).startsWith("pbkdf2-sha256$600000$").doesNotContain("correct");
        assertThat(PasswordHashing.hash("correct horse battery")).isNotEqualTo(hash);
        assertThat(PasswordHashing.matches("correct horse battery", hash)).isTrue();
        assertThat(PasswordHashing.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void a_generated_password_is_hashed_with_one_salted_sha256() {
        String hash = PasswordHashing.hashGenerated("Zx81-generated");
        assertThat(hash).startsWith("sha256$");
        assertThat(PasswordHashing.matches("Zx81-generated", hash)).isTrue();
        assertThat(PasswordHashing.matches("Zx81-generatee", hash)).isFalse();
    }

    @Test
    void an_empty_or_broken_hash_matches_nothing() {
        assertThat(PasswordHashing.matches("", "")).isFalse();
        assertThat(PasswordHashing.matches("x", "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(PasswordHashing.matches("x", "md5$abc")).isFalse();
    }
}
