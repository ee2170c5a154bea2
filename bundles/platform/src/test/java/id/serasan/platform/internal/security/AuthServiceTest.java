package id.serasan.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.internal.PlatformConfig;
import id.serasan.platform.internal.TestPlatform;
import id.serasan.platform.internal.audit.JdbcAuditService;
import id.serasan.platform.internal.db.Database;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logins, own password changes and their throttling, on a real (in-memory) Derby database. */
class AuthServiceTest {
    private static final String PW = "Sandi-Lama-2026!";

    @TempDir
    Path dir;

    private AuthService auth;
    private UserService users;

    @BeforeEach
    void setUp() {
        Database db = TestPlatform.database();
        JdbcAuditService audit = new JdbcAuditService(db);
        PlatformConfig cfg = TestPlatform.config(Map.of());
        users = new UserService(db, audit, cfg, dir.resolve("initial-admin-password"));
        auth = new AuthService(db, users, audit, cfg);
        users.create("test", "budi", PW, EnumSet.of(Role.EMPLOYEE), null);
    }

    private AuthService.Verified verified(String token) {
        return auth.verify(token).orElseThrow();
    }

    @Test
    void changingOnesOwnPasswordRevokesEveryOtherTokenButKeepsTheCurrentOne() {
        String phone = auth.login("budi", PW, "10.0.0.1", AuthService.Kind.BEARER).token();
        String portal = auth.login("budi", PW, "10.0.0.2", AuthService.Kind.SESSION).token();
        String laptop = auth.login("budi", PW, "10.0.0.3", AuthService.Kind.BEARER).token();

        auth.changeOwnPassword(verified(laptop), PW, "Sandi-Baru-2026!", "10.0.0.3");

        assertThat(auth.verify(laptop)).as("the token that made the change").isPresent();
        assertThat(auth.verify(phone)).as("another token").isEmpty();
        assertThat(auth.verify(portal)).as("a portal session").isEmpty();
        assertThat(auth.login("budi", "Sandi-Baru-2026!", "10.0.0.1", AuthService.Kind.BEARER).token()).isNotBlank();
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLogins() {
        String token = auth.login("budi", PW, "10.0.0.1", AuthService.Kind.BEARER).token();
        for (int i = 0; i < 3; i++) {
            int n = i;
            assertThatThrownBy(() -> auth.changeOwnPassword(verified(token), "tebakan-" + n, "Sandi-Baru-2026!", "10.0.0.1"))
                    .isInstanceOf(UserService.WrongCurrentPassword.class);
        }
        assertThatThrownBy(() -> auth.changeOwnPassword(verified(token), PW, "Sandi-Baru-2026!", "10.0.0.1"))
                .as("even the right one, while the delay runs")
                .isInstanceOfSatisfying(AuthService.TooManyAttempts.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isPositive();
                });
        assertThatThrownBy(() -> auth.login("budi", PW, "10.0.0.1", AuthService.Kind.BEARER))
                .as("the same counter as logins").isInstanceOf(AuthService.TooManyAttempts.class);
    }

    @Test
    void failedLoginsSlowThePairButNotTheOwnerElsewhereAndAResetClearsThem() {
        for (int i = 0; i < 3; i++) {
            int n = i;
            assertThatThrownBy(() -> auth.login("budi", "tebakan-" + n, "10.0.0.66", AuthService.Kind.BEARER))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
        assertThatThrownBy(() -> auth.login("budi", PW, "10.0.0.66", AuthService.Kind.BEARER))
                .isInstanceOf(AuthService.TooManyAttempts.class);
        assertThat(auth.login("budi", PW, "10.0.0.7", AuthService.Kind.BEARER).token())
                .as("another address is not locked out").isNotBlank();
        users.resetPassword("console", "budi", "Sandi-Reset-2026!", false);
        assertThat(auth.login("budi", "Sandi-Reset-2026!", "10.0.0.66", AuthService.Kind.BEARER).token())
                .as("serasan:user-passwd clears the account's throttle").isNotBlank();
    }
}
