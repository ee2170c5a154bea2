package id.serasan.platform.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Units of work on a real (in-memory) Derby database: committed, rolled back, and run again after contention. */
class JdbcTest {
    private EmbeddedDataSource ds;

    @BeforeEach
    void database() throws SQLException {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:jdbc-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE NOTE (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, TEXT VARCHAR(20))");
        }
    }

    @Test
    void workThatReturnsIsCommitted() {
        long id = Jdbc.tx(ds, c -> insert(c, "a"));
        assertThat(count()).isEqualTo(1);
        assertThat(id).isPositive();
    }

    @Test
    void workThatThrowsIsRolledBackAndRunsOnce() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> Jdbc.tx(ds, c -> {
            runs.incrementAndGet();
            insert(c, "a");
            throw new SQLException("duplicate", "23505");
        })).isInstanceOf(Jdbc.DataAccessException.class).hasMessage("duplicate");
        assertThat(runs).hasValue(1);
        assertThat(count()).isZero();
    }

    @Test
    void workRolledBackForContentionRunsAgainAndIsStoredOnce() {
        AtomicInteger runs = new AtomicInteger();
        String text = Jdbc.tx(ds, c -> {
            insert(c, "try" + runs.incrementAndGet());
            if (runs.get() == 1) {
                // what Derby throws when an identity column's next range cannot be locked in time
                throw new SQLTransactionRollbackException("A lock could not be obtained", "40XL1");
            }
            return "try" + runs.get();
        });
        assertThat(text).isEqualTo("try2");
        assertThat(runs).hasValue(2);
        assertThat(count()).isEqualTo(1);
        assertThat(texts()).isEqualTo("try2");
    }

    @Test
    void contentionThatLastsGivesUpAfterThreeAttempts() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> Jdbc.tx(ds, c -> {
            runs.incrementAndGet();
            insert(c, "x");
            throw new SQLException("deadlock", "40001");
        })).isInstanceOf(Jdbc.DataAccessException.class);
        assertThat(runs).hasValue(Jdbc.ATTEMPTS);
        assertThat(Jdbc.ATTEMPTS).isEqualTo(3);
        assertThat(count()).isZero();
    }

    @Test
    void aRuntimeExceptionIsNeverRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> Jdbc.tx(ds, c -> {
            runs.incrementAndGet();
            insert(c, "x");
            throw new IllegalStateException("no");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(runs).hasValue(1);
        assertThat(count()).isZero();
    }

    @Test
    void contentionIsRecognisedByClassOrStateAnywhereInTheCauseChain() {
        assertThat(Jdbc.rolledBackForContention(new SQLTransactionRollbackException("x"))).isTrue();
        assertThat(Jdbc.rolledBackForContention(new SQLException("x", "40P01"))).isTrue();
        assertThat(Jdbc.rolledBackForContention(new SQLException("outer", "XJ001",
                new SQLException("inner", "40XL2")))).isTrue();
        assertThat(Jdbc.rolledBackForContention(new SQLException("x", "23505"))).isFalse();
        assertThat(Jdbc.rolledBackForContention(new SQLException("x", "08006"))).isFalse();
        assertThat(Jdbc.rolledBackForContention(new SQLException("no state"))).isFalse();
        assertThat(Jdbc.rolledBackForContention(null)).isFalse();
    }

    @Test
    void realLockTimeoutIsRetriedUntilTheOtherTransactionEnds() throws Exception {
        try (Connection other = ds.getConnection()) {
            try (Statement s = other.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
            }
            Jdbc.tx(ds, c -> insert(c, "row"));
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeUpdate("UPDATE NOTE SET TEXT = 'held'");
            }
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(1_300);
                    other.commit();
                } catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            releaser.start();
            AtomicInteger runs = new AtomicInteger();
            int updated = Jdbc.tx(ds, c -> {
                runs.incrementAndGet();
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE NOTE SET TEXT = 'mine'");
                }
            });
            releaser.join();
            assertThat(updated).isEqualTo(1);
            assertThat(runs.get()).isBetween(2, Jdbc.ATTEMPTS);
            assertThat(texts()).isEqualTo("mine");
        }
    }

    private static long insert(Connection c, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO NOTE (TEXT) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, text);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private int count() {
        return Jdbc.read(ds, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM NOTE")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private String texts() {
        return Jdbc.read(ds, c -> {
            StringBuilder b = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TEXT FROM NOTE ORDER BY ID")) {
                while (rs.next()) {
                    b.append(b.length() == 0 ? "" : ",").append(rs.getString(1));
                }
            }
            return b.toString();
        });
    }
}
