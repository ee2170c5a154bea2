package id.serasan.platform.internal.security;

import id.serasan.platform.internal.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Counts failed logins per key (an account or a client address) in the database, so that every node behind a
 * load balancer sees the same counts, and locks a key for a while once it has too many failures in a window.
 */
final class LoginThrottle {
    private final Database db;

    LoginThrottle(Database db) {
        this.db = db;
    }

    /** Until when (epoch ms) {@code key} is locked, if it is locked now. */
    OptionalLong lockedUntil(String key, long now) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT LOCKED_UNTIL FROM SERASAN_LOGIN_THROTTLE WHERE THROTTLE_KEY = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getLong(1) > now) {
                        return OptionalLong.of(rs.getLong(1));
                    }
                    return OptionalLong.empty();
                }
            }
        });
    }

    /** Counts one failure of {@code key}; locks it for {@code lockMs} when it reaches {@code max} in {@code windowMs}. */
    void fail(String key, long now, int max, long windowMs, long lockMs) {
        db.tx(c -> {
            Integer failures = null;
            long windowStart = now;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT FAILURES, WINDOW_START FROM SERASAN_LOGIN_THROTTLE WHERE THROTTLE_KEY = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        failures = rs.getInt(1);
                        windowStart = rs.getLong(2);
                    }
                }
            }
            if (failures == null) {
                insert(c, key, now);
                failures = 0;
            }
            if (now - windowStart > windowMs) {
                failures = 0;
                windowStart = now;
            }
            failures++;
            long locked = failures >= max ? now + lockMs : 0;
            try (PreparedStatement ps = c.prepareStatement("UPDATE SERASAN_LOGIN_THROTTLE SET FAILURES = ?, "
                    + "WINDOW_START = ?, LOCKED_UNTIL = ? WHERE THROTTLE_KEY = ?")) {
                ps.setInt(1, locked > 0 ? 0 : failures);
                ps.setLong(2, windowStart);
                ps.setLong(3, locked);
                ps.setString(4, key);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void insert(Connection c, String key, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO SERASAN_LOGIN_THROTTLE (THROTTLE_KEY, FAILURES, "
                + "WINDOW_START, LOCKED_UNTIL) VALUES (?, 0, ?, 0)")) {
            ps.setString(1, key);
            ps.setLong(2, now);
            ps.executeUpdate();
        }
    }

    void reset(String key) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM SERASAN_LOGIN_THROTTLE WHERE THROTTLE_KEY = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
