package id.serasan.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditQuery;
import id.serasan.platform.api.audit.AuditRecord;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.internal.PlatformConfig;
import id.serasan.platform.internal.TestPlatform;
import id.serasan.platform.internal.audit.JdbcAuditService;
import id.serasan.platform.internal.db.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens as stored and verified, logout, purging, and what logins and password changes leave in the audit trail. */
class AuthServiceTokensTest {
    private static final String PW = "Sandi-Lama-2026!";
    private static final String NIP = "198609262015051001";

    @TempDir
    Path dir;

    private Database db;
    private JdbcAuditService audit;
    private AuthService auth;
    private UserService users;
    private UserAccount budi;

    @BeforeEach
    void setUp() {
        db = TestPlatform.database();
        audit = new JdbcAuditService(db);
        PlatformConfig cfg = TestPlatform.config(Map.of("tokenTtlMinutes", 30));
        users = new UserService(db, audit, cfg, dir.resolve("initial-admin-password"));
        auth = new AuthService(db, users, audit, cfg);
        budi = users.create("test", "budi", PW, EnumSet.of(Role.EMPLOYEE, Role.SUPERVISOR), NIP);
    }

    private List<AuditRecord> trail(String action) {
        return audit.find(new AuditQuery(null, action, null, null, null, null), 0, 50).items();
    }

    /** Stores a token row directly; returns the token. */
    private String token(String token, long expiresAt, boolean revoked) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO SERASAN_TOKEN (TOKEN_HASH, USER_ID, KIND, "
                    + "CSRF_HASH, CREATED_AT, EXPIRES_AT, REVOKED) VALUES (?, ?, 'BEARER', NULL, 0, ?, ?)")) {
                ps.setString(1, Secrets.sha256(token));
                ps.setLong(2, budi.id());
                ps.setLong(3, expiresAt);
                ps.setBoolean(4, revoked);
                return ps.executeUpdate();
            }
        });
        return token;
    }

    private Object[] stored(String token) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT USER_ID, KIND, CSRF_HASH, CREATED_AT, EXPIRES_AT, REVOKED "
                    + "FROM SERASAN_TOKEN WHERE TOKEN_HASH = ?")) {
                ps.setString(1, Secrets.sha256(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                            rs.getBoolean(6)};
                }
            }
        });
    }

    private int throttleFailures(String key) {
        return new LoginThrottle(db).failures(key);
    }

    @Test
    void aLoginStoresOnlyTheHashWithItsExpiryAndIsAudited() {
        long before = System.currentTimeMillis();
        AuthService.Issued bearer = auth.login("  Budi ", PW, "10.0.0.1", AuthService.Kind.BEARER);
        long after = System.currentTimeMillis();
        assertThat(bearer.account().username()).isEqualTo("budi");
        assertThat(bearer.csrfToken()).isNull();
        assertThat(bearer.passwordChangeRequired()).isFalse();
        assertThat(bearer.expiresAt().toEpochMilli()).isBetween(before + 30 * 60_000L, after + 30 * 60_000L);
        Object[] row = stored(bearer.token());
        assertThat(row[0]).isEqualTo(budi.id());
        assertThat(row[1]).isEqualTo("BEARER");
        assertThat(row[2]).isNull();
        assertThat((long) row[3]).isBetween(before, after);
        assertThat(row[4]).isEqualTo(bearer.expiresAt().toEpochMilli());
        assertThat(row[5]).isEqualTo(false);

        AuthService.Issued session = auth.login("budi", PW, "10.0.0.2", AuthService.Kind.SESSION);
        assertThat(session.csrfToken()).isNotBlank().isNotEqualTo(session.token());
        assertThat(stored(session.token())[2]).isEqualTo(Secrets.sha256(session.csrfToken()));

        List<AuditRecord> logins = trail("auth.login");
        assertThat(logins).hasSize(2);
        assertThat(logins.get(1).actor()).isEqualTo("budi");
        assertThat(logins.get(1).entityType()).isEqualTo("user");
        assertThat(logins.get(1).entityId()).isEqualTo("budi");
        assertThat(logins.get(1).after()).contains("\"kind\":\"BEARER\"").contains("\"address\":\"10.0.0.1\"");
        assertThat(logins.get(0).after()).contains("\"kind\":\"SESSION\"").contains("\"address\":\"10.0.0.2\"");
    }

    @Test
    void aVerifiedTokenNamesItsHolder() {
        AuthService.Issued session = auth.login("budi", PW, "10.0.0.2", AuthService.Kind.SESSION);
        AuthService.Verified v = auth.verify(session.token()).orElseThrow();
        assertThat(v.kind()).isEqualTo(AuthService.Kind.SESSION);
        assertThat(v.csrfHash()).isEqualTo(Secrets.sha256(session.csrfToken()));
        assertThat(v.tokenHash()).isEqualTo(Secrets.sha256(session.token()));
        assertThat(v.principal().userId()).isEqualTo(budi.id());
        assertThat(v.principal().username()).isEqualTo("budi");
        assertThat(v.principal().roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.SUPERVISOR);
        assertThat(v.principal().nip()).isEqualTo(NIP);
        assertThat(v.principal().passwordChangeRequired()).isFalse();
        users.resetPassword("admin", "budi", "Sandi-Reset-2026!", true);
        assertThat(auth.login("budi", "Sandi-Reset-2026!", "10.0.0.2", AuthService.Kind.BEARER).passwordChangeRequired())
                .isTrue();
    }

    @Test
    void tokensOfTwentyToAHundredCharactersAreLookedUp() {
        long later = System.currentTimeMillis() + 3_600_000L;
        assertThat(auth.verify(token("t".repeat(20), later, false))).isPresent();
        assertThat(auth.verify(token("u".repeat(100), later, false))).isPresent();
        assertThat(auth.verify(token("v".repeat(19), later, false))).isEmpty();
        assertThat(auth.verify(token("w".repeat(101), later, false))).isEmpty();
        assertThat(auth.verify(null)).isEmpty();
        assertThat(auth.verify("x".repeat(43))).as("unknown").isEmpty();
    }

    @Test
    void expiredRevokedAndDisabledTokensAreNotVerified() {
        long now = System.currentTimeMillis();
        String live = token("live-".repeat(8), now + 3_600_000L, false);
        assertThat(auth.verify(token("expired-".repeat(5), now - 1, false))).isEmpty();
        assertThat(auth.verify(token("revoked-".repeat(5), now + 3_600_000L, true))).isEmpty();
        assertThat(auth.verify(live)).isPresent();
        users.update("admin", "budi", null, null, false);
        assertThat(auth.verify(live)).as("account disabled").isEmpty();
    }

    @Test
    void logoutRevokesOnlyThatTokenAndIsAudited() {
        String a = auth.login("budi", PW, "10.0.0.1", AuthService.Kind.BEARER).token();
        String b = auth.login("budi", PW, "10.0.0.1", AuthService.Kind.SESSION).token();
        auth.logout(auth.verify(a).orElseThrow());
        assertThat(auth.verify(a)).isEmpty();
        assertThat(stored(a)[5]).isEqualTo(true);
        assertThat(auth.verify(b)).isPresent();
        List<AuditRecord> out = trail("auth.logout");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).actor()).isEqualTo("budi");
        assertThat(out.get(0).entityId()).isEqualTo("budi");
        assertThat(out.get(0).entityType()).isEqualTo("user");
    }

    @Test
    void tokensExpiredMoreThanADayAgoArePurged() {
        long now = System.currentTimeMillis();
        String old = token("old-token-".repeat(3), now - 86_400_000L - 60_000L, false);
        String recent = token("recent-token-".repeat(2), now - 86_400_000L + 60_000L, false);
        assertThat(auth.purgeExpired()).isEqualTo(1);
        assertThat(stored(old)).isNull();
        assertThat(stored(recent)).isNotNull();
        token("old-again-".repeat(3), now - 86_400_000L - 60_000L, false);
        auth.login("budi", PW, "10.0.0.1", AuthService.Kind.BEARER);
        assertThat(stored("old-again-".repeat(3))).as("purged at a login").isNull();
    }

    @Test
    void aFailedLoginIsAuditedUnderTheNormalisedNameCutTo100() {
        assertThatThrownBy(() -> auth.login(" BUDI ", "salah-salah", "10.0.0.5", AuthService.Kind.BEARER))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.type()).isEqualTo("unauthorized");
                });
        String longName = "n".repeat(101);
        assertThatThrownBy(() -> auth.login(longName, "salah-salah", "10.0.0.5", AuthService.Kind.BEARER))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> auth.login(null, "salah-salah", "10.0.0.6", AuthService.Kind.BEARER))
                .isInstanceOf(ProblemException.class);
        List<AuditRecord> failed = trail("auth.login.failed");
        assertThat(failed).extracting(AuditRecord::entityId).containsExactly("", "n".repeat(100), "budi");
        assertThat(failed).extracting(AuditRecord::actor).containsOnly("anonymous");
        assertThat(failed.get(2).after()).contains("\"address\":\"10.0.0.5\"");
        assertThat(trail("auth.login")).isEmpty();
    }

    @Test
    void aSuccessfulLoginStartsThePairCountAgain() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> auth.login("budi", "salah-salah", "10.0.0.8", AuthService.Kind.BEARER))
                    .isInstanceOf(ProblemException.class);
        }
        auth.login("budi", PW, "10.0.0.8", AuthService.Kind.BEARER);
        assertThat(throttleFailures(LoginThrottle.pairKey("budi", "10.0.0.8"))).isZero();
        assertThat(throttleFailures(LoginThrottle.accountKey("budi"))).isEqualTo(2);
        assertThat(auth.login("budi", PW, "10.0.0.8", AuthService.Kind.BEARER).token())
                .as("not the 3rd failure of the pair").isNotBlank();
    }

    @Test
    void aRightCurrentPasswordWithAWeakNewOneIsNoFailedGuess() {
        String t = auth.login("budi", PW, "10.0.0.1", AuthService.Kind.BEARER).token();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> auth.changeOwnPassword(auth.verify(t).orElseThrow(), "salah-salah", "Sandi-Baru-2026!",
                    "10.0.0.1")).isInstanceOf(UserService.WrongCurrentPassword.class);
        }
        assertThatThrownBy(() -> auth.changeOwnPassword(auth.verify(t).orElseThrow(), PW, "pendek", "10.0.0.1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThat(throttleFailures(LoginThrottle.pairKey("budi", "10.0.0.1"))).isZero();
        auth.changeOwnPassword(auth.verify(t).orElseThrow(), PW, "Sandi-Baru-2026!", "10.0.0.1");
        assertThat(throttleFailures(LoginThrottle.pairKey("budi", "10.0.0.1"))).isZero();
        assertThat(throttleFailures(LoginThrottle.accountKey("budi"))).as("the two wrong guesses").isEqualTo(2);
        List<AuditRecord> failed = trail("auth.password.failed");
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0).actor()).isEqualTo("budi");
        assertThat(failed.get(0).entityId()).isEqualTo("budi");
        assertThat(failed.get(0).after()).contains("\"address\":\"10.0.0.1\"");
        List<AuditRecord> changed = trail("user.password");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).actor()).isEqualTo("budi");
    }

    @Test
    void overlongPasswordsAreRefusedBeforeAnyCheck() {
        String t = auth.login("budi", PW, "10.0.0.1", AuthService.Kind.BEARER).token();
        AuthService.Verified v = auth.verify(t).orElseThrow();
        assertThatThrownBy(() -> auth.changeOwnPassword(v, "x".repeat(201), "Sandi-Baru-2026!", "10.0.0.1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("currentPassword"));
        assertThatThrownBy(() -> auth.changeOwnPassword(v, PW, "Kopi-Pagi-07".repeat(17).substring(0, 201), "10.0.0.1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("newPassword"));
        assertThatThrownBy(() -> auth.changeOwnPassword(v, null, null, "10.0.0.1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("currentPassword", "newPassword"));
        assertThat(throttleFailures(LoginThrottle.accountKey("budi"))).as("not counted").isZero();
    }

    @Test
    void thePolicyTakesTheConfigurationWithFloors() {
        PlatformConfig c = TestPlatform.config(Map.of("pairFailuresBeforeDelay", 0, "pairMaxDelaySeconds", 7,
                "accountFailuresBeforeDelay", -1, "accountMaxDelaySeconds", 8, "addressFailuresBeforeDelay", 0,
                "addressMaxDelaySeconds", 9, "failureWindowMinutes", 0, "knownAddressDays", -2));
        assertThat(AuthService.policy(c)).isEqualTo(new LoginThrottle.Policy(1, 7000, 1, 8000, 1, 9000, 60_000, 0));
        assertThat(AuthService.policy(TestPlatform.config(Map.of())))
                .isEqualTo(new LoginThrottle.Policy(3, 900_000, 20, 60_000, 100, 60_000, 15 * 60_000L, 30 * 86_400_000L));
        assertThat(AuthService.policy(TestPlatform.config(Map.of("pairFailuresBeforeDelay", 2, "accountFailuresBeforeDelay", 2,
                "addressFailuresBeforeDelay", 2, "failureWindowMinutes", 2, "knownAddressDays", 2))))
                .isEqualTo(new LoginThrottle.Policy(2, 900_000, 2, 60_000, 2, 60_000, 120_000, 2 * 86_400_000L));
    }

    @Test
    void tooManyAttemptsSaysHowLongToWait() {
        AuthService.TooManyAttempts e = new AuthService.TooManyAttempts(7);
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.retryAfterSeconds()).isEqualTo(7);
        assertThat(e.detail()).contains("dalam 7 detik").contains("in 7 seconds");
    }

    @Test
    void wrongPasswordsBeyondTheFreeCountOfThePairAreThrottled() {
        for (int i = 0; i < 3; i++) { // the default pair policy: 3 free failures
            assertThatThrownBy(() -> auth.login("budi", "salah-salah", "10.0.0.9", AuthService.Kind.BEARER))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
        assertThatThrownBy(() -> auth.login("budi", PW, "10.0.0.9", AuthService.Kind.BEARER))
                .as("even the right password waits").isInstanceOf(AuthService.TooManyAttempts.class);
        assertThat(auth.login("budi", PW, "10.0.0.10", AuthService.Kind.BEARER).token())
                .as("another address is not delayed yet").isNotBlank();
    }

    @Test
    void wrongCurrentPasswordsBeyondTheFreeCountAreThrottled() {
        String t = auth.login("budi", PW, "10.0.0.11", AuthService.Kind.BEARER).token();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> auth.changeOwnPassword(auth.verify(t).orElseThrow(), "salah-salah",
                    "Sandi-Baru-2026!", "10.0.0.11")).isInstanceOf(UserService.WrongCurrentPassword.class);
        }
        assertThatThrownBy(() -> auth.changeOwnPassword(auth.verify(t).orElseThrow(), PW, "Sandi-Baru-2026!",
                "10.0.0.11")).isInstanceOf(AuthService.TooManyAttempts.class);
    }
}
