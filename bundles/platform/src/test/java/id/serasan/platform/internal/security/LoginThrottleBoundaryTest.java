package id.serasan.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.internal.TestPlatform;
import id.serasan.platform.internal.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic at its exact boundaries: delays, ceilings, known addresses, purging, retries. */
class LoginThrottleBoundaryTest {
    private static final long T0 = 10_000_000L;

    private Database db;
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        db = TestPlatform.database();
        throttle = new LoginThrottle(db);
    }

    /** Only the account counter slows (after 2), up to 3 s; quiet after 10 s, known for 100 s. */
    private static final LoginThrottle.Policy ACCOUNT = new LoginThrottle.Policy(100, 900_000, 2, 3000, 100, 900_000,
            10_000, 100_000);
    /** Only the address counter slows (after 2), up to 3 s. */
    private static final LoginThrottle.Policy ADDRESS = new LoginThrottle.Policy(100, 900_000, 100, 900_000, 2, 3000,
            10_000, 100_000);

    private boolean exists(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM SERASAN_LOGIN_THROTTLE WHERE THROTTLE_KEY = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            }
        });
    }

    private long[] row(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT FAILURES, BLOCKED_UNTIL, LAST_SUCCESS, ACCOUNT "
                    + "FROM SERASAN_LOGIN_THROTTLE WHERE THROTTLE_KEY = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as(key).isTrue();
                    return new long[] {rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4) == null ? 0 : 1};
                }
            }
        });
    }

    @Test
    void delaysDoubleFromTheFirstCountedFailureUpToTheCeiling() {
        assertThat(LoginThrottle.delay(2, 3, 900_000)).isZero();
        assertThat(LoginThrottle.delay(3, 3, 900_000)).isEqualTo(1000);
        assertThat(LoginThrottle.delay(4, 3, 900_000)).isEqualTo(2000);
        assertThat(LoginThrottle.delay(5, 3, 900_000)).isEqualTo(4000);
        assertThat(LoginThrottle.delay(5, 3, 3000)).isEqualTo(3000);
        assertThat(LoginThrottle.delay(3, 3, 500)).isEqualTo(500);
        assertThat(LoginThrottle.delay(32, 3, Long.MAX_VALUE)).isEqualTo(1000L << 29);
        assertThat(LoginThrottle.delay(33, 3, Long.MAX_VALUE)).isEqualTo(1000L << 30);
        assertThat(LoginThrottle.delay(1000, 3, Long.MAX_VALUE)).as("at most 30 doublings").isEqualTo(1000L << 30);
    }

    @Test
    void theAccountCounterSlowsEveryAddressAndAFailedCheckRestartsItsWait() {
        assertThat(throttle.begin("x", "10.0.0.1", T0, ACCOUNT).allowed()).isTrue();
        assertThat(throttle.begin("x", "10.0.0.2", T0, ACCOUNT).allowed()).as("the 2nd failure still passes").isTrue();
        assertThat(throttle.begin("x", "10.0.0.3", T0 + 999, ACCOUNT).retryAfterMs()).isEqualTo(1);
        throttle.failed("x", "10.0.0.2", T0 + 5000, ACCOUNT);
        assertThat(throttle.begin("x", "10.0.0.3", T0 + 5999, ACCOUNT).retryAfterMs()).isEqualTo(1);
        assertThat(throttle.begin("x", "10.0.0.3", T0 + 6000, ACCOUNT).allowed()).isTrue();
        assertThat(throttle.begin("x", "10.0.0.4", T0 + 6000, ACCOUNT).retryAfterMs()).as("3rd: 2 s").isEqualTo(2000);
        assertThat(throttle.begin("x", "10.0.0.4", T0 + 8000, ACCOUNT).allowed()).isTrue();
        assertThat(throttle.begin("x", "10.0.0.5", T0 + 8000, ACCOUNT).retryAfterMs()).as("4th: 3 s, capped").isEqualTo(3000);
        assertThat(throttle.failures(LoginThrottle.accountKey("x"))).as("refused attempts are not counted").isEqualTo(4);
        assertThat(row(LoginThrottle.accountKey("x"))[3]).as("the account counter names its account").isEqualTo(1);
        assertThat(row(LoginThrottle.addressKey("10.0.0.1"))[3]).as("an address counter has no account").isZero();
    }

    @Test
    void theAddressCounterSlowsEveryAccountAndAFailedCheckRestartsItsWait() {
        assertThat(throttle.begin("a", "10.0.0.1", T0, ADDRESS).allowed()).isTrue();
        assertThat(throttle.begin("b", "10.0.0.1", T0, ADDRESS).allowed()).isTrue();
        assertThat(throttle.begin("c", "10.0.0.1", T0 + 999, ADDRESS).retryAfterMs()).isEqualTo(1);
        throttle.failed("b", "10.0.0.1", T0 + 5000, ADDRESS);
        assertThat(throttle.begin("c", "10.0.0.1", T0 + 5999, ADDRESS).retryAfterMs()).isEqualTo(1);
        assertThat(throttle.begin("c", "10.0.0.1", T0 + 6000, ADDRESS).allowed()).isTrue();
        assertThat(throttle.begin("d", "10.0.0.1", T0 + 6000, ADDRESS).retryAfterMs()).isEqualTo(2000);
        assertThat(throttle.begin("e", "10.0.0.2", T0 + 6000, ADDRESS).allowed()).as("another address").isTrue();
    }

    @Test
    void aFailureReportedWithoutCountersChangesNothing() {
        throttle.failed("niemand", "10.9.9.9", T0, ACCOUNT);
        assertThat(exists(LoginThrottle.accountKey("niemand"))).isFalse();
        assertThat(exists(LoginThrottle.pairKey("niemand", "10.9.9.9"))).isFalse();
    }

    @Test
    void anAddressIsKnownForExactlyKnownMsAfterASuccess() {
        throttle.succeeded("o", "10.0.0.9", T0, ACCOUNT);
        long[] pair = row(LoginThrottle.pairKey("o", "10.0.0.9"));
        assertThat(pair[0]).isZero();
        assertThat(pair[1]).isZero();
        assertThat(pair[2]).isEqualTo(T0);
        long t = T0 + 99_000;
        throttle.begin("o", "6.6.6.1", t, ACCOUNT);
        throttle.begin("o", "6.6.6.2", t, ACCOUNT); // the account waits until t + 1 s
        assertThat(throttle.begin("o", "6.6.6.3", T0 + 99_999, ACCOUNT).allowed()).isFalse();
        assertThat(throttle.begin("o", "10.0.0.9", T0 + 99_999, ACCOUNT).allowed()).as("known").isTrue();
        assertThat(throttle.begin("o", "10.0.0.9", T0 + 100_000, ACCOUNT).allowed()).as("no longer known").isFalse();
    }

    @Test
    void aSuccessTakesBackOneAttemptButNeverCountsBelowZero() {
        throttle.begin("s", "10.0.0.1", T0, ACCOUNT);
        throttle.succeeded("s", "10.0.0.1", T0, ACCOUNT);
        throttle.succeeded("s", "10.0.0.1", T0 + 1, ACCOUNT);
        assertThat(throttle.failures(LoginThrottle.accountKey("s"))).isZero();
        assertThat(throttle.failures(LoginThrottle.addressKey("10.0.0.1"))).isZero();
        assertThat(row(LoginThrottle.pairKey("s", "10.0.0.1"))[2]).as("the last success").isEqualTo(T0 + 1);
    }

    @Test
    void quietCountersWithoutARememberedSuccessArePurgedAtMostOnceAMinute() {
        throttle.begin("q", "10.0.0.1", T0, ACCOUNT); // three counters, each last failing at T0
        String pair = LoginThrottle.pairKey("q", "10.0.0.1");
        throttle.purge(T0 + 10_000, ACCOUNT);
        assertThat(exists(pair)).as("quiet for exactly the window: kept").isTrue();
        throttle.purge(T0 + 10_000 + 59_999, ACCOUNT);
        assertThat(exists(pair)).as("purged less than a minute ago: not run").isTrue();
        throttle.succeeded("other", "10.0.0.2", T0 + 10_000 + 60_000, ACCOUNT); // runs the purge
        assertThat(exists(pair)).isFalse();
        assertThat(exists(LoginThrottle.accountKey("q"))).isFalse();
        assertThat(exists(LoginThrottle.addressKey("10.0.0.1"))).isFalse();
        assertThat(exists(LoginThrottle.pairKey("other", "10.0.0.2"))).as("a remembered success").isTrue();
    }

    @Test
    void aRememberedSuccessKeepsItsCounterForKnownMs() {
        LoginThrottle fresh = new LoginThrottle(db);
        fresh.succeeded("k", "10.0.0.3", T0, ACCOUNT);
        String pair = LoginThrottle.pairKey("k", "10.0.0.3");
        fresh.purge(T0 + 100_000, ACCOUNT);
        assertThat(exists(pair)).as("success exactly knownMs ago").isTrue();
        fresh.purge(T0 + 160_001, ACCOUNT);
        assertThat(exists(pair)).isFalse();
    }

    @Test
    void theFirstPurgeRunsOnlyAMinuteAfterTheEpoch() {
        throttle.begin("e", "10.0.0.1", 0, new LoginThrottle.Policy(100, 1000, 100, 1000, 100, 1000, 0, 0));
        throttle.purge(59_999, new LoginThrottle.Policy(100, 1000, 100, 1000, 100, 1000, 0, 0));
        assertThat(exists(LoginThrottle.accountKey("e"))).isTrue();
        throttle.purge(60_000, new LoginThrottle.Policy(100, 1000, 100, 1000, 100, 1000, 0, 0));
        assertThat(exists(LoginThrottle.accountKey("e"))).isFalse();
    }

    @Test
    void onlyRaceAndLockStatesAreRetryable() {
        for (String s : new String[] {"23505", "40001", "40P01", "40XL1", "40XL2"}) {
            assertThat(LoginThrottle.retryable(new SQLException("x", s))).as(s).isTrue();
        }
        for (String s : new String[] {"23503", "42X05", "08001", "4000", "X40XL"}) {
            assertThat(LoginThrottle.retryable(new SQLException("x", s))).as(s).isFalse();
        }
        assertThat(LoginThrottle.retryable(new SQLException("x"))).as("no state").isFalse();
        assertThat(LoginThrottle.retryable(null)).isFalse();
        assertThat(LoginThrottle.retryable(new RuntimeException(new SQLException("x", "40001")))).as("a cause").isTrue();
        SQLException chain = new SQLException("x", "42X05");
        chain.setNextException(new SQLException("y", "40XL1"));
        assertThat(LoginThrottle.retryable(chain)).as("a next exception").isTrue();
        assertThat(LoginThrottle.retryable(new SelfCaused())).as("a cause loop ends").isFalse();
    }

    /** A throwable that names itself as its cause. */
    private static final class SelfCaused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }

    /** A database whose first transactions fail with {@code state}. */
    private static final class Flaky extends Database {
        final AtomicInteger calls = new AtomicInteger();
        private final int failures;
        private final String state;

        Flaky(Database real, int failures, String state) {
            super(real.dataSource());
            this.failures = failures;
            this.state = state;
        }

        @Override
        public <T> T tx(Work<T> work) {
            if (calls.incrementAndGet() <= failures) {
                throw new DatabaseException(new SQLException("lost a race", state));
            }
            return super.tx(work);
        }
    }

    @Test
    void aLostRaceIsRetriedUpToEightRunsInAll() {
        Flaky seven = new Flaky(db, 7, "40001");
        assertThat(new LoginThrottle(seven).begin("r", "10.0.0.1", T0, ACCOUNT).allowed()).isTrue();
        assertThat(seven.calls.get()).isEqualTo(8);
        assertThat(throttle.failures(LoginThrottle.accountKey("r"))).isEqualTo(1);

        Flaky eight = new Flaky(db, 8, "40XL1");
        assertThatThrownBy(() -> new LoginThrottle(eight).failed("r", "10.0.0.1", T0, ACCOUNT))
                .isInstanceOf(Database.DatabaseException.class);
        assertThat(eight.calls.get()).isEqualTo(8);

        Flaky broken = new Flaky(db, 1, "08001");
        assertThatThrownBy(() -> new LoginThrottle(broken).succeeded("r", "10.0.0.1", T0, ACCOUNT))
                .as("not a race: no retry").isInstanceOf(Database.DatabaseException.class);
        assertThat(broken.calls.get()).isEqualTo(1);
    }

    @Test
    void anInterruptedRetryGivesUpAndKeepsTheInterrupt() {
        Flaky flaky = new Flaky(db, 3, "40001");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new LoginThrottle(flaky).begin("i", "10.0.0.1", T0, ACCOUNT))
                    .isInstanceOf(Database.DatabaseException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(flaky.calls.get()).isEqualTo(1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndAtLeastOne() {
        assertThat(new LoginThrottle.Attempt(false, 1).retryAfterSeconds()).isEqualTo(1);
        assertThat(new LoginThrottle.Attempt(false, 1000).retryAfterSeconds()).isEqualTo(1);
        assertThat(new LoginThrottle.Attempt(false, 1001).retryAfterSeconds()).isEqualTo(2);
        assertThat(new LoginThrottle.Attempt(true, 0).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void longAccountsAndAddressesAreCutTo64() {
        assertThat(LoginThrottle.account("a".repeat(64))).hasSize(64);
        assertThat(LoginThrottle.account("a".repeat(65))).isEqualTo("a".repeat(64));
        assertThat(LoginThrottle.account(null)).isEmpty();
        assertThat(LoginThrottle.address("1".repeat(65))).isEqualTo("1".repeat(64));
        assertThat(LoginThrottle.address("1".repeat(64))).hasSize(64);
        assertThat(LoginThrottle.address("<>")).isEqualTo("unknown");
    }
}
