package id.serasan.platform.internal.security;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.internal.PlatformConfig;
import id.serasan.platform.internal.audit.JdbcAuditService;
import id.serasan.platform.internal.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Logins, bearer tokens and portal sessions. A token is 256 random bits handed to the client once and stored only
 * as its SHA-256 hash, with an expiry; logout revokes it. Password guesses (logins, own password changes) are
 * throttled by {@link LoginThrottle}.
 */
@Component(service = AuthService.class, configurationPid = PlatformConfig.PID)
public class AuthService {
    /** BEARER: an API client's token; SESSION: the portal's cookie; APP: a phone app's long-lived bearer token. */
    public enum Kind { BEARER, SESSION, APP }

    /** A freshly issued token; {@code csrfToken} only for sessions. */
    public record Issued(String token, Instant expiresAt, boolean passwordChangeRequired, String csrfToken,
                         UserAccount account) {
    }

    /** A verified token: who holds it and, for sessions, the CSRF token hash to compare against. */
    public record Verified(SerasanPrincipal principal, Kind kind, String csrfHash, String tokenHash) {
    }

    private final Database db;
    private final UserService users;
    private final JdbcAuditService audit;
    private final LoginThrottle throttle;
    private volatile PlatformConfig config;

    @Activate
    public AuthService(@Reference Database db, @Reference UserService users, @Reference JdbcAuditService audit,
                       PlatformConfig config) {
        this.db = db;
        this.users = users;
        this.audit = audit;
        this.throttle = new LoginThrottle(db);
        this.config = config;
    }

    @Modified
    void modified(PlatformConfig config) {
        this.config = config;
    }

    static LoginThrottle.Policy policy(PlatformConfig c) {
        return new LoginThrottle.Policy(Math.max(1, c.pairFailuresBeforeDelay()), c.pairMaxDelaySeconds() * 1000L,
                Math.max(1, c.accountFailuresBeforeDelay()), c.accountMaxDelaySeconds() * 1000L,
                Math.max(1, c.addressFailuresBeforeDelay()), c.addressMaxDelaySeconds() * 1000L,
                Math.max(1, c.failureWindowMinutes()) * 60_000L, Math.max(0, c.knownAddressDays()) * 86_400_000L);
    }

    /**
     * Checks the credentials and issues a token.
     *
     * @throws ProblemException 401 on wrong credentials, 429 while a delay of the account, the address or the pair
     *                          runs (see {@link LoginThrottle})
     */
    public Issued login(String username, String password, String clientAddress, Kind kind) {
        PlatformConfig cfg = config;
        LoginThrottle.Policy policy = policy(cfg);
        long now = System.currentTimeMillis();
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        LoginThrottle.Attempt attempt = throttle.begin(name, clientAddress, now, policy);
        if (!attempt.allowed()) {
            throw new TooManyAttempts(attempt.retryAfterSeconds());
        }
        Optional<UserAccount> account = users.authenticate(name, password);
        if (account.isEmpty()) {
            throttle.failed(name, clientAddress, System.currentTimeMillis(), policy);
            audit.record("anonymous", "auth.login.failed", "user", cut(name), null,
                    java.util.Map.of("address", clientAddress));
            throw new ProblemException(401, "unauthorized", "Login gagal / Login failed",
                    "Nama pengguna atau kata sandi salah / Wrong username or password", null);
        }
        throttle.succeeded(name, clientAddress, System.currentTimeMillis(), policy);
        purgeExpired();
        UserAccount a = account.get();
        String token = Secrets.token();
        String csrf = kind == Kind.SESSION ? Secrets.token() : null;
        Instant expires = Instant.ofEpochMilli(now + (kind == Kind.APP ? cfg.appTokenTtlDays() * 86_400_000L
                : cfg.tokenTtlMinutes() * 60_000L));
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO SERASAN_TOKEN (TOKEN_HASH, USER_ID, KIND, "
                    + "CSRF_HASH, CREATED_AT, EXPIRES_AT, REVOKED) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, Secrets.sha256(token));
                ps.setLong(2, a.id());
                ps.setString(3, kind.name());
                ps.setString(4, csrf == null ? null : Secrets.sha256(csrf));
                ps.setLong(5, now);
                ps.setLong(6, expires.toEpochMilli());
                ps.setBoolean(7, false);
                ps.executeUpdate();
            }
            audit.record(c, a.username(), "auth.login", "user", a.username(), null,
                    java.util.Map.of("kind", kind, "address", clientAddress));
            return null;
        });
        return new Issued(token, expires, a.passwordChangeRequired(), csrf, a);
    }

    /**
     * The caller's own password change: throttled like a login (a wrong current password counts as a failed guess
     * of the account), and on success every other token and session of the account is revoked; the one making the
     * change stays valid.
     *
     * @throws ProblemException 422 when the current password is wrong or the new one weak, 429 while a delay runs
     */
    public void changeOwnPassword(Verified caller, String currentPassword, String newPassword, String clientAddress) {
        new id.serasan.platform.api.Validation().required("currentPassword", currentPassword)
                .required("newPassword", newPassword).maxLength("currentPassword", currentPassword, 200)
                .maxLength("newPassword", newPassword, 200).throwIfInvalid();
        LoginThrottle.Policy policy = policy(config);
        String name = caller.principal().username();
        LoginThrottle.Attempt attempt = throttle.begin(name, clientAddress, System.currentTimeMillis(), policy);
        if (!attempt.allowed()) {
            throw new TooManyAttempts(attempt.retryAfterSeconds());
        }
        try {
            users.changeOwnPassword(name, currentPassword, newPassword, caller.tokenHash());
        } catch (UserService.WrongCurrentPassword e) {
            throttle.failed(name, clientAddress, System.currentTimeMillis(), policy);
            audit.record(name, "auth.password.failed", "user", name, null, java.util.Map.of("address", clientAddress));
            throw e;
        } catch (ProblemException e) {
            throttle.succeeded(name, clientAddress, System.currentTimeMillis(), policy); // the current one was right
            throw e;
        }
        throttle.succeeded(name, clientAddress, System.currentTimeMillis(), policy);
    }

    /** The holder of {@code token} if it is known, unexpired, unrevoked and its account enabled. */
    public Optional<Verified> verify(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token);
        long now = System.currentTimeMillis();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT u.ID, u.USERNAME, u.ROLES, u.NIP, "
                    + "u.MUST_CHANGE_PASSWORD, t.KIND, t.CSRF_HASH FROM SERASAN_TOKEN t JOIN SERASAN_USER u ON u.ID = t.USER_ID "
                    + "WHERE t.TOKEN_HASH = ? AND t.REVOKED = ? AND t.EXPIRES_AT > ? AND u.ENABLED = ?")) {
                ps.setString(1, hash);
                ps.setBoolean(2, false);
                ps.setLong(3, now);
                ps.setBoolean(4, true);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    SerasanPrincipal p = new SerasanPrincipal(rs.getLong(1), rs.getString(2),
                            UserService.decodeRoles(rs.getString(3)), rs.getString(4), rs.getBoolean(5));
                    return Optional.of(new Verified(p, Kind.valueOf(rs.getString(6)), rs.getString(7), hash));
                }
            }
        });
    }

    /** Revokes the token (logout). */
    public void logout(Verified v) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE SERASAN_TOKEN SET REVOKED = ? WHERE TOKEN_HASH = ?")) {
                ps.setBoolean(1, true);
                ps.setString(2, v.tokenHash());
                ps.executeUpdate();
            }
            audit.record(c, v.principal().username(), "auth.logout", "user", v.principal().username(), null,
                    (Object) null);
            return null;
        });
    }

    /** Deletes tokens that expired more than a day ago (run at each successful login; indexed). */
    public int purgeExpired() {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM SERASAN_TOKEN WHERE EXPIRES_AT < ?")) {
                ps.setLong(1, System.currentTimeMillis() - 86_400_000L);
                return ps.executeUpdate();
            }
        });
    }

    private static String cut(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** 429 with a Retry-After header. */
    public static final class TooManyAttempts extends ProblemException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        TooManyAttempts(long retryAfterSeconds) {
            super(429, "too-many-attempts", "Terlalu banyak percobaan / Too many attempts",
                    "Terlalu banyak percobaan kata sandi yang salah; coba lagi dalam " + retryAfterSeconds
                            + " detik / Too many wrong passwords; try again in " + retryAfterSeconds + " seconds", null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
