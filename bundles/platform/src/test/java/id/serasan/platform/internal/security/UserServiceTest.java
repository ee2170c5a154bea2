package id.serasan.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditQuery;
import id.serasan.platform.api.audit.AuditRecord;
import id.serasan.platform.api.event.EventTopics;
import id.serasan.platform.api.security.PersonRegistry;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.internal.PlatformConfig;
import id.serasan.platform.internal.TestPlatform;
import id.serasan.platform.internal.audit.JdbcAuditService;
import id.serasan.platform.internal.db.Database;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Accounts: what is stored, audited and posted; which tokens survive; the rules of update and password changes. */
class UserServiceTest {
    private static final String PW = "Sandi-Kuat-2026!";
    private static final String NIP_SITI = "198609262015051001";
    private static final String NIP_BUDI = "199001012015031002";

    @TempDir
    Path dir;

    private Database db;
    private JdbcAuditService audit;
    private UserService users;
    private AuthService auth;
    private Path adminFile;
    private final List<Event> events = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        db = TestPlatform.database();
        audit = new JdbcAuditService(db);
        PlatformConfig cfg = TestPlatform.config(Map.of());
        adminFile = dir.resolve("data/initial-admin-password");
        users = new UserService(db, audit, cfg, adminFile);
        auth = new AuthService(db, users, audit, cfg);
        Field ea = UserService.class.getDeclaredField("eventAdmin");
        ea.setAccessible(true);
        ea.set(users, new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                throw new AssertionError("synchronous delivery");
            }
        });
    }

    private UserAccount create(String name, String nip, Role... roles) {
        return users.create("admin", name, PW, EnumSet.of(roles[0], roles), nip);
    }

    private List<AuditRecord> trail(String action, String user) {
        return audit.find(new AuditQuery(null, action, "user", user, null, null), 0, 50).items();
    }

    private static List<String> fields(Throwable t, int status) {
        assertThat(t).isInstanceOf(ProblemException.class);
        assertThat(((ProblemException) t).status()).isEqualTo(status);
        return ((ProblemException) t).errors() == null ? List.of()
                : ((ProblemException) t).errors().stream().map(FieldError::field).toList();
    }

    private List<String> topics() {
        return events.stream().map(Event::getTopic).toList();
    }

    private String login(String name, String password) {
        return auth.login(name, password, "10.1.1.1", AuthService.Kind.BEARER).token();
    }

    private int throttleRows(String account) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM SERASAN_LOGIN_THROTTLE WHERE ACCOUNT = ?")) {
                ps.setString(1, account);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Test
    void anAccountIsCreatedEnabledWithItsRolesAuditedAndPosted() {
        UserAccount a = create("siti", NIP_SITI, Role.HR_OPERATOR, Role.EMPLOYEE);
        assertThat(a.username()).isEqualTo("siti");
        assertThat(a.enabled()).isTrue();
        assertThat(a.passwordChangeRequired()).isFalse();
        assertThat(a.nip()).isEqualTo(NIP_SITI);
        assertThat(a.roles()).containsExactly(Role.HR_OPERATOR, Role.EMPLOYEE);
        assertThat(a.createdAt()).isEqualTo(a.updatedAt());
        assertThat(users.find("siti")).contains(a);
        assertThat(users.count()).isEqualTo(1);
        assertThat(users.authenticate("siti", PW)).contains(a);
        List<AuditRecord> r = trail("user.create", "siti");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).actor()).isEqualTo("admin");
        assertThat(r.get(0).before()).isNull();
        assertThat(r.get(0).after()).contains("\"username\":\"siti\"").doesNotContain("pbkdf2");
        assertThat(topics()).containsExactly(EventTopics.topic("platform", "UserCreated"));
        assertThat(events.get(0).getProperty(EventTopics.ACTOR)).isEqualTo("admin");
        assertThat(events.get(0).getProperty(EventTopics.ENTITY_ID)).isEqualTo("siti");
        assertThat(create("budi", "", Role.EMPLOYEE).nip()).as("a blank NIP is no link").isNull();
    }

    @Test
    void creationIsValidatedFieldByField() {
        assertThat(fields(catchThrowable(() -> users.create("admin", "ab", PW, Set.of(Role.EMPLOYEE), null)), 422))
                .containsExactly("username");
        assertThat(fields(catchThrowable(() -> users.create("admin", "Budi", PW, Set.of(Role.EMPLOYEE), null)), 422))
                .containsExactly("username");
        assertThat(fields(catchThrowable(() -> users.create("admin", "budi", null, Set.of(Role.EMPLOYEE), null)), 422))
                .containsExactly("password");
        assertThat(fields(catchThrowable(() -> users.create("admin", "budi", PW, Set.of(), null)), 422))
                .containsExactly("roles");
        assertThat(fields(catchThrowable(() -> users.create("admin", "budi", PW, null, null)), 422))
                .containsExactly("roles");
        assertThat(fields(catchThrowable(() -> users.create("admin", "budi", PW, Set.of(Role.EMPLOYEE), "12345")), 422))
                .containsExactly("nip");
        Throwable weak = catchThrowable(() -> users.create("admin", "budi", "budi-Rahasia-9", Set.of(Role.EMPLOYEE), null));
        assertThat(fields(weak, 422)).containsExactly("password");
        assertThat(((ProblemException) weak).errors().get(0).message())
                .isEqualTo("tidak boleh memuat nama pengguna / must not contain the username");
        assertThat(users.create("admin", "abc", PW, Set.of(Role.EMPLOYEE), null).username()).as("3 characters").isEqualTo("abc");
        assertThat(fields(catchThrowable(() -> create("abc", null, Role.ADMIN)), 409)).isEmpty();
        assertThat(users.count()).isEqualTo(1);
        assertThat(topics()).hasSize(1);
    }

    @Test
    void theFirstAdminGetsAOneTimePasswordInAnOwnerOnlyFile() throws Exception {
        users.createInitialAdmin();
        String password = Files.readString(adminFile);
        assertThat(password).endsWith(System.lineSeparator());
        password = password.strip();
        assertThat(password).matches("([a-zA-Z2-9]{4}-){4}[a-zA-Z2-9]{4}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(adminFile))).isEqualTo("rw-------");
        UserAccount admin = users.authenticate("admin", password).orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.passwordChangeRequired()).isTrue();
        assertThat(trail("user.create", "admin")).extracting(AuditRecord::actor).containsExactly("system");

        users.createInitialAdmin();
        assertThat(Files.readString(adminFile).strip()).as("only once").isEqualTo(password);
        assertThat(users.count()).isEqualTo(1);

        // the one-time password changed: the file goes
        users.changeOwnPassword("admin", password, "Kopi-Pagi-2026!", null);
        assertThat(adminFile).doesNotExist();
        assertThat(users.find("admin").orElseThrow().passwordChangeRequired()).isFalse();
        // a later change leaves a file of that name alone
        Files.writeString(adminFile, "other");
        users.changeOwnPassword("admin", "Kopi-Pagi-2026!", "Teh-Sore-2026!", null);
        assertThat(adminFile).exists();
    }

    @Test
    void noFirstAdminWhenAccountsExistAndAnUnwritableFileIsNoFailure() throws Exception {
        create("budi", null, Role.EMPLOYEE);
        users.createInitialAdmin();
        assertThat(users.find("admin")).isEmpty();
        assertThat(adminFile).doesNotExist();

        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        Database otherDb = TestPlatform.database();
        UserService other = new UserService(otherDb, new JdbcAuditService(otherDb), TestPlatform.config(Map.of()),
                blocker.resolve("initial-admin-password"));
        other.createInitialAdmin();
        assertThat(other.find("admin")).isPresent();
    }

    @Test
    void anotherAccountsOneTimePasswordChangeLeavesTheAdminFileAlone() throws Exception {
        create("budi", null, Role.EMPLOYEE);
        users.resetPassword("admin", "budi", "Sekali-Pakai-2026!", true);
        Files.createDirectories(adminFile.getParent());
        Files.writeString(adminFile, "x");
        users.changeOwnPassword("budi", "Sekali-Pakai-2026!", "Sandi-Baru-2026!", null);
        assertThat(adminFile).exists();
        assertThat(users.find("budi").orElseThrow().passwordChangeRequired()).isFalse();
    }

    @Test
    void listsFilterByNameOrNipAndPage() {
        create("dani", NIP_SITI, Role.EMPLOYEE);
        create("citra", null, Role.EMPLOYEE);
        create("budi", NIP_BUDI, Role.EMPLOYEE);
        Page<UserAccount> first = users.list(null, 0, 2);
        assertThat(first.items()).extracting(UserAccount::username).containsExactly("budi", "citra");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        Page<UserAccount> second = users.list(null, 1, 2);
        assertThat(second.items()).extracting(UserAccount::username).containsExactly("dani");
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.total()).isEqualTo(3);
        Page<UserAccount> byName = users.list("BUD", 0, 10);
        assertThat(byName.items()).extracting(UserAccount::username).containsExactly("budi");
        assertThat(byName.total()).isEqualTo(1);
        assertThat(users.list("20150510", 0, 10).items()).extracting(UserAccount::username).containsExactly("dani");
        assertThat(users.list("I", 0, 1).items()).extracting(UserAccount::username).containsExactly("budi");
        assertThat(users.list("i", 1, 1).items()).extracting(UserAccount::username).containsExactly("citra");
        assertThat(users.list("i", 1, 1).total()).isEqualTo(3);
        assertThat(users.list("%", 0, 10).total()).as("a % is no wildcard of its own").isEqualTo(3);
        assertThat(users.list("zz", 0, 10).total()).isZero();
        assertThat(users.list(null, 0, 10).items().get(0).nip()).isEqualTo(NIP_BUDI);
    }

    @Test
    void disablingRevokesEveryTokenAndIsAuditedAsADisable() {
        create("budi", null, Role.EMPLOYEE);
        String t1 = login("budi", PW);
        String t2 = login("budi", PW);
        events.clear();
        UserAccount off = users.update("admin", "budi", null, null, false);
        assertThat(off.enabled()).isFalse();
        assertThat(off.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(auth.verify(t1)).isEmpty();
        assertThat(auth.verify(t2)).isEmpty();
        assertThat(users.authenticate("budi", PW)).isEmpty();
        assertThat(topics()).containsExactly(EventTopics.topic("platform", "UserDisabled"));
        List<AuditRecord> r = trail("user.disable", "budi");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).actor()).isEqualTo("admin");
        assertThat(r.get(0).before()).contains("\"enabled\":true");
        assertThat(r.get(0).after()).contains("\"enabled\":false");

        users.update("admin", "budi", null, null, false);
        assertThat(trail("user.disable", "budi")).as("already disabled: an update").hasSize(1);
        assertThat(trail("user.update", "budi")).hasSize(1);
        assertThat(users.update("admin", "budi", Set.of(Role.SUPERVISOR), null, null).enabled())
                .as("null keeps the state").isFalse();
        UserAccount on = users.update("admin", "budi", null, null, true);
        assertThat(on.enabled()).isTrue();
        assertThat(on.roles()).containsExactly(Role.SUPERVISOR);
        assertThat(users.authenticate("budi", PW)).isPresent();
        assertThat(auth.verify(t1)).as("re-enabling revives no token").isEmpty();
        assertThat(topics()).endsWith(EventTopics.topic("platform", "UserUpdated"));
        assertThat(trail("user.update", "budi")).hasSize(3);
    }

    @Test
    void changingRolesOrTheLinkKeepsTokensAndStoresTheChange() {
        create("budi", null, Role.EMPLOYEE);
        String t = login("budi", PW);
        UserAccount a = users.update("admin", "budi", EnumSet.of(Role.UNIT_OPERATOR, Role.ADMIN), NIP_BUDI, true);
        assertThat(a.roles()).containsExactly(Role.ADMIN, Role.UNIT_OPERATOR);
        assertThat(a.nip()).isEqualTo(NIP_BUDI);
        assertThat(a.enabled()).isTrue();
        assertThat(users.find("budi")).contains(a);
        AuthService.Verified v = auth.verify(t).orElseThrow();
        assertThat(v.principal().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.UNIT_OPERATOR);
        assertThat(v.principal().nip()).isEqualTo(NIP_BUDI);
        assertThat(users.update("admin", "budi", null, null, null).nip()).as("null keeps the link").isEqualTo(NIP_BUDI);
        List<AuditRecord> r = trail("user.update", "budi");
        assertThat(r).hasSize(2);
        assertThat(r.get(1).before()).contains("\"nip\":null");
        assertThat(r.get(1).after()).contains("\"nip\":\"" + NIP_BUDI + "\"");
    }

    @Test
    void updatesAreValidatedAndGuardTheActorsOwnAccount() {
        create("admin", null, Role.ADMIN);
        create("budi", null, Role.ADMIN);
        assertThat(fields(catchThrowable(() -> users.update("admin", "budi", Set.of(), null, null)), 422))
                .containsExactly("roles");
        assertThat(fields(catchThrowable(() -> users.update("admin", "budi", null, "123", null)), 422))
                .containsExactly("nip");
        assertThat(fields(catchThrowable(() -> users.update("admin", "admin", null, null, false)), 409)).isEmpty();
        assertThat(fields(catchThrowable(() -> users.update("admin", "admin", Set.of(Role.EMPLOYEE), null, null)), 409)).isEmpty();
        assertThat(fields(catchThrowable(() -> users.update("admin", "nobody", null, null, null)), 404)).isEmpty();
        assertThat(users.find("admin").orElseThrow().enabled()).isTrue();
        assertThat(users.find("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(users.update("admin", "admin", EnumSet.of(Role.ADMIN, Role.EMPLOYEE), null, true).roles())
                .as("keeping one's ADMIN").containsExactly(Role.ADMIN, Role.EMPLOYEE);
        assertThat(users.update("admin", "budi", Set.of(Role.EMPLOYEE), null, false).roles())
                .as("another admin's role and state").containsExactly(Role.EMPLOYEE);
        assertThat(users.update("budi", "admin", null, null, null).enabled()).isTrue();
    }

    @Test
    void onlyANewLinkAsksTheRegistry() {
        List<String> asked = new ArrayList<>();
        PersonRegistry registry = nip -> {
            asked.add(nip);
            return NIP_SITI.equals(nip);
        };
        create("siti", NIP_SITI, Role.EMPLOYEE);
        users.bindRegistry(registry);
        users.update("admin", "siti", null, NIP_SITI, null);
        users.update("admin", "siti", null, "", null);
        assertThat(asked).as("keeping or dropping a link").isEmpty();
        users.update("admin", "siti", null, NIP_SITI, null);
        assertThat(asked).containsExactly(NIP_SITI);
        assertThat(fields(catchThrowable(() -> users.update("admin", "nobody", null, NIP_BUDI, null)), 422))
                .containsExactly("nip");
        users.unbindRegistry(nip -> true);
        assertThat(fields(catchThrowable(() -> users.update("admin", "siti", null, NIP_BUDI, null)), 422))
                .as("another registry's unbinding keeps this one").containsExactly("nip");
        users.unbindRegistry(registry);
        assertThat(users.update("admin", "siti", null, NIP_BUDI, null).nip()).isEqualTo(NIP_BUDI);
    }

    @Test
    void aTakenNipNamesTheOtherAccountWhenKnown() {
        ProblemException e = UserService.nipTaken(NIP_SITI, "siti");
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.type()).isEqualTo("nip-taken");
        assertThat(e.detail()).isEqualTo("NIP " + NIP_SITI + " sudah tertaut ke akun lain / NIP " + NIP_SITI
                + " is already linked to another account (siti)");
        assertThat(UserService.nipTaken(NIP_SITI, null).detail()).endsWith("linked to another account");
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("nip");
        create("siti", NIP_SITI, Role.EMPLOYEE);
        Throwable taken = catchThrowable(() -> create("budi", NIP_SITI, Role.EMPLOYEE));
        assertThat(((ProblemException) taken).detail()).endsWith("(siti)");
    }

    @Test
    void rolesAreStoredSortedAndReadLeniently() {
        assertThat(UserService.encodeRoles(EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.EMPLOYEE)))
                .isEqualTo("ADMIN,EMPLOYEE,SUPERVISOR");
        assertThat(UserService.decodeRoles(" ADMIN , EMPLOYEE ")).containsExactly(Role.ADMIN, Role.EMPLOYEE);
        assertThat(UserService.decodeRoles("HR_OPERATOR")).containsExactly(Role.HR_OPERATOR);
        assertThat(UserService.decodeRoles(null)).isEmpty();
        assertThat(UserService.decodeRoles("")).isEmpty();
        assertThat(UserService.decodeRoles("  ")).isEmpty();
    }

    @Test
    void authenticationNeedsAnEnabledAccountAndTheRightPassword() {
        create("budi", null, Role.EMPLOYEE);
        assertThat(users.authenticate("budi", "salah-salah")).isEmpty();
        assertThat(users.authenticate(null, PW)).isEmpty();
        assertThat(users.authenticate("budi", null)).isEmpty();
        assertThat(users.authenticate("nobody", PW)).isEmpty();
    }

    @Test
    void anOwnPasswordChangeKeepsOnlyTheCallersToken() {
        create("budi", null, Role.EMPLOYEE);
        create("siti", null, Role.EMPLOYEE);
        String keep = login("budi", PW);
        String other = login("budi", PW);
        String sitis = login("siti", PW);
        users.changeOwnPassword("budi", PW, "Sandi-Baru-2026!", Secrets.sha256(keep));
        assertThat(auth.verify(keep)).isPresent();
        assertThat(auth.verify(other)).isEmpty();
        assertThat(auth.verify(sitis)).as("another account's").isPresent();
        assertThat(users.authenticate("budi", "Sandi-Baru-2026!")).isPresent();
        assertThat(users.authenticate("budi", PW)).isEmpty();
        List<AuditRecord> r = trail("user.password", "budi");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).actor()).isEqualTo("budi");

        users.changeOwnPassword("budi", "Sandi-Baru-2026!", "Sandi-Lagi-2026!", null);
        assertThat(auth.verify(keep)).as("null keeps none").isEmpty();
    }

    @Test
    void anOwnPasswordChangeIsValidated() {
        create("budi", null, Role.EMPLOYEE);
        assertThat(fields(catchThrowable(() -> users.changeOwnPassword("budi", null, "Sandi-Baru-2026!", null)), 422))
                .containsExactly("currentPassword");
        assertThat(fields(catchThrowable(() -> users.changeOwnPassword("budi", PW, null, null)), 422))
                .containsExactly("newPassword");
        assertThat(catchThrowable(() -> users.changeOwnPassword("budi", "salah-salah", "Sandi-Baru-2026!", null)))
                .isInstanceOf(UserService.WrongCurrentPassword.class);
        Throwable same = catchThrowable(() -> users.changeOwnPassword("budi", PW, PW, null));
        assertThat(fields(same, 422)).containsExactly("newPassword");
        assertThat(((ProblemException) same).errors().get(0).message()).startsWith("harus berbeda");
        Throwable weak = catchThrowable(() -> users.changeOwnPassword("budi", PW, "pendek", null));
        assertThat(fields(weak, 422)).containsExactly("newPassword");
        assertThat(((ProblemException) weak).errors().get(0).message()).isEqualTo("minimal 10 karakter / at least 10 characters");
        assertThat(users.authenticate("budi", PW)).as("unchanged").isPresent();
        assertThat(trail("user.password", "budi")).isEmpty();
    }

    @Test
    void aResetRevokesEveryTokenClearsTheThrottleAndSetsTheMark() {
        create("budi", null, Role.EMPLOYEE);
        create("siti", null, Role.EMPLOYEE);
        String t = login("budi", PW);
        String sitis = login("siti", PW);
        assertThatThrownBy(() -> auth.login("siti", "salah-salah", "10.2.2.2", AuthService.Kind.BEARER))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> auth.login("budi", "salah-salah", "10.2.2.2", AuthService.Kind.BEARER))
                .isInstanceOf(ProblemException.class);
        assertThat(throttleRows("budi")).isPositive();
        users.resetPassword("console", "budi", "Sandi-Reset-2026!", true);
        assertThat(auth.verify(t)).isEmpty();
        assertThat(auth.verify(sitis)).isPresent();
        assertThat(throttleRows("budi")).isZero();
        assertThat(throttleRows("siti")).isPositive();
        UserAccount b = users.authenticate("budi", "Sandi-Reset-2026!").orElseThrow();
        assertThat(b.passwordChangeRequired()).isTrue();
        List<AuditRecord> r = trail("user.password", "budi");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).actor()).isEqualTo("console");
        assertThat(r.get(0).before()).contains("\"passwordChangeRequired\":false");
        assertThat(r.get(0).after()).contains("\"passwordChangeRequired\":true");
        users.resetPassword("console", "budi", "Sandi-Lagi-2026!", false);
        assertThat(users.find("budi").orElseThrow().passwordChangeRequired()).isFalse();

        Throwable weak = catchThrowable(() -> users.resetPassword("console", "budi", "pendek", false));
        assertThat(fields(weak, 422)).containsExactly("password");
        assertThat(fields(catchThrowable(() -> users.resetPassword("console", "nobody", "Sandi-Lagi-2026!", false)), 404))
                .isEmpty();
    }
}
