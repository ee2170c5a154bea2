package id.serasan.attendance.internal.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The SQL of {@code ATT_SHIFT} and {@code ATT_ROSTER}. */
public final class RosterRepository {
    /** A unit's shift as stored (times as HH:MM). */
    public record ShiftRow(String unitCode, String code, String name, String start, String end) {
    }

    /** One day of one employee's roster. */
    public record RosterRow(String nip, LocalDate date, String unitCode, String shiftCode) {
    }

    public List<ShiftRow> shifts(Connection c, String unitCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT UNIT_CODE, CODE, NAME, START_TIME, END_TIME FROM"
                + " ATT_SHIFT" + (unitCode == null ? "" : " WHERE UNIT_CODE = ?") + " ORDER BY UNIT_CODE, CODE")) {
            if (unitCode != null) {
                ps.setString(1, unitCode);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<ShiftRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ShiftRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
                return out;
            }
        }
    }

    /** Replaces a unit's shifts. */
    public void replaceShifts(Connection c, String unitCode, List<ShiftRow> shifts, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ATT_SHIFT WHERE UNIT_CODE = ?")) {
            ps.setString(1, unitCode);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_SHIFT (UNIT_CODE, CODE, NAME, START_TIME,"
                + " END_TIME, UPDATED_MS) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ShiftRow s : shifts) {
                ps.setString(1, unitCode);
                ps.setString(2, s.code());
                ps.setString(3, s.name());
                ps.setString(4, s.start());
                ps.setString(5, s.end());
                ps.setLong(6, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Whether any roster (past days too: they are judged by it) names a shift of the unit. */
    public boolean shiftInUse(Connection c, String unitCode, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ATT_ROSTER WHERE UNIT_CODE = ? AND"
                + " SHIFT_CODE = ?")) {
            ps.setString(1, unitCode);
            ps.setString(2, code);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The roster days in {@code from}–{@code to}: of one employee, or of everyone (null). */
    public List<RosterRow> roster(Connection c, String nip, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NIP, WORK_DATE, UNIT_CODE, SHIFT_CODE FROM ATT_ROSTER"
                + " WHERE WORK_DATE >= ? AND WORK_DATE <= ?" + (nip == null ? "" : " AND NIP = ?")
                + " ORDER BY WORK_DATE")) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            if (nip != null) {
                ps.setString(3, nip);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<RosterRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new RosterRow(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                            rs.getString(4)));
                }
                return out;
            }
        }
    }

    /** The employees with any roster day in {@code from}–{@code to}. */
    public java.util.Set<String> rostered(Connection c, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT NIP FROM ATT_ROSTER WHERE WORK_DATE >= ? AND"
                + " WORK_DATE <= ?")) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                java.util.Set<String> out = new java.util.HashSet<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }

    /** Replaces one employee's roster days in {@code from}–{@code to}. */
    public void replaceRoster(Connection c, String nip, String unitCode, LocalDate from, LocalDate to,
                              Map<LocalDate, String> days) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ATT_ROSTER WHERE NIP = ? AND WORK_DATE >= ? AND"
                + " WORK_DATE <= ?")) {
            ps.setString(1, nip);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_ROSTER (NIP, WORK_DATE, UNIT_CODE, SHIFT_CODE)"
                + " VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<LocalDate, String> e : days.entrySet()) {
                ps.setString(1, nip);
                ps.setDate(2, Date.valueOf(e.getKey()));
                ps.setString(3, unitCode);
                ps.setString(4, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
