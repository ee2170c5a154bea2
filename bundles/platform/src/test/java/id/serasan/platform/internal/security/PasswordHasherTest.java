package id.serasan.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** Stored hashes are verified with their own iteration count; malformed ones never verify. */
class PasswordHasherTest {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);

    /** A hash as another configuration (few iterations) would have stored it. */
    private static String stored(String password, int iterations, byte[] salt) throws Exception {
        byte[] dk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "pbkdf2-sha256$" + iterations + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(dk);
    }

    @Test
    void aHashIsCheckedWithTheIterationsAndSaltStoredInIt() throws Exception {
        byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String h = stored("Rahasia-2026!", 3, salt);
        assertThat(hasher.verify("Rahasia-2026!".toCharArray(), h)).isTrue();
        assertThat(hasher.verify("Rahasia-2026?".toCharArray(), h)).isFalse();
        assertThat(hasher.verify("Rahasia-2026!".toCharArray(), h.replace("$3$", "$4$"))).as("other iterations").isFalse();
        String otherSalt = stored("Rahasia-2026!", 3, "fedcba9876543210".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(hasher.verify("Rahasia-2026!".toCharArray(), h.substring(0, h.lastIndexOf('$'))
                + otherSalt.substring(otherSalt.lastIndexOf('$')))).as("another salt's key").isFalse();
    }

    @Test
    void malformedHashesDoNotVerify() throws Exception {
        String h = stored("x", 2, new byte[16]);
        assertThat(hasher.verify("x".toCharArray(), h)).isTrue();
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), h.replace("pbkdf2-sha256", "pbkdf2-sha1"))).isFalse();
        assertThat(hasher.verify("x".toCharArray(), h + "$extra")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), h.substring(0, h.lastIndexOf('$')))).isFalse();
        assertThat(hasher.verify("x".toCharArray(), h.replace("$2$", "$zwei$"))).isFalse();
        assertThat(hasher.verify("x".toCharArray(), h.replace("$2$", "$2$!!"))).as("bad base64").isFalse();
    }

    @Test
    void moreIterationsThanTheMinimumAreKept() {
        assertThat(new PasswordHasher(PasswordHasher.MIN_ITERATIONS + 1).hash("a".toCharArray()))
                .startsWith("pbkdf2-sha256$600001$");
        assertThat(new PasswordHasher(0).hash("a".toCharArray())).startsWith("pbkdf2-sha256$600000$");
    }
}
