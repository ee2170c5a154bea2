package id.serasan.platform.internal.security;

import id.serasan.platform.internal.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throttles password guesses (logins and own password changes) without letting anyone lock an account out.
 *
 * <p>Three counters, kept in the database so that every node sees the same counts:
 * <ul>
 *   <li>per <b>(account, client address)</b> pair: after {@code pairFailuresBeforeDelay} failures each further
 *       failure doubles the wait (1 s, 2 s, 4 s, ...) up to {@code pairMaxDelaySeconds};</li>
 *   <li>per <b>account</b>, over all addresses: the same from {@code accountFailuresBeforeDelay} failures, up to
 *       {@code accountMaxDelaySeconds} - it slows a distributed guess, it never locks;</li>
 *   <li>per <b>client address</b>, over all accounts: the same from {@code addressFailuresBeforeDelay}
 *       failures (much looser: many people may share one address behind NAT), up to
 *       {@code addressMaxDelaySeconds}.</li>
 * </ul>
 * An address from which the account logged in successfully within {@code knownAddressDays} is held back only by
 * its own pair counter, so an attack on an account from elsewhere does not keep its owner out. A counter starts
 * again once it has been quiet (no failure, no wait running) for {@code failureWindowMinutes}. While a wait runs,
 * attempts are answered 429 with Retry-After without checking the password.
 *
 * <p>Every attempt is counted before the password is checked ({@link #begin}), atomically
 * ({@code UPDATE ... SET FAILURES = FAILURES + 1}, insert-if-absent retried on a unique-key violation), so that
 * parallel guesses cannot slip through before the first failure is recorded; a correct password then takes its
 * attempt back ({@link #succeeded}).
 */
public final class LoginThrottle {
    static final String TABLE = "SERASAN_LOGIN_THROTTLE";
    private static final int RETRIES = 8;
    private static final long PURGE_EVERY_MS = 60_000L;

    /** The limits, from the configuration. Delays in milliseconds. */
    public record Policy(int pairFree, long pairMaxDelayMs, int accountFree, long accountMaxDelayMs,
                         int addressFree, long addressMaxDelayMs, long quietMs, long knownMs) {
    }

    /** The outcome of {@link #begin}: allowed, or wait {@code retryAfterMs}. */
    public record Attempt(boolean allowed, long retryAfterMs) {
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfterMs + 999) / 1000);
        }
    }

    private final Database db;
    private final AtomicLong lastPurge = new AtomicLong();

    public LoginThrottle(Database db) {
        this.db = db;
    }

    /** The wait after {@code failures} failures: none below {@code free}, then 1 s doubling up to {@code maxMs}. */
    static long delay(int failures, int free, long maxMs) {
        if (failures < free) {
            return 0;
        }
        int doublings = Math.min(30, failures - free);
        return Math.min(maxMs, 1000L << doublings);
    }

    /** The account as counted: trimmed, lower case, at most 64 characters. */
    static String account(String username) {
        String a = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    /** The client address as counted: only characters of IPv4/IPv6 addresses, at most 64 characters. */
    static String address(String clientAddress) {
        String a = clientAddress == null ? "" : clientAddress.replaceAll("[^0-9A-Fa-f.:]", "");
        if (a.isEmpty()) {
            return "unknown";
        }
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    static String pairKey(String account, String address) {
        return "pair:" + address + "|" + account; // an address has no '|'
    }

    static String accountKey(String account) {
        return "account:" + account;
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    private record Row(int failures, long blockedUntil, long lastSuccess) {
    }

    /** Thrown inside the transaction to roll the counting back when the attempt is refused. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long retryAfterMs;

        Refused(long retryAfterMs) {
            super(null, null, false, false);
            this.retryAfterMs = retryAfterMs;
        }
    }

    /**
     * Counts one attempt of {@code username} from {@code clientAddress} and says whether it may go on to the
     * password check. A refused attempt is not counted.
     */
    public Attempt begin(String username, String clientAddress, long now, Policy p) {
        String account = account(username);
        String address = address(clientAddress);
        String pair = pairKey(account, address);
        String acc = accountKey(account);
        String addr = addressKey(address);
        try {
            retrying(() -> db.tx(c -> {
                // Each counter on its own, in key order (account < address < pair): every transaction takes the row
                // locks in the same order, so concurrent attempts queue instead of deadlocking.
                for (String key : new String[] {acc, addr, pair}) {
                    increment(c, key, key.equals(addr) ? null : account, now - p.quietMs());
                }
                Map<String, Row> rows = read(c, acc, addr, pair);
                Row pr = rows.get(pair);
                boolean known = pr.lastSuccess() > 0 && pr.lastSuccess() > now - p.knownMs();
                long until = pr.blockedUntil();
                if (!known) {
                    until = Math.max(until, Math.max(rows.get(acc).blockedUntil(), rows.get(addr).blockedUntil()));
                }
                if (until > now) {
                    throw new Refused(until - now);
                }
                block(c, pair, now + delay(pr.failures(), p.pairFree(), p.pairMaxDelayMs()));
                block(c, acc, now + delay(rows.get(acc).failures(), p.accountFree(), p.accountMaxDelayMs()));
                block(c, addr, now + delay(rows.get(addr).failures(), p.addressFree(), p.addressMaxDelayMs()));
                return null;
            }));
            return new Attempt(true, 0);
        } catch (Refused r) {
            return new Attempt(false, r.retryAfterMs);
        }
    }

    /**
     * The password was wrong: each counter's wait is counted again from now, the end of the check (the attempt was
     * counted by {@link #begin}; a slow password check must not eat into the wait).
     */
    public void failed(String username, String clientAddress, long now, Policy p) {
        String account = account(username);
        String address = address(clientAddress);
        String acc = accountKey(account);
        String addr = addressKey(address);
        String pair = pairKey(account, address);
        retrying(() -> db.tx(c -> {
            for (String key : new String[] {acc, addr, pair}) { // key order, as in begin
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET FAILURES = FAILURES "
                        + "WHERE THROTTLE_KEY = ?")) { // takes the row lock in the same order as begin
                    ps.setString(1, key);
                    ps.executeUpdate();
                }
            }
            Map<String, Row> rows = read(c, acc, addr, pair);
            if (rows.containsKey(pair)) {
                block(c, pair, now + delay(rows.get(pair).failures(), p.pairFree(), p.pairMaxDelayMs()));
            }
            if (rows.containsKey(acc)) {
                block(c, acc, now + delay(rows.get(acc).failures(), p.accountFree(), p.accountMaxDelayMs()));
            }
            if (rows.containsKey(addr)) {
                block(c, addr, now + delay(rows.get(addr).failures(), p.addressFree(), p.addressMaxDelayMs()));
            }
            return null;
        }));
    }

    /**
     * The password was right: the pair's count starts again and the address is remembered as known for the
     * account; the attempt counted against the account and the address is taken back.
     */
    public void succeeded(String username, String clientAddress, long now, Policy p) {
        String account = account(username);
        String address = address(clientAddress);
        String pair = pairKey(account, address);
        retrying(() -> db.tx(c -> {
            for (String key : new String[] {accountKey(account), addressKey(address)}) { // key order, as in begin
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET FAILURES = FAILURES - 1 "
                        + "WHERE THROTTLE_KEY = ? AND FAILURES > 0")) {
                    ps.setString(1, key);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET FAILURES = 0, BLOCKED_UNTIL = 0, "
                    + "LAST_SUCCESS = ? WHERE THROTTLE_KEY = ?")) {
                ps.setLong(1, now);
                ps.setString(2, pair);
                if (ps.executeUpdate() == 0) {
                    insert(c, pair, account, 0, 0, now);
                }
            }
            return null;
        }));
        purge(now, p);
    }

    /** Forgets every counter of the account (a password reset on the console or by an administrator). */
    public static void clearAccount(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE + " WHERE ACCOUNT = ?")) {
            ps.setString(1, account(username));
            ps.executeUpdate();
        }
    }

    /** Deletes counters that are quiet and carry no remembered success (at most once a minute). */
    void purge(long now, Policy p) {
        long last = lastPurge.get();
        if (now - last < PURGE_EVERY_MS || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE
                    + " WHERE BLOCKED_UNTIL < ? AND LAST_SUCCESS < ?")) {
                ps.setLong(1, now - p.quietMs());
                ps.setLong(2, now - p.knownMs());
                return ps.executeUpdate();
            }
        });
    }

    /** The counted failures of a key, for tests and diagnostics; 0 when absent. */
    int failures(String key) {
        return db.read(c -> {
            Row r = read(c, key).get(key);
            return r == null ? 0 : r.failures();
        });
    }

    /**
     * The counters of {@code keys}, each read by its own primary-key lookup: an {@code IN} list lets Derby scan past
     * (and wait on) rows other logins hold, which deadlocked concurrent logins from one address (measured: 400
     * accounts logging in 4 at a time from one machine).
     */
    private static Map<String, Row> read(Connection c, String... keys) throws SQLException {
        Map<String, Row> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT FAILURES, BLOCKED_UNTIL, LAST_SUCCESS FROM "
                + TABLE + " WHERE THROTTLE_KEY = ?")) {
            for (String key : keys) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(key, new Row(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@code FAILURES = FAILURES + 1} (or 1 when the counter has been quiet since {@code quietBefore}); inserts the
     * counter when absent. Two first attempts racing to insert: one gets a unique-key violation and its
     * transaction is run again ({@link #retrying}), when the row exists.
     */
    private static void increment(Connection c, String key, String account, long quietBefore) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET FAILURES = CASE WHEN BLOCKED_UNTIL < ? "
                + "THEN 1 ELSE FAILURES + 1 END WHERE THROTTLE_KEY = ?")) {
            ps.setLong(1, quietBefore);
            ps.setString(2, key);
            if (ps.executeUpdate() == 0) {
                insert(c, key, account, 1, 0, 0);
            }
        }
    }

    private static void insert(Connection c, String key, String account, int failures, long blockedUntil,
                               long lastSuccess) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (THROTTLE_KEY, ACCOUNT, FAILURES, "
                + "BLOCKED_UNTIL, LAST_SUCCESS) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, account);
            ps.setInt(3, failures);
            ps.setLong(4, blockedUntil);
            ps.setLong(5, lastSuccess);
            ps.executeUpdate();
        }
    }

    /** Sets the end of the key's wait, never earlier than it is (a row with no wait holds its last failure time). */
    private static void block(Connection c, String key, long until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET BLOCKED_UNTIL = CASE WHEN "
                + "BLOCKED_UNTIL > ? THEN BLOCKED_UNTIL ELSE ? END WHERE THROTTLE_KEY = ?")) {
            ps.setLong(1, until);
            ps.setLong(2, until);
            ps.setString(3, key);
            ps.executeUpdate();
        }
    }

    /**
     * Runs {@code work} (one transaction) again when it lost a race: a unique-key violation (two first attempts
     * inserted the same counter), a deadlock or a lock timeout.
     */
    private static void retrying(Runnable work) {
        for (int i = 1; ; i++) {
            try {
                work.run();
                return;
            } catch (Database.DatabaseException e) {
                if (i >= RETRIES || !retryable(e.getCause())) {
                    throw e;
                }
                try {
                    Thread.sleep(i * 5L);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean retryable(Throwable t) {
        List<String> states = new ArrayList<>();
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    states.add(s.getSQLState());
                }
            }
            if (x.getCause() == x) {
                break;
            }
        }
        // 23505 unique violation; 40001 serialization/deadlock (Derby, PostgreSQL); 40P01 deadlock (PostgreSQL);
        // 40XL1 / 40XL2 lock timeout (Derby)
        return states.stream().anyMatch(s -> s != null && (s.equals("23505") || s.equals("40001")
                || s.equals("40P01") || s.startsWith("40XL")));
    }
}
