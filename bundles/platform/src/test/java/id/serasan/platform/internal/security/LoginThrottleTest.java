package id.serasan.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.platform.internal.TestPlatform;
import id.serasan.platform.internal.db.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Throttling of password guesses on a real (in-memory) Derby database. */
class LoginThrottleTest {
    private static final long MIN = 60_000L;
    /** The shipped defaults: 3 per pair (to 15 min), 20 per account (to 60 s), 100 per address (to 60 s). */
    private static final LoginThrottle.Policy DEFAULTS = AuthService.policy(TestPlatform.config(java.util.Map.of()));

    private Database db;
    private LoginThrottle throttle;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        db = TestPlatform.database();
        throttle = new LoginThrottle(db);
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    /** n failed attempts, each one second after the previous; returns the time of the last. */
    private long fail(String user, String address, long from, int n) {
        long t = from;
        for (int i = 0; i < n; i++) {
            t = from + i * 1000L;
            assertThat(throttle.begin(user, address, t, DEFAULTS).allowed()).as("attempt %d", i + 1).isTrue();
        }
        return t;
    }

    @Test
    void delaysGrowPerAccountAndAddressPairAndAreAnswered429() {
        long t = fail("budi", "10.0.0.1", 0, 3);
        LoginThrottle.Attempt refused = throttle.begin("budi", "10.0.0.1", t + 1, DEFAULTS);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        // after each wait the next failure doubles it
        assertThat(throttle.begin("budi", "10.0.0.1", t + 1000, DEFAULTS).allowed()).isTrue();
        assertThat(throttle.begin("budi", "10.0.0.1", t + 2999, DEFAULTS).retryAfterSeconds()).isEqualTo(1);
        assertThat(throttle.begin("budi", "10.0.0.1", t + 1000 + 1999, DEFAULTS).allowed()).isFalse();
        assertThat(throttle.begin("budi", "10.0.0.1", t + 3000, DEFAULTS).allowed()).isTrue();
        assertThat(throttle.begin("budi", "10.0.0.1", t + 3001, DEFAULTS).retryAfterSeconds()).isEqualTo(4);
        assertThat(LoginThrottle.delay(40, 3, 900_000)).as("capped").isEqualTo(900_000);
    }

    @Test
    void anAttackerCannotLockTheOwnerOutFromAnotherAddress() {
        throttle.succeeded("admin", "10.0.0.9", 1, DEFAULTS); // the owner's usual address
        long t = 0;
        for (int i = 0; i < 60; i++) { // 60 guesses from 30 attacker addresses: pair delays never start
            t = 1000L + i * 100;
            throttle.begin("admin", "203.0.113." + (i % 30), t, DEFAULTS);
        }
        assertThat(throttle.begin("admin", "203.0.113.200", t + 1, DEFAULTS).allowed())
                .as("the account ceiling slows a fresh attacker address").isFalse();
        assertThat(throttle.begin("admin", "203.0.113.200", t + 1, DEFAULTS).retryAfterMs())
                .as("it slows, it does not lock").isLessThanOrEqualTo(60_000);
        assertThat(throttle.begin("admin", "10.0.0.9", t + 1, DEFAULTS).allowed())
                .as("the owner from a known address").isTrue();
        assertThat(throttle.begin("admin", "198.51.100.7", t + 61_000, DEFAULTS).allowed())
                .as("anyone once the capped wait has passed").isTrue();
    }

    @Test
    void oneAddressWithManyPeopleIsSlowedOnlyAfterManyFailures() {
        String nat = "192.0.2.1";
        for (int i = 0; i < 99; i++) {
            assertThat(throttle.begin("user" + i, nat, i, DEFAULTS).allowed()).isTrue();
        }
        assertThat(throttle.begin("someone", nat, 200, DEFAULTS).allowed()).as("the 100th failure still passes").isTrue();
        assertThat(throttle.begin("another", nat, 201, DEFAULTS).allowed()).as("then slowed").isFalse();
        throttle.succeeded("colleague", nat, 1, DEFAULTS);
        assertThat(throttle.begin("colleague", nat, 202, DEFAULTS).allowed())
                .as("a person who logged in from there before is not held back").isTrue();
    }

    @Test
    void aCorrectPasswordStartsThePairAgainAndTakesItsAttemptBack() {
        fail("siti", "10.0.0.2", 0, 2);
        assertThat(throttle.begin("siti", "10.0.0.2", 3000, DEFAULTS).allowed()).isTrue();
        throttle.succeeded("siti", "10.0.0.2", 3000, DEFAULTS);
        assertThat(throttle.failures(LoginThrottle.pairKey("siti", "10.0.0.2"))).isZero();
        assertThat(throttle.failures(LoginThrottle.accountKey("siti"))).isEqualTo(2);
        assertThat(throttle.failures(LoginThrottle.addressKey("10.0.0.2"))).isEqualTo(2);
        assertThat(throttle.begin("siti", "10.0.0.2", 3001, DEFAULTS).allowed()).isTrue();
    }

    @Test
    void theWaitStartsWhenTheFailedCheckEnds() {
        fail("lambat", "10.0.0.5", 0, 2);
        assertThat(throttle.begin("lambat", "10.0.0.5", 10_000, DEFAULTS).allowed()).isTrue(); // the 3rd
        throttle.failed("lambat", "10.0.0.5", 12_500, DEFAULTS); // its password check took 2.5 s
        assertThat(throttle.begin("lambat", "10.0.0.5", 13_000, DEFAULTS).retryAfterMs()).isEqualTo(500);
        assertThat(throttle.failures(LoginThrottle.pairKey("lambat", "10.0.0.5"))).as("not counted twice").isEqualTo(3);
    }

    @Test
    void countsStartAgainAfterAQuietWindow() {
        long t = fail("rudi", "10.0.0.3", 0, 3);
        assertThat(throttle.begin("rudi", "10.0.0.3", t + 1000 + 15 * MIN + 1, DEFAULTS).allowed()).isTrue();
        assertThat(throttle.failures(LoginThrottle.pairKey("rudi", "10.0.0.3"))).isEqualTo(1);
    }

    @Test
    void aPasswordResetClearsTheAccountsCounters() throws Exception {
        long t = fail("andi", "10.0.0.4", 0, 3);
        assertThat(throttle.begin("andi", "10.0.0.4", t + 1, DEFAULTS).allowed()).isFalse();
        db.tx(c -> {
            LoginThrottle.clearAccount(c, "Andi");
            return null;
        });
        assertThat(throttle.begin("andi", "10.0.0.4", t + 2, DEFAULTS).allowed()).isTrue();
        assertThat(throttle.failures(LoginThrottle.addressKey("10.0.0.4"))).as("the address counter stays").isEqualTo(4);
    }

    /** 8 threads x 25 attempts on the same three counters: not one count lost (select-then-insert lost them). */
    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        LoginThrottle.Policy never = new LoginThrottle.Policy(10_000, 1000, 10_000, 1000, 10_000, 1000, 15 * MIN, 0);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> all = new ArrayList<>();
        for (int th = 0; th < 8; th++) {
            all.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 25; i++) {
                    assertThat(throttle.begin("race", "10.9.9.9", 1000, never).allowed()).isTrue();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : all) {
            f.get(120, TimeUnit.SECONDS);
        }
        assertThat(throttle.failures(LoginThrottle.pairKey("race", "10.9.9.9"))).isEqualTo(200);
        assertThat(throttle.failures(LoginThrottle.accountKey("race"))).isEqualTo(200);
        assertThat(throttle.failures(LoginThrottle.addressKey("10.9.9.9"))).isEqualTo(200);
    }

    /**
     * The morning at an office: many people log in at once from one address (its NAT). Each login locks its own
     * account and pair rows and the shared address row; reading the counters with an IN list let Derby wait on other
     * logins' rows while holding the address row, and logins deadlocked until the retries ran out (503).
     */
    @Test
    void manyAccountsLoggingInAtOnceFromOneAddressNeverDeadlock() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> all = new ArrayList<>();
        AtomicInteger allowed = new AtomicInteger();
        for (int th = 0; th < 8; th++) {
            int t = th;
            all.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 25; i++) {
                    String user = "pegawai" + t + "-" + i;
                    if (throttle.begin(user, "10.5.5.5", 1000, DEFAULTS).allowed()) {
                        allowed.incrementAndGet();
                    }
                    throttle.succeeded(user, "10.5.5.5", 1000, DEFAULTS);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : all) {
            f.get(120, TimeUnit.SECONDS);
        }
        assertThat(allowed.get()).isEqualTo(200);
    }

    /** Parallel guesses sent before any failure is recorded: exactly the free ones get through. */
    @Test
    void aBurstOfParallelGuessesGetsOnlyTheFreeAttempts() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger allowed = new AtomicInteger();
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tasks.add(() -> {
                go.await();
                if (throttle.begin("burst", "10.7.7.7", 5000, DEFAULTS).allowed()) {
                    allowed.incrementAndGet();
                }
                return null;
            });
        }
        List<Future<Object>> fs = new ArrayList<>();
        for (Callable<Object> t : tasks) {
            fs.add(pool.submit(t));
        }
        go.countDown();
        for (Future<Object> f : fs) {
            f.get(120, TimeUnit.SECONDS);
        }
        assertThat(allowed.get()).isEqualTo(3);
    }

    @Test
    void addressesAndAccountsAreNormalised() {
        assertThat(LoginThrottle.account("  Budi ")).isEqualTo("budi");
        assertThat(LoginThrottle.address("10.0.0.1|x\"<script>")).isEqualTo("10.0.0.1c");
        assertThat(LoginThrottle.address(null)).isEqualTo("unknown");
        assertThat(LoginThrottle.pairKey("a|b", LoginThrottle.address("1.2.3.4")))
                .isNotEqualTo(LoginThrottle.pairKey("b", LoginThrottle.address("1.2.3.4|a")));
    }
}
