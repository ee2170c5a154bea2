package id.serasan.attendance.internal.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of {@code ATT_REQUEST}, {@code ATT_APPEAL} and {@code ATT_FILE}. */
public final class RequestRepository {
    private static final String REQUEST_COLUMNS = "ID, NIP, KIND, LEAVE_TYPE, FROM_DATE, TO_DATE, WORKING_DAYS, REASON,"
            + " PLACE, FILE_ID, APPROVER_NIP, STATUS, CREATED_BY, CREATED_MS, DECIDED_BY, DECIDED_MS, DECISION_NOTE";
    private static final String APPEAL_COLUMNS = "ID, NIP, WORK_DATE, REASON, FILE_ID, APPROVER_NIP, STATUS,"
            + " CREATED_BY, CREATED_MS, DECIDED_BY, DECIDED_MS, DECISION_NOTE";
    private static final String FILE_COLUMNS = "ID, NIP, FILENAME, CONTENT_TYPE, SIZE_BYTES, SHA256, CREATED_MS";

    /** A request as stored. */
    public record RequestRow(long id, String nip, String kind, String leaveType, LocalDate from, LocalDate to,
                             int workingDays, String reason, String place, Long fileId, String approverNip,
                             String status, String createdBy, long createdMs, String decidedBy, Long decidedMs,
                             String decisionNote) {
    }

    /** An appeal as stored. */
    public record AppealRow(long id, String nip, LocalDate workDate, String reason, Long fileId, String approverNip,
                            String status, String createdBy, long createdMs, String decidedBy, Long decidedMs,
                            String decisionNote) {
    }

    /** An attachment's description (its content is read apart). */
    public record FileRow(long id, String nip, String filename, String contentType, long size, String sha256,
                          long createdMs) {
    }

    // --- files

    public long insertFile(Connection c, String nip, String filename, String contentType, byte[] content,
                           String sha256, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_FILE (NIP, FILENAME, CONTENT_TYPE,"
                + " SIZE_BYTES, SHA256, CONTENT, CREATED_MS) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, nip);
            ps.setString(2, filename);
            ps.setString(3, contentType);
            ps.setLong(4, content.length);
            ps.setString(5, sha256);
            ps.setBytes(6, content);
            ps.setLong(7, now);
            ps.executeUpdate();
            return key(ps);
        }
    }

    public Optional<FileRow> file(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FILE_COLUMNS + " FROM ATT_FILE WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new FileRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getLong(7))) : Optional.empty();
            }
        }
    }

    public byte[] content(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CONTENT FROM ATT_FILE WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** Whether a request or an appeal refers to the file already. */
    public boolean fileUsed(Connection c, long id) throws SQLException {
        return exists(c, "SELECT 1 FROM ATT_REQUEST WHERE FILE_ID = ?", id)
                || exists(c, "SELECT 1 FROM ATT_APPEAL WHERE FILE_ID = ?", id);
    }

    /**
     * Deletes attachments no request or appeal names that were uploaded before {@code beforeMs} (a form refused after
     * its file was kept, an upload never used); the number deleted.
     */
    public int deleteUnusedFiles(Connection c, long beforeMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ATT_FILE WHERE CREATED_MS < ? AND NOT EXISTS"
                + " (SELECT 1 FROM ATT_REQUEST R WHERE R.FILE_ID = ATT_FILE.ID) AND NOT EXISTS"
                + " (SELECT 1 FROM ATT_APPEAL A WHERE A.FILE_ID = ATT_FILE.ID)")) {
            ps.setLong(1, beforeMs);
            return ps.executeUpdate();
        }
    }

    // --- requests

    public long insertRequest(Connection c, RequestRow r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_REQUEST (NIP, KIND, LEAVE_TYPE, FROM_DATE,"
                + " TO_DATE, WORKING_DAYS, REASON, PLACE, FILE_ID, APPROVER_NIP, STATUS, CREATED_BY, CREATED_MS)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.nip());
            ps.setString(2, r.kind());
            ps.setString(3, r.leaveType());
            ps.setDate(4, Date.valueOf(r.from()));
            ps.setDate(5, Date.valueOf(r.to()));
            ps.setInt(6, r.workingDays());
            ps.setString(7, r.reason());
            ps.setString(8, r.place());
            setLong(ps, 9, r.fileId());
            ps.setString(10, r.approverNip());
            ps.setString(11, r.status());
            ps.setString(12, r.createdBy());
            ps.setLong(13, r.createdMs());
            ps.executeUpdate();
            return key(ps);
        }
    }

    public Optional<RequestRow> request(Connection c, long id) throws SQLException {
        List<RequestRow> l = requests(c, "ID = ?", ps -> ps.setLong(1, id));
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** An employee's requests, newest first. */
    public List<RequestRow> requestsOf(Connection c, String nip, int limit) throws SQLException {
        return limit(requests(c, "NIP = ? ORDER BY FROM_DATE DESC, ID DESC", ps -> ps.setString(1, nip)), limit);
    }

    /**
     * Requests waiting for a decision: those whose approver is {@code approverNip}, or with {@code hr} also those
     * with no approver (no supervisor in personnel). Oldest first.
     */
    public List<RequestRow> pendingRequests(Connection c, String approverNip, boolean hr) throws SQLException {
        if (hr) {
            return requests(c, "STATUS = 'PENDING' AND (APPROVER_NIP IS NULL OR APPROVER_NIP = ?) ORDER BY ID",
                    ps -> ps.setString(1, approverNip == null ? "-" : approverNip));
        }
        return requests(c, "STATUS = 'PENDING' AND APPROVER_NIP = ? ORDER BY ID", ps -> ps.setString(1, approverNip));
    }

    /** An employee's pending or approved requests that share a day with {@code from}–{@code to}. */
    public List<RequestRow> overlapping(Connection c, String nip, LocalDate from, LocalDate to) throws SQLException {
        return requests(c, "NIP = ? AND STATUS IN ('PENDING', 'APPROVED') AND FROM_DATE <= ? AND TO_DATE >= ?",
                ps -> {
                    ps.setString(1, nip);
                    ps.setDate(2, Date.valueOf(to));
                    ps.setDate(3, Date.valueOf(from));
                });
    }

    /** Approved requests sharing a day with {@code from}–{@code to}: of one employee, or of everyone (null). */
    public List<RequestRow> approved(Connection c, String nip, LocalDate from, LocalDate to) throws SQLException {
        return requests(c, "STATUS = 'APPROVED' AND TO_DATE >= ? AND FROM_DATE <= ?" + (nip == null ? "" : " AND NIP = ?"),
                ps -> {
                    ps.setDate(1, Date.valueOf(from));
                    ps.setDate(2, Date.valueOf(to));
                    if (nip != null) {
                        ps.setString(3, nip);
                    }
                });
    }

    /** Working days of annual leave pending or approved, by the year of the first day. */
    public int annualDays(Connection c, String nip, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(WORKING_DAYS), 0) FROM ATT_REQUEST"
                + " WHERE NIP = ? AND KIND = 'LEAVE' AND LEAVE_TYPE = 'ANNUAL' AND STATUS IN ('PENDING', 'APPROVED')"
                + " AND FROM_DATE >= ? AND FROM_DATE <= ?")) {
            ps.setString(1, nip);
            ps.setDate(2, Date.valueOf(LocalDate.of(year, 1, 1)));
            ps.setDate(3, Date.valueOf(LocalDate.of(year, 12, 31)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The first year with an annual leave of the employee, or empty. */
    public Optional<Integer> firstAnnualYear(Connection c, String nip) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(FROM_DATE) FROM ATT_REQUEST WHERE NIP = ? AND"
                + " KIND = 'LEAVE' AND LEAVE_TYPE = 'ANNUAL' AND STATUS IN ('PENDING', 'APPROVED')")) {
            ps.setString(1, nip);
            try (ResultSet rs = ps.executeQuery()) {
                Date d = rs.next() ? rs.getDate(1) : null;
                return d == null ? Optional.empty() : Optional.of(d.toLocalDate().getYear());
            }
        }
    }

    /** Moves a request from {@code from} to {@code to} (a decision or a cancellation); false when it was not in {@code from}. */
    public boolean moveRequest(Connection c, long id, String from, String to, String by, long at, String note)
            throws SQLException {
        return move(c, "ATT_REQUEST", id, from, to, by, at, note);
    }

    // --- appeals

    public long insertAppeal(Connection c, AppealRow a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_APPEAL (NIP, WORK_DATE, REASON, FILE_ID,"
                + " APPROVER_NIP, STATUS, CREATED_BY, CREATED_MS) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a.nip());
            ps.setDate(2, Date.valueOf(a.workDate()));
            ps.setString(3, a.reason());
            setLong(ps, 4, a.fileId());
            ps.setString(5, a.approverNip());
            ps.setString(6, a.status());
            ps.setString(7, a.createdBy());
            ps.setLong(8, a.createdMs());
            ps.executeUpdate();
            return key(ps);
        }
    }

    public Optional<AppealRow> appeal(Connection c, long id) throws SQLException {
        List<AppealRow> l = appeals(c, "ID = ?", ps -> ps.setLong(1, id));
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    public List<AppealRow> appealsOf(Connection c, String nip, int limit) throws SQLException {
        return limit(appeals(c, "NIP = ? ORDER BY WORK_DATE DESC, ID DESC", ps -> ps.setString(1, nip)), limit);
    }

    public List<AppealRow> pendingAppeals(Connection c, String approverNip, boolean hr) throws SQLException {
        if (hr) {
            return appeals(c, "STATUS = 'PENDING' AND (APPROVER_NIP IS NULL OR APPROVER_NIP = ?) ORDER BY ID",
                    ps -> ps.setString(1, approverNip == null ? "-" : approverNip));
        }
        return appeals(c, "STATUS = 'PENDING' AND APPROVER_NIP = ? ORDER BY ID", ps -> ps.setString(1, approverNip));
    }

    /** An employee's pending or accepted appeals of a day. */
    public List<AppealRow> openAppeals(Connection c, String nip, LocalDate day) throws SQLException {
        return appeals(c, "NIP = ? AND WORK_DATE = ? AND STATUS IN ('PENDING', 'ACCEPTED')", ps -> {
            ps.setString(1, nip);
            ps.setDate(2, Date.valueOf(day));
        });
    }

    /** Accepted appeals of days in {@code from}–{@code to}: of one employee, or of everyone (null). */
    public List<AppealRow> accepted(Connection c, String nip, LocalDate from, LocalDate to) throws SQLException {
        return appeals(c, "STATUS = 'ACCEPTED' AND WORK_DATE >= ? AND WORK_DATE <= ?" + (nip == null ? "" : " AND NIP = ?"),
                ps -> {
                    ps.setDate(1, Date.valueOf(from));
                    ps.setDate(2, Date.valueOf(to));
                    if (nip != null) {
                        ps.setString(3, nip);
                    }
                });
    }

    public boolean moveAppeal(Connection c, long id, String from, String to, String by, long at, String note)
            throws SQLException {
        return move(c, "ATT_APPEAL", id, from, to, by, at, note);
    }

    // --- plumbing

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static boolean move(Connection c, String table, long id, String from, String to, String by, long at,
                                String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET STATUS = ?, DECIDED_BY = ?,"
                + " DECIDED_MS = ?, DECISION_NOTE = ? WHERE ID = ? AND STATUS = ?")) {
            ps.setString(1, to);
            ps.setString(2, by);
            ps.setLong(3, at);
            ps.setString(4, note);
            ps.setLong(5, id);
            ps.setString(6, from);
            return ps.executeUpdate() == 1;
        }
    }

    private static List<RequestRow> requests(Connection c, String where, Binder b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REQUEST_COLUMNS + " FROM ATT_REQUEST WHERE " + where)) {
            b.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<RequestRow> out = new ArrayList<>();
                while (rs.next()) {
                    long fileId = rs.getLong(10);
                    Long file = rs.wasNull() ? null : fileId;
                    long decided = rs.getLong(16);
                    Long decidedMs = rs.wasNull() ? null : decided;
                    out.add(new RequestRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getInt(7), rs.getString(8),
                            rs.getString(9), file, rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getLong(14), rs.getString(15), decidedMs, rs.getString(17)));
                }
                return out;
            }
        }
    }

    private static List<AppealRow> appeals(Connection c, String where, Binder b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + APPEAL_COLUMNS + " FROM ATT_APPEAL WHERE " + where)) {
            b.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<AppealRow> out = new ArrayList<>();
                while (rs.next()) {
                    long fileId = rs.getLong(5);
                    Long file = rs.wasNull() ? null : fileId;
                    long decided = rs.getLong(11);
                    Long decidedMs = rs.wasNull() ? null : decided;
                    out.add(new AppealRow(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getString(4), file, rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
                            rs.getString(10), decidedMs, rs.getString(12)));
                }
                return out;
            }
        }
    }

    private static boolean exists(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet k = ps.getGeneratedKeys()) {
            if (!k.next()) {
                throw new SQLException("no generated key");
            }
            return k.getLong(1);
        }
    }

    private static <T> List<T> limit(List<T> l, int n) {
        return l.size() <= n ? l : new ArrayList<>(l.subList(0, n));
    }
}
