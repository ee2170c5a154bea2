package id.serasan.platform.internal.security;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.Validation;
import id.serasan.platform.api.event.EventTopics;
import id.serasan.platform.api.security.PersonRegistry;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.internal.PlatformConfig;
import id.serasan.platform.internal.audit.JdbcAuditService;
import id.serasan.platform.internal.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts: creation, roles, passwords, enabling and disabling. On first start with an empty database it creates
 * the one ADMIN {@code admin} with a random one-time password written to
 * {@code ${karaf.data}/serasan/initial-admin-password} (mode 600).
 */
@Component(service = UserService.class, configurationPid = PlatformConfig.PID)
@Designate(ocd = PlatformConfig.class)
public class UserService {
    public static final String INITIAL_ADMIN = "admin";
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final Pattern NIP = Pattern.compile("\\d{18}");
    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);
    private static final String COLUMNS = "ID, USERNAME, ROLES, NIP, ENABLED, MUST_CHANGE_PASSWORD, CREATED_AT, UPDATED_AT";

    private final Database db;
    private final JdbcAuditService audit;
    private final Path initialPasswordFile;
    private volatile PasswordHasher hasher;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    /** Who exists (the personnel module), when installed; checks every NIP being linked. */
    private volatile PersonRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRegistry(PersonRegistry r) {
        registry = r;
    }

    void unbindRegistry(PersonRegistry r) {
        if (registry == r) {
            registry = null;
        }
    }

    @Activate
    public UserService(@Reference Database db, @Reference JdbcAuditService audit, PlatformConfig config) {
        this(db, audit, config, Paths.get(System.getProperty("karaf.data", "data"), "serasan", "initial-admin-password"));
        createInitialAdmin();
    }

    UserService(Database db, JdbcAuditService audit, PlatformConfig config, Path initialPasswordFile) {
        this.db = db;
        this.audit = audit;
        this.initialPasswordFile = initialPasswordFile;
        this.hasher = new PasswordHasher(config.pbkdf2Iterations());
    }

    @Modified
    void modified(PlatformConfig config) {
        this.hasher = new PasswordHasher(config.pbkdf2Iterations());
    }

    PasswordHasher hasher() {
        return hasher;
    }

    public Path initialPasswordFile() {
        return initialPasswordFile;
    }

    /** Creates {@code admin} with a one-time password when there is no account at all. */
    void createInitialAdmin() {
        if (count() > 0) {
            return;
        }
        String password = Secrets.password(5);
        try {
            insert("system", INITIAL_ADMIN, password, EnumSet.of(Role.ADMIN), null, true);
        } catch (ProblemException e) {
            return; // another node created it at the same moment
        }
        try {
            Secrets.writeOwnerOnly(initialPasswordFile, password + System.lineSeparator(), false);
            LOG.warn("Created the first account '{}' with a one-time password written to {} "
                    + "(read it, log in, change the password; the file is then deleted)", INITIAL_ADMIN, initialPasswordFile);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.error("Could not write the initial admin password file {}; reset the password with "
                    + "serasan:user-passwd admin", initialPasswordFile, e);
        }
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM SERASAN_USER");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public UserAccount create(String actor, String username, String password, Set<Role> roles, String nip) {
        Validation v = new Validation();
        v.required("username", username)
                .matches("username", username, USERNAME,
                        "3-64 huruf kecil, angka, titik, garis bawah atau strip / 3-64 lower-case letters, digits, '.', '_' or '-'")
                .required("password", password)
                .check(roles != null && !roles.isEmpty(), "roles", "minimal satu peran / at least one role")
                .matches("nip", nip, NIP, "NIP terdiri dari 18 angka / a NIP has 18 digits");
        if (password != null) {
            PasswordPolicy.weakness(username, password).ifPresent(w -> v.check(false, "password", w));
        }
        v.throwIfInvalid();
        checkPersonExists(nip);
        return insert(actor, username, password, roles, nip == null || nip.isBlank() ? null : nip, false);
    }

    /**
     * 422 on {@code nip} when a person registry is installed and does not know the NIP. Without a registry (the
     * personnel module is not installed, or is being updated) the link is taken as given: it means nothing to any
     * module until personnel is there, and every link is still unique.
     */
    void checkPersonExists(String nip) {
        if (nip == null || nip.isBlank()) {
            return;
        }
        PersonRegistry r = registry;
        if (r != null && !r.exists(nip)) {
            throw ProblemException.invalid(List.of(new FieldError("nip",
                    "tidak ada pegawai dengan NIP ini / no employee has this NIP")));
        }
    }

    /** 409 on {@code nip}: the NIP is linked to another account already. */
    static ProblemException nipTaken(String nip, String other) {
        return new ProblemException(409, "nip-taken", "Konflik / Conflict",
                "NIP " + nip + " sudah tertaut ke akun lain / NIP " + nip + " is already linked to another account"
                        + (other == null ? "" : " (" + other + ")"),
                List.of(new FieldError("nip", "sudah tertaut ke akun lain / already linked to another account")));
    }

    /** The account (other than {@code username}) linked to {@code nip}, if any. */
    private static Optional<String> linkedTo(Connection c, String nip, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT USERNAME FROM SERASAN_USER WHERE NIP = ? AND USERNAME <> ?")) {
            ps.setString(1, nip);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** A unique-key violation of the one-account-per-NIP constraint (a concurrent link won). */
    private static boolean nipConstraint(SQLException e) {
        return "23505".equals(e.getSQLState()) && String.valueOf(e.getMessage()).toUpperCase(java.util.Locale.ROOT)
                .contains("UQ_SERASAN_USER_NIP");
    }

    private UserAccount insert(String actor, String username, String password, Set<Role> roles, String nip,
                               boolean mustChange) {
        String hash = hasher.hash(password.toCharArray());
        long now = System.currentTimeMillis();
        UserAccount created = db.tx(c -> {
            if (findRow(c, username).isPresent()) {
                throw ProblemException.conflict("Nama pengguna sudah dipakai / Username already taken: " + username);
            }
            if (nip != null) {
                Optional<String> other = linkedTo(c, nip, username);
                if (other.isPresent()) {
                    throw nipTaken(nip, other.get());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO SERASAN_USER (USERNAME, PASSWORD_HASH, ROLES, NIP, "
                    + "ENABLED, MUST_CHANGE_PASSWORD, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, username);
                ps.setString(2, hash);
                ps.setString(3, encodeRoles(roles));
                ps.setString(4, nip);
                ps.setBoolean(5, true);
                ps.setBoolean(6, mustChange);
                ps.setLong(7, now);
                ps.setLong(8, now);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (nipConstraint(e)) {
                    throw nipTaken(nip, null);
                }
                if ("23505".equals(e.getSQLState())) {
                    throw ProblemException.conflict("Nama pengguna sudah dipakai / Username already taken: " + username);
                }
                throw e;
            }
            UserAccount a = findRow(c, username).orElseThrow().account();
            audit.record(c, actor, "user.create", "user", username, null, a);
            return a;
        });
        post("UserCreated", actor, username);
        return created;
    }

    public Optional<UserAccount> find(String username) {
        return db.read(c -> findRow(c, username).map(Row::account));
    }

    public Page<UserAccount> list(String query, int page, int size) {
        String q = query == null ? null : "%" + query.toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
        return db.read(c -> {
            String where = q == null ? "" : " WHERE LOWER(USERNAME) LIKE ? OR NIP LIKE ?";
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM SERASAN_USER" + where)) {
                if (q != null) {
                    ps.setString(1, q);
                    ps.setString(2, q);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<UserAccount> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", PASSWORD_HASH FROM SERASAN_USER" + where
                    + " ORDER BY USERNAME OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = 1;
                if (q != null) {
                    ps.setString(i++, q);
                    ps.setString(i++, q);
                }
                ps.setLong(i++, (long) page * size);
                ps.setInt(i, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(row(rs).account());
                    }
                }
            }
            return new Page<>(items, page, size, total);
        });
    }

    /**
     * Checks a login. Runs a hash even for unknown or disabled accounts, so timing does not tell which accounts
     * exist.
     */
    public Optional<UserAccount> authenticate(String username, String password) {
        Optional<Row> row = username == null ? Optional.empty() : db.read(c -> findRow(c, username));
        String hash = row.map(Row::passwordHash).orElse(DUMMY_HASH);
        boolean ok = hasher.verify(password == null ? new char[0] : password.toCharArray(), hash);
        if (ok && row.isPresent() && row.get().account().enabled()) {
            return Optional.of(row.get().account());
        }
        return Optional.empty();
    }

    private static final String DUMMY_HASH = new PasswordHasher(PasswordHasher.MIN_ITERATIONS).hash("x".toCharArray());

    /** 422: the current password given for an own password change is wrong (counted as a failed guess). */
    public static final class WrongCurrentPassword extends ProblemException {
        private static final long serialVersionUID = 1L;

        WrongCurrentPassword() {
            super(422, "validation", "Data tidak valid / Validation failed",
                    "Kata sandi saat ini salah / The current password is wrong",
                    List.of(new FieldError("currentPassword", "salah / wrong")));
        }
    }

    /**
     * The account's own password change; clears the one-time-password mark, removes the initial file and revokes
     * every token and session of the account except {@code keepTokenHash} (the caller's own; null revokes all).
     * Throttling is the caller's business ({@link AuthService#changeOwnPassword}).
     *
     * @throws WrongCurrentPassword when {@code currentPassword} is wrong
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String keepTokenHash) {
        Validation v = new Validation();
        v.required("currentPassword", currentPassword).required("newPassword", newPassword);
        v.throwIfInvalid();
        if (authenticate(username, currentPassword).isEmpty()) {
            throw new WrongCurrentPassword();
        }
        if (newPassword.equals(currentPassword)) {
            throw ProblemException.invalid(List.of(new FieldError("newPassword",
                    "harus berbeda dari kata sandi saat ini / must differ from the current password")));
        }
        PasswordPolicy.weakness(username, newPassword).ifPresent(w -> {
            throw ProblemException.invalid(List.of(new FieldError("newPassword", w)));
        });
        boolean wasOneTime = updatePassword(username, username, newPassword, false, c -> revokeAllBut(c, username,
                keepTokenHash));
        if (wasOneTime && INITIAL_ADMIN.equals(username)) {
            try {
                Files.deleteIfExists(initialPasswordFile);
                LOG.info("Initial admin password changed; {} deleted", initialPasswordFile);
            } catch (IOException e) {
                LOG.error("Could not delete {}", initialPasswordFile, e);
            }
        }
    }

    /**
     * Sets a password chosen by an administrator (console or REST); revokes the account's tokens and clears its
     * login throttling (the way back for an account whose guesses are being slowed).
     */
    public void resetPassword(String actor, String username, String newPassword, boolean mustChange) {
        PasswordPolicy.weakness(username, newPassword).ifPresent(w -> {
            throw ProblemException.invalid(List.of(new FieldError("password", w)));
        });
        updatePassword(actor, username, newPassword, mustChange, c -> {
            findRow(c, username).ifPresent(r -> {
                try {
                    revokeAll(c, r.account().id());
                } catch (SQLException e) {
                    throw new Database.DatabaseException(e);
                }
            });
            LoginThrottle.clearAccount(c, username);
        });
    }

    /** Extra work in the password change's transaction. */
    private interface AfterChange {
        void run(Connection c) throws SQLException;
    }

    private boolean updatePassword(String actor, String username, String newPassword, boolean mustChange,
                                   AfterChange after) {
        String hash = hasher.hash(newPassword.toCharArray());
        return db.tx(c -> {
            Row before = findRow(c, username).orElseThrow(() -> ProblemException.notFound("Pengguna tidak ditemukan / No such user: " + username));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE SERASAN_USER SET PASSWORD_HASH = ?, MUST_CHANGE_PASSWORD = ?, UPDATED_AT = ? WHERE ID = ?")) {
                ps.setString(1, hash);
                ps.setBoolean(2, mustChange);
                ps.setLong(3, System.currentTimeMillis());
                ps.setLong(4, before.account().id());
                ps.executeUpdate();
            }
            after.run(c);
            UserAccount a = findRow(c, username).orElseThrow().account();
            audit.record(c, actor, "user.password", "user", username, before.account(), a);
            return before.account().passwordChangeRequired();
        });
    }

    /** Revokes the account's tokens and sessions except the one with {@code keepTokenHash} (null: all). */
    private static void revokeAllBut(Connection c, String username, String keepTokenHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE SERASAN_TOKEN SET REVOKED = ? WHERE USER_ID = "
                + "(SELECT ID FROM SERASAN_USER WHERE USERNAME = ?) AND TOKEN_HASH <> ?")) {
            ps.setBoolean(1, true);
            ps.setString(2, username);
            ps.setString(3, keepTokenHash == null ? "" : keepTokenHash);
            ps.executeUpdate();
        }
    }

    /** Changes roles, NIP link and enabled state; a null argument leaves that field alone. */
    public UserAccount update(String actor, String username, Set<Role> roles, String nip, Boolean enabled) {
        Validation v = new Validation();
        v.check(roles == null || !roles.isEmpty(), "roles", "minimal satu peran / at least one role")
                .matches("nip", nip, NIP, "NIP terdiri dari 18 angka / a NIP has 18 digits");
        v.throwIfInvalid();
        if (actor.equals(username) && Boolean.FALSE.equals(enabled)) {
            throw ProblemException.conflict("Tidak dapat menonaktifkan akun sendiri / You cannot disable your own account");
        }
        if (nip != null && !nip.isBlank() && !find(username).map(a -> nip.equals(a.nip())).orElse(false)) {
            checkPersonExists(nip); // a new link; keeping the current one needs no check
        }
        UserAccount result = db.tx(c -> {
            Row before = findRow(c, username).orElseThrow(() -> ProblemException.notFound("Pengguna tidak ditemukan / No such user: " + username));
            UserAccount b = before.account();
            Set<Role> newRoles = roles == null ? b.roles() : roles;
            if (actor.equals(username) && b.roles().contains(Role.ADMIN) && !newRoles.contains(Role.ADMIN)) {
                throw ProblemException.conflict("Tidak dapat mencabut peran ADMIN sendiri / You cannot remove your own ADMIN role");
            }
            String newNip = nip == null ? b.nip() : (nip.isBlank() ? null : nip);
            if (newNip != null && !newNip.equals(b.nip())) {
                Optional<String> other = linkedTo(c, newNip, username);
                if (other.isPresent()) {
                    throw nipTaken(newNip, other.get());
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE SERASAN_USER SET ROLES = ?, NIP = ?, ENABLED = ?, UPDATED_AT = ? WHERE ID = ?")) {
                ps.setString(1, encodeRoles(newRoles));
                ps.setString(2, newNip);
                ps.setBoolean(3, enabled == null ? b.enabled() : enabled);
                ps.setLong(4, System.currentTimeMillis());
                ps.setLong(5, b.id());
                ps.executeUpdate();
            } catch (SQLException e) {
                if (nipConstraint(e)) {
                    throw nipTaken(newNip, null);
                }
                throw e;
            }
            if (Boolean.FALSE.equals(enabled)) {
                revokeAll(c, b.id());
            }
            UserAccount a = findRow(c, username).orElseThrow().account();
            audit.record(c, actor, Boolean.FALSE.equals(enabled) && b.enabled() ? "user.disable" : "user.update",
                    "user", username, b, a);
            return a;
        });
        post(Boolean.FALSE.equals(enabled) ? "UserDisabled" : "UserUpdated", actor, username);
        return result;
    }

    private static void revokeAll(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE SERASAN_TOKEN SET REVOKED = ? WHERE USER_ID = ?")) {
            ps.setBoolean(1, true);
            ps.setLong(2, userId);
            ps.executeUpdate();
        }
    }

    private void post(String event, String actor, String username) {
        EventAdmin ea = eventAdmin;
        if (ea != null) {
            ea.postEvent(new Event(EventTopics.topic("platform", event), Map.of(EventTopics.ACTOR, actor,
                    EventTopics.ENTITY_ID, username, EventTopics.AT, Instant.now().toString())));
        }
    }

    /** A stored account with its hash. */
    record Row(UserAccount account, String passwordHash) {
    }

    static Optional<Row> findRow(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + ", PASSWORD_HASH FROM SERASAN_USER WHERE USERNAME = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    static Row row(ResultSet rs) throws SQLException {
        return new Row(new UserAccount(rs.getLong(1), rs.getString(2), decodeRoles(rs.getString(3)), rs.getString(4),
                rs.getBoolean(5), rs.getBoolean(6), Instant.ofEpochMilli(rs.getLong(7)),
                Instant.ofEpochMilli(rs.getLong(8))), rs.getString(9));
    }

    static String encodeRoles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> decodeRoles(String roles) {
        EnumSet<Role> out = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(String::trim).forEach(r -> out.add(Role.valueOf(r)));
        }
        return out;
    }
}
