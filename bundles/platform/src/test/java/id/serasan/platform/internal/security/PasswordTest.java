package id.serasan.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordTest {
    @Test
    void hashesArePbkdf2WithAtLeast600000IterationsAndVerify() {
        PasswordHasher h = new PasswordHasher(1000);
        String hash = h.hash("Rahasia-2026!".toCharArray());
        assertThat(hash).startsWith("pbkdf2-sha256$600000$");
        assertThat(h.verify("Rahasia-2026!".toCharArray(), hash)).isTrue();
        assertThat(h.verify("rahasia-2026!".toCharArray(), hash)).isFalse();
        assertThat(h.hash("Rahasia-2026!".toCharArray())).as("salted").isNotEqualTo(hash);
        assertThat(h.verify("x".toCharArray(), "garbage")).isFalse();
    }

    @Test
    void weakPasswordsAreRefusedWithAReason() {
        assertThat(PasswordPolicy.weakness("budi", "pendek")).isPresent();
        assertThat(PasswordPolicy.weakness("budi", "budi-Rahasia-9")).isPresent();
        assertThat(PasswordPolicy.weakness("budi", "admin12345")).isPresent();
        assertThat(PasswordPolicy.weakness("budi", "aaaaaaaaaaaa")).isPresent();
        assertThat(PasswordPolicy.weakness("budi", "onlylowercaseletters")).isEmpty(); // 20 chars: passphrase
        assertThat(PasswordPolicy.weakness("budi", "lowercase12")).isPresent(); // 2 classes, short
        assertThat(PasswordPolicy.weakness("budi", "Kopi-Pagi-07")).isEmpty();
    }

    @Test
    void generatedSecretsAreLongAndDistinct() {
        assertThat(Secrets.token()).hasSize(43).isNotEqualTo(Secrets.token());
        assertThat(Secrets.password(5)).matches("([a-zA-Z2-9]{4}-){4}[a-zA-Z2-9]{4}");
        assertThat(PasswordPolicy.weakness("admin", Secrets.password(5))).isEmpty();
    }

    @Test
    void secretFilesAreReadableByTheirOwnerOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("sub/secret");
        Secrets.writeOwnerOnly(f, "a\n", false);
        Secrets.writeOwnerOnly(f, "b\n", true);
        assertThat(java.nio.file.Files.readString(f)).isEqualTo("a\nb\n");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-------");
        Secrets.writeOwnerOnly(f, "c\n", false);
        assertThat(java.nio.file.Files.readString(f)).isEqualTo("c\n");
    }
}
