package id.serasan.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.PersonRegistry;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.internal.TestPlatform;
import id.serasan.platform.internal.audit.JdbcAuditService;
import id.serasan.platform.internal.db.Database;
import id.serasan.platform.internal.db.Migrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts linked to NIPs: a NIP the person registry does not know is refused, and one NIP links one account. */
class NipLinkTest {
    static final String SITI = "198609262015051001";
    static final String BUDI = "199001012015031002";
    static final String NOBODY = "199912312020121001";

    @TempDir
    Path dir;

    private Database db;
    private UserService users;

    @BeforeEach
    void setUp() {
        db = TestPlatform.database();
        users = new UserService(db, new JdbcAuditService(db), TestPlatform.config(Map.of()), dir.resolve("pw"));
    }

    private static FieldError nipError(Throwable t, int status) {
        assertThat(t).isInstanceOf(ProblemException.class);
        ProblemException p = (ProblemException) t;
        assertThat(p.status()).isEqualTo(status);
        assertThat(p.errors()).extracting(FieldError::field).containsExactly("nip");
        return p.errors().get(0);
    }

    private UserAccount create(String name, String nip) {
        return users.create("admin", name, "Sandi-Kuat-2026!", EnumSet.of(Role.EMPLOYEE), nip);
    }

    @Test
    void withARegistryOnlyKnownNipsCanBeLinked() {
        PersonRegistry personnel = Set.of(SITI, BUDI)::contains;
        users.bindRegistry(personnel);
        assertThat(create("siti", SITI).nip()).isEqualTo(SITI);
        Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(() -> create("hantu", NOBODY));
        assertThat(nipError(unknown, 422).message()).isEqualTo("tidak ada pegawai dengan NIP ini / no employee has this NIP");
        assertThat(users.find("hantu")).as("nothing created").isEmpty();
        create("budi", null);
        nipError(org.assertj.core.api.Assertions.catchThrowable(() -> users.update("admin", "budi", null, NOBODY, null)), 422);
        assertThat(users.update("admin", "budi", null, BUDI, null).nip()).isEqualTo(BUDI);
        users.unbindRegistry(personnel);
    }

    @Test
    void withoutARegistryLinksAreTakenAsGivenButStillUnique() {
        assertThat(create("siti", NOBODY).nip()).isEqualTo(NOBODY);
        Throwable twice = org.assertj.core.api.Assertions.catchThrowable(() -> create("siti2", NOBODY));
        assertThat(nipError(twice, 409).message()).contains("already linked to another account");
        assertThat(users.find("siti2")).isEmpty();
    }

    @Test
    void oneNipLinksOneAccountOnCreateAndOnUpdate() {
        users.bindRegistry(Set.of(SITI, BUDI)::contains);
        create("siti", SITI);
        create("budi", BUDI);
        create("tanpa.nip.1", null);
        create("tanpa.nip.2", "");
        nipError(org.assertj.core.api.Assertions.catchThrowable(() -> create("siti.lagi", SITI)), 409);
        nipError(org.assertj.core.api.Assertions.catchThrowable(() -> users.update("admin", "budi", null, SITI, null)), 409);
        assertThat(users.update("admin", "siti", null, SITI, null).nip()).as("keeping one's own link").isEqualTo(SITI);
        assertThat(users.update("admin", "siti", null, "", null).nip()).as("unlinked").isNull();
        assertThat(users.update("admin", "budi", null, SITI, null).nip()).as("now free").isEqualTo(SITI);
    }

    @Test
    void theDatabaseRefusesASecondAccountForOneNip() throws Exception {
        create("siti", SITI);
        create("budi", null);
        assertThatThrownBy(() -> db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE SERASAN_USER SET NIP = ? WHERE USERNAME = ?")) {
                ps.setString(1, SITI);
                ps.setString(2, "budi");
                return ps.executeUpdate();
            }
        })).isInstanceOf(Database.DatabaseException.class).hasMessageContaining("UQ_SERASAN_USER_NIP");
    }

    /** V4 on a database from before: duplicate links are resolved (the oldest account keeps it), then enforced. */
    @Test
    void theMigrationKeepsTheOldestLinkOfADuplicatedNip() throws Exception {
        EmbeddedDataSource ds = TestPlatform.derby();
        Map<Integer, Migrator.Script> all = TestPlatform.platformScripts();
        Map<Integer, Migrator.Script> upToV3 = new TreeMap<>(all);
        upToV3.keySet().removeIf(v -> v > 3);
        new Migrator(ds).migrate("platform", upToV3, Map.of());
        try (Connection c = ds.getConnection()) {
            for (String[] u : new String[][] {{"pertama", SITI}, {"kedua", SITI}, {"ketiga", ""}, {"keempat", ""}, {"kelima", BUDI}}) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO SERASAN_USER (USERNAME, PASSWORD_HASH, ROLES, NIP, "
                        + "ENABLED, MUST_CHANGE_PASSWORD, CREATED_AT, UPDATED_AT) VALUES (?, 'x', 'EMPLOYEE', ?, TRUE, FALSE, 0, 0)")) {
                    ps.setString(1, u[0]);
                    ps.setString(2, u[1]);
                    ps.executeUpdate();
                }
            }
        }
        assertThat(new Migrator(ds).migrate("platform", all, Map.of())).contains(4);
        Map<String, String> links = new TreeMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT USERNAME, NIP FROM SERASAN_USER");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                links.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(links).containsEntry("pertama", SITI).containsEntry("kedua", null).containsEntry("ketiga", null)
                .containsEntry("keempat", null).containsEntry("kelima", BUDI);
    }
}
