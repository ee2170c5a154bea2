package id.serasan.platform.internal.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The minimum strength of a password chosen by a person. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = Set.of("password", "passw0rd", "12345678", "123456789", "1234567890",
            "qwertyuiop", "administrator", "admin12345", "serasan", "muaraenim", "bkpsdm", "sekundang",
            "indonesia", "iloveyou", "welcome", "letmein", "p@ssw0rd", "rahasia");

    private PasswordPolicy() {
    }

    /** Why {@code password} is too weak for {@code username}, or empty when it is acceptable. */
    public static Optional<String> weakness(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("minimal " + MIN_LENGTH + " karakter / at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 200) {
            return Optional.of("paling banyak 200 karakter / at most 200 characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("tidak boleh memuat nama pengguna / must not contain the username");
        }
        for (String c : COMMON) {
            if (lower.contains(c) && lower.length() < c.length() + 6) {
                return Optional.of("terlalu mudah ditebak / too easy to guess");
            }
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("terlalu sedikit karakter berbeda / too few different characters");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(ch -> !Character.isLetterOrDigit(ch)) ? 1 : 0;
        if (classes < 3 && password.length() < 16) {
            return Optional.of("gunakan huruf besar, huruf kecil, angka atau simbol (minimal 3 jenis), atau minimal 16 karakter"
                    + " / use at least 3 of upper case, lower case, digits, symbols, or at least 16 characters");
        }
        return Optional.empty();
    }
}
