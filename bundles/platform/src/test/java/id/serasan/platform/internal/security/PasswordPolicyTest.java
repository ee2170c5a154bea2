package id.serasan.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each rule of the password policy at its exact boundary, with the reason it gives. */
class PasswordPolicyTest {
    static final String LENGTH = "minimal 10 karakter / at least 10 characters";
    static final String TOO_LONG = "paling banyak 200 karakter / at most 200 characters";
    static final String USERNAME = "tidak boleh memuat nama pengguna / must not contain the username";
    static final String COMMON = "terlalu mudah ditebak / too easy to guess";
    static final String DISTINCT = "terlalu sedikit karakter berbeda / too few different characters";
    static final String CLASSES = "gunakan huruf besar, huruf kecil, angka atau simbol (minimal 3 jenis), atau minimal 16 karakter"
            + " / use at least 3 of upper case, lower case, digits, symbols, or at least 16 characters";

    private static String why(String username, String password) {
        return PasswordPolicy.weakness(username, password).orElse("ok");
    }

    @Test
    void tenCharactersAreTheMinimumAndTwoHundredTheMaximum() {
        assertThat(why("budi", null)).isEqualTo(LENGTH);
        assertThat(why("budi", "Kopi-Pag7")).as("9").isEqualTo(LENGTH);
        assertThat(why("budi", "Kopi-Pag-7")).as("10").isEqualTo("ok");
        String base = "Kopi-Pagi-07".repeat(20);
        assertThat(why("budi", base.substring(0, 200))).as("200").isEqualTo("ok");
        assertThat(why("budi", base.substring(0, 201))).as("201").isEqualTo(TOO_LONG);
    }

    @Test
    void theUsernameMayNotBeInsideInAnyCase() {
        assertThat(why("budi", "xBUDIx-Rahasia9")).isEqualTo(USERNAME);
        assertThat(why("Budi", "xbudix-Rahasia9")).isEqualTo(USERNAME);
        assertThat(why("siti", "xBUDIx-Rahasia9")).isEqualTo("ok");
        assertThat(why(null, "xBUDIx-Rahasia9")).isEqualTo("ok");
        assertThat(why("", "Kopi-Pagi-07")).as("an empty username is no rule").isEqualTo("ok");
        assertThat(why("  ", "Kopi  Pagi-07")).as("a blank username is no rule").isEqualTo("ok");
    }

    @Test
    void aCommonPasswordNeedsSixMoreCharactersAroundIt() {
        assertThat(why("budi", "Password-12X!")).as("8 + 5").isEqualTo(COMMON);
        assertThat(why("budi", "Password-12XY!")).as("8 + 6").isEqualTo("ok");
        assertThat(why("budi", "xx-Rahasia-Q1")).as("7 + 6").isEqualTo("ok");
        assertThat(why("budi", "x-Rahasia-Q1")).as("7 + 5").isEqualTo(COMMON);
    }

    @Test
    void fiveDifferentCharactersAreTheMinimum() {
        assertThat(why("budi", "aB1-aB1-aB")).as("4 different, 4 classes").isEqualTo(DISTINCT);
        assertThat(why("budi", "aB1-aaaaaX")).as("5 different").isEqualTo("ok");
    }

    @Test
    void threeClassesOrSixteenCharacters() {
        assertThat(why("budi", "KopiPagi07")).as("lower, upper, digit").isEqualTo("ok");
        assertThat(why("budi", "KopiPagi-!")).as("lower, upper, symbol").isEqualTo("ok");
        assertThat(why("budi", "kopi-pagi7")).as("lower, digit, symbol").isEqualTo("ok");
        assertThat(why("budi", "KOPI-PAGI7")).as("upper, digit, symbol").isEqualTo("ok");
        assertThat(why("budi", "KOPIPAGI07")).as("upper, digit").isEqualTo(CLASSES);
        assertThat(why("budi", "kopi-pagi!")).as("lower, symbol").isEqualTo(CLASSES);
        assertThat(why("budi", "KopiPagiSore")).as("lower, upper").isEqualTo(CLASSES);
        assertThat(why("budi", "kopipagisore123")).as("2 classes, 15").isEqualTo(CLASSES);
        assertThat(why("budi", "kopipagisore1234")).as("2 classes, 16").isEqualTo("ok");
        assertThat(why("budi", "kopipagisoremalm")).as("1 class, 16").isEqualTo("ok");
    }
}
