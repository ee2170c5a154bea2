package id.serasan.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.api.persistence.MigrationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Migrations against a real (in-memory) Derby database. */
class MigratorTest {
    private EmbeddedDataSource ds;
    private Migrator migrator;

    private static final Migrator.Script V1 = new Migrator.Script(1, "people",
            "-- first version\nCREATE TABLE PERSON (\n  ID INTEGER PRIMARY KEY,\n  NAME VARCHAR(50) NOT NULL\n);\n");
    private static final Migrator.Script V2 = new Migrator.Script(2, "add phone",
            "ALTER TABLE PERSON ADD COLUMN PHONE VARCHAR(20);\nUPDATE PERSON SET PHONE = '-';\n");

    @BeforeEach
    void setUp() {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        migrator = new Migrator(ds);
    }

    private static Map<Integer, Migrator.Script> scripts(Migrator.Script... s) {
        Map<Integer, Migrator.Script> m = new TreeMap<>();
        for (Migrator.Script x : s) {
            m.put(x.version(), x);
        }
        return m;
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void aDatabaseMadeByAnOlderVersionUpgradesWithItsDataIntact() throws Exception {
        assertThat(migrator.migrate("people", scripts(V1), Map.of())).containsExactly(1);
        exec("INSERT INTO PERSON (ID, NAME) VALUES (1, 'Siti')");

        assertThat(migrator.migrate("people", scripts(V1, V2), Map.of())).containsExactly(2);

        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT NAME, PHONE FROM PERSON WHERE ID = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Siti");
            assertThat(rs.getString(2)).isEqualTo("-");
        }
        assertThat(migrator.currentVersion("people")).isEqualTo(2);
        assertThat(migrator.migrate("people", scripts(V1, V2), Map.of())).as("nothing left to do").isEmpty();
    }

    @Test
    void modulesHaveSeparateHistories() {
        migrator.migrate("people", scripts(V1), Map.of());
        assertThat(migrator.currentVersion("people")).isEqualTo(1);
        assertThat(migrator.currentVersion("other")).isZero();
    }

    @Test
    void aScriptChangedAfterItWasAppliedStopsTheMigration() {
        migrator.migrate("people", scripts(V1), Map.of());
        Migrator.Script altered = new Migrator.Script(1, "people", "CREATE TABLE PERSON (ID INTEGER PRIMARY KEY);");
        assertThatThrownBy(() -> migrator.migrate("people", scripts(altered), Map.of()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("changed after it was applied");
    }

    @Test
    void aFailingScriptIsRolledBackAndNotRecorded() throws Exception {
        migrator.migrate("people", scripts(V1), Map.of());
        Migrator.Script bad = new Migrator.Script(2, "bad",
                "CREATE TABLE HALF (ID INTEGER);\nTHIS IS NOT SQL;\n");
        assertThatThrownBy(() -> migrator.migrate("people", scripts(V1, bad), Map.of()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("rolled back");
        assertThat(migrator.currentVersion("people")).isEqualTo(1);
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, null, "HALF", null)) {
            assertThat(rs.next()).as("the half-applied table is gone").isFalse();
        }
    }

    @Test
    void versionsMustNotHaveGaps() {
        Migrator.Script v3 = new Migrator.Script(3, "x", "CREATE TABLE X (ID INTEGER);");
        assertThatThrownBy(() -> migrator.migrate("people", scripts(V1, v3), Map.of()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("without gaps");
    }

    @Test
    void aDatabaseSpecificScriptReplacesTheGenericOne() throws Exception {
        Migrator.Script derby = new Migrator.Script(1, "people", "CREATE TABLE PERSON_DERBY (ID INTEGER);");
        migrator.migrate("people", scripts(V1), Map.of("derby", scripts(derby)));
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, null, "PERSON_DERBY", null)) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void statementsSplitAtLineEndingSemicolonsAndSkipComments() {
        assertThat(Migrator.statements("-- c\nCREATE TABLE A (X VARCHAR(3) DEFAULT ';');\n\nINSERT INTO A VALUES ('a');"))
                .containsExactly("CREATE TABLE A (X VARCHAR(3) DEFAULT ';')", "INSERT INTO A VALUES ('a')");
    }

    /** Two nodes starting on one database at the same moment: one migrates, the other waits and finds it done. */
    @Test
    void twoMigratorsOnOneDatabaseDoNotBothMigrate() throws Exception {
        exec("CREATE PROCEDURE SLEEP_MS(IN MS BIGINT) PARAMETER STYLE JAVA NO SQL LANGUAGE JAVA EXTERNAL NAME '"
                + TestProcedures.class.getName() + ".sleep'");
        Migrator.Script slow = new Migrator.Script(1, "people",
                "CALL SLEEP_MS(700);\nCREATE TABLE PERSON (ID INTEGER PRIMARY KEY);\nINSERT INTO PERSON VALUES (1);\n");
        Migrator nodeA = new Migrator(ds);
        Migrator nodeB = new Migrator(ds);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<java.util.List<Integer>> a = pool.submit(() -> {
                go.await();
                return nodeA.migrate("people", scripts(slow), Map.of());
            });
            java.util.concurrent.Future<java.util.List<Integer>> b = pool.submit(() -> {
                go.await();
                return nodeB.migrate("people", scripts(slow), Map.of());
            });
            go.countDown();
            java.util.List<Integer> ra = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
            java.util.List<Integer> rb = b.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(java.util.List.of(ra, rb)).containsExactlyInAnyOrder(java.util.List.of(1), java.util.List.of());
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM PERSON")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(migrator.currentVersion("people")).isEqualTo(1);
    }

    @Test
    void aFailedMigrationReleasesTheLock() {
        Migrator.Script bad = new Migrator.Script(1, "bad", "THIS IS NOT SQL;");
        assertThatThrownBy(() -> migrator.migrate("people", scripts(bad), Map.of())).isInstanceOf(MigrationException.class);
        assertThat(new Migrator(ds).migrate("people", scripts(V1), Map.of())).containsExactly(1);
    }

    @Test
    void thePlatformsOwnSchemaAppliesOnDerby() throws Exception {
        String sql = new String(getClass().getResourceAsStream("/db/migration/platform/V1__identity_and_audit.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(migrator.migrate("platform", scripts(new Migrator.Script(1, "identity and audit", sql)), Map.of()))
                .containsExactly(1);
    }
}
