package id.serasan.attendance.internal.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of {@code ATT_CHECKIN}, {@code ATT_ATTEMPT} and {@code ATT_DEVICE}. */
public final class CheckInRepository {
    private static final String COLUMNS = "NIP, CLIENT_ID, KIND, WORK_DATE, AT_MS, DEVICE_MS, SENT_MS, RECEIVED_MS, "
            + "LATITUDE, LONGITUDE, ACCURACY, DISTANCE_M, SITE, UNIT_CODE, DEVICE_ID, OFFLINE, FLAGS, REVIEW";
    private static final String INSERT = "INSERT INTO ATT_CHECKIN (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The check-in of {@code nip} with {@code clientId}, if stored. */
    public Optional<CheckInRow> find(Connection c, String nip, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM ATT_CHECKIN WHERE NIP = ? AND CLIENT_ID = ?")) {
            ps.setString(1, nip);
            ps.setString(2, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** The check-ins of {@code nip} on the working days {@code from}..{@code to}, oldest first. */
    public List<CheckInRow> between(Connection c, String nip, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM ATT_CHECKIN WHERE NIP = ? AND WORK_DATE >= ? AND WORK_DATE <= ? ORDER BY AT_MS")) {
            ps.setString(1, nip);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            List<CheckInRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        }
    }

    /** Inserts the rows as one JDBC batch (the caller commits). */
    public void insert(Connection c, List<CheckInRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (CheckInRow r : rows) {
                bind(ps, r);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, CheckInRow r) throws SQLException {
        ps.setString(1, r.nip());
        ps.setString(2, r.clientId());
        ps.setString(3, r.kind());
        ps.setDate(4, Date.valueOf(r.workDate()));
        ps.setLong(5, r.atMs());
        setLong(ps, 6, r.deviceMs());
        setLong(ps, 7, r.sentMs());
        ps.setLong(8, r.receivedMs());
        ps.setDouble(9, r.latitude());
        ps.setDouble(10, r.longitude());
        ps.setDouble(11, r.accuracy());
        ps.setDouble(12, r.distance());
        ps.setString(13, r.site());
        ps.setString(14, r.unitCode());
        ps.setString(15, r.deviceId());
        ps.setBoolean(16, r.offline());
        ps.setString(17, r.flags());
        ps.setString(18, r.review());
    }

    private static final String DAY_COLUMNS = "NIP, WORK_DATE, FIRST_IN_MS, FIRST_IN_ID, LAST_OUT_MS, LAST_OUT_ID, "
            + "LAST_MS, LAST_LAT, LAST_LON, CHECKINS, FLAGS";

    /** The day summaries of {@code nip} from {@code from} to {@code to} (primary-key range). */
    public List<DaySummary> summaries(Connection c, String nip, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DAY_COLUMNS
                + " FROM ATT_DAY WHERE NIP = ? AND WORK_DATE >= ? AND WORK_DATE <= ?")) {
            ps.setString(1, nip);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            List<DaySummary> out = new ArrayList<>(2);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
            return out;
        }
    }

    /** Receives one day of a recap scan: first check-in and last check-out (0 when none). */
    @FunctionalInterface
    public interface DayConsumer {
        void accept(String nip, LocalDate day, long firstInMs, long lastOutMs);
    }

    /** The first check-in and last check-out of every employee's day in {@code from}..{@code to} (recaps). */
    public void forEachDay(Connection c, LocalDate from, LocalDate to, DayConsumer sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NIP, WORK_DATE, FIRST_IN_MS, LAST_OUT_MS FROM ATT_DAY "
                + "WHERE WORK_DATE >= ? AND WORK_DATE <= ?")) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getLong(4));
                }
            }
        }
    }

    private static DaySummary summary(ResultSet rs) throws SQLException {
        long fi = rs.getLong(3);
        Long firstIn = rs.wasNull() ? null : fi;
        long lo = rs.getLong(5);
        Long lastOut = rs.wasNull() ? null : lo;
        return new DaySummary(rs.getString(1), rs.getDate(2).toLocalDate(), firstIn, rs.getString(4), lastOut,
                rs.getString(6), rs.getLong(7), rs.getDouble(8), rs.getDouble(9), rs.getInt(10), rs.getString(11));
    }

    /**
     * Folds {@code rows} into their days' summaries (the writer, in the same transaction as the insert): each day
     * read once by its key, then updated or inserted.
     */
    public void summarise(Connection c, List<CheckInRow> rows) throws SQLException {
        java.util.Map<String, List<CheckInRow>> byDay = new java.util.LinkedHashMap<>();
        for (CheckInRow r : rows) {
            byDay.computeIfAbsent(r.nip() + "|" + r.workDate(), k -> new ArrayList<>()).add(r);
        }
        try (PreparedStatement read = c.prepareStatement("SELECT " + DAY_COLUMNS
                + " FROM ATT_DAY WHERE NIP = ? AND WORK_DATE = ?");
             PreparedStatement update = c.prepareStatement("UPDATE ATT_DAY SET FIRST_IN_MS = ?, FIRST_IN_ID = ?, "
                     + "LAST_OUT_MS = ?, LAST_OUT_ID = ?, LAST_MS = ?, LAST_LAT = ?, LAST_LON = ?, CHECKINS = ?, "
                     + "FLAGS = ? WHERE NIP = ? AND WORK_DATE = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO ATT_DAY (FIRST_IN_MS, FIRST_IN_ID, "
                     + "LAST_OUT_MS, LAST_OUT_ID, LAST_MS, LAST_LAT, LAST_LON, CHECKINS, FLAGS, NIP, WORK_DATE) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean updates = false;
            boolean inserts = false;
            for (List<CheckInRow> day : byDay.values()) {
                CheckInRow first = day.get(0);
                read.setString(1, first.nip());
                read.setDate(2, Date.valueOf(first.workDate()));
                DaySummary s;
                boolean exists;
                try (ResultSet rs = read.executeQuery()) {
                    exists = rs.next();
                    s = exists ? summary(rs) : null;
                }
                for (CheckInRow r : day) {
                    s = s == null ? DaySummary.of(r) : s.with(r);
                }
                PreparedStatement ps = exists ? update : insert;
                bindSummary(ps, s);
                ps.addBatch();
                updates |= exists;
                inserts |= !exists;
            }
            if (updates) {
                update.executeBatch();
            }
            if (inserts) {
                insert.executeBatch();
            }
        }
    }

    /**
     * Check-ins waiting for review on days from {@code from}: of the employees {@code nips}, or of everyone (null);
     * oldest first, at most {@code limit}.
     */
    public List<CheckInRow> pendingReviews(Connection c, java.util.Collection<String> nips, LocalDate from, int limit)
            throws SQLException {
        List<CheckInRow> out = new ArrayList<>();
        if (nips != null && nips.isEmpty()) {
            return out;
        }
        List<String> list = nips == null ? null : new ArrayList<>(nips);
        int step = 200;
        for (int i = 0; list == null ? i == 0 : i < list.size(); i += step) {
            List<String> part = list == null ? List.of() : list.subList(i, Math.min(list.size(), i + step));
            String in = part.isEmpty() ? "" : " AND NIP IN (" + "?,".repeat(part.size() - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ATT_CHECKIN WHERE REVIEW ="
                    + " 'PENDING' AND WORK_DATE >= ?" + in + " ORDER BY AT_MS")) {
                ps.setMaxRows(limit);
                ps.setDate(1, Date.valueOf(from));
                for (int j = 0; j < part.size(); j++) {
                    ps.setString(j + 2, part.get(j));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && out.size() < limit) {
                        out.add(row(rs));
                    }
                }
            }
            if (list == null) {
                break;
            }
        }
        out.sort(java.util.Comparator.comparingLong(CheckInRow::atMs));
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    /** Moves a check-in's review from {@code from} to {@code to}; false when it was not in {@code from}. */
    public boolean setReview(Connection c, String nip, String clientId, String from, String to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ATT_CHECKIN SET REVIEW = ? WHERE NIP = ? AND"
                + " CLIENT_ID = ? AND REVIEW = ?")) {
            ps.setString(1, to);
            ps.setString(2, nip);
            ps.setString(3, clientId);
            ps.setString(4, from);
            return ps.executeUpdate() == 1;
        }
    }

    /** Rebuilds one day's summary from its check-ins (after a review rejected one); removes it when none counts. */
    public void resummarise(Connection c, String nip, LocalDate day) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM ATT_DAY WHERE NIP = ? AND WORK_DATE = ?")) {
            del.setString(1, nip);
            del.setDate(2, Date.valueOf(day));
            del.executeUpdate();
        }
        List<CheckInRow> counted = between(c, nip, day, day).stream().filter(r -> !"REJECTED".equals(r.review()))
                .toList();
        if (!counted.isEmpty()) {
            summarise(c, counted);
        }
    }

    private static void bindSummary(PreparedStatement ps, DaySummary s) throws SQLException {
        setLong(ps, 1, s.firstInMs());
        ps.setString(2, s.firstInId());
        setLong(ps, 3, s.lastOutMs());
        ps.setString(4, s.lastOutId());
        ps.setLong(5, s.lastMs());
        ps.setDouble(6, s.lastLatitude());
        ps.setDouble(7, s.lastLongitude());
        ps.setInt(8, s.checkIns());
        ps.setString(9, s.flags());
        ps.setString(10, s.nip());
        ps.setDate(11, Date.valueOf(s.workDate()));
    }

    /** Keeps a refused check-in for review. */
    public void insertAttempt(Connection c, CheckInRow r, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_ATTEMPT (NIP, CLIENT_ID, KIND, WORK_DATE, "
                + "RECEIVED_MS, LATITUDE, LONGITUDE, ACCURACY, DISTANCE_M, SITE, DEVICE_ID, FLAGS, REASON) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.nip());
            ps.setString(2, r.clientId());
            ps.setString(3, r.kind());
            ps.setDate(4, Date.valueOf(r.workDate()));
            ps.setLong(5, r.receivedMs());
            ps.setDouble(6, r.latitude());
            ps.setDouble(7, r.longitude());
            ps.setDouble(8, r.accuracy());
            ps.setDouble(9, r.distance());
            ps.setString(10, r.site());
            ps.setString(11, r.deviceId());
            ps.setString(12, r.flags());
            ps.setString(13, reason);
            ps.executeUpdate();
        }
    }

    /** A refused check-in kept for review. */
    public record Attempt(String nip, String clientId, String kind, LocalDate workDate, long receivedMs,
                          double latitude, double longitude, double accuracy, double distance, String site,
                          String deviceId, String flags, String reason) {
    }

    /** The attempts of the working days {@code from}..{@code to}, of one employee or (nip null) of everyone. */
    public List<Attempt> attempts(Connection c, String nip, LocalDate from, LocalDate to, int limit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NIP, CLIENT_ID, KIND, WORK_DATE, RECEIVED_MS, LATITUDE, "
                + "LONGITUDE, ACCURACY, DISTANCE_M, SITE, DEVICE_ID, FLAGS, REASON FROM ATT_ATTEMPT WHERE "
                + (nip == null ? "" : "NIP = ? AND ") + "WORK_DATE >= ? AND WORK_DATE <= ? ORDER BY RECEIVED_MS DESC "
                + "FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")) {
            int i = 1;
            if (nip != null) {
                ps.setString(i++, nip);
            }
            ps.setDate(i++, Date.valueOf(from));
            ps.setDate(i, Date.valueOf(to));
            List<Attempt> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Attempt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                            rs.getLong(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
                }
            }
            return out;
        }
    }

    /** The device bound to {@code nip}, if any. */
    public Optional<String> boundDevice(Connection c, String nip) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DEVICE_ID FROM ATT_DEVICE WHERE NIP = ?")) {
            ps.setString(1, nip);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Binds {@code deviceId} to {@code nip} (the caller made sure none is bound). */
    public void bind(Connection c, String nip, String deviceId, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ATT_DEVICE (NIP, DEVICE_ID, BOUND_MS) VALUES (?, ?, ?)")) {
            ps.setString(1, nip);
            ps.setString(2, deviceId);
            ps.setLong(3, now);
            ps.executeUpdate();
        }
    }

    /** Releases the binding of {@code nip}; the next device it checks in with binds. True when one was bound. */
    public boolean release(Connection c, String nip) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ATT_DEVICE WHERE NIP = ?")) {
            ps.setString(1, nip);
            return ps.executeUpdate() > 0;
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static CheckInRow row(ResultSet rs) throws SQLException {
        long device = rs.getLong(6);
        Long deviceMs = rs.wasNull() ? null : device;
        long sent = rs.getLong(7);
        Long sentMs = rs.wasNull() ? null : sent;
        return new CheckInRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getLong(5), deviceMs, sentMs, rs.getLong(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11),
                rs.getDouble(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getBoolean(16),
                rs.getString(17), rs.getString(18));
    }
}
