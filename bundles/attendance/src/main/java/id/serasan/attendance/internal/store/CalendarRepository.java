package id.serasan.attendance.internal.store;

import id.serasan.attendance.api.Holiday;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of {@code ATT_HOLIDAY}, {@code ATT_OUTAGE} and {@code ATT_SITE}. */
public final class CalendarRepository {

    /** Every holiday, in date order. */
    public List<Holiday> holidays(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DAY, NAME, KIND FROM ATT_HOLIDAY ORDER BY DAY");
             ResultSet rs = ps.executeQuery()) {
            List<Holiday> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Holiday(rs.getDate(1).toLocalDate(), rs.getString(2), Holiday.Kind.valueOf(rs.getString(3))));
            }
            return out;
        }
    }

    /** The holiday on the day, if any. */
    public Optional<Holiday> holiday(Connection c, java.time.LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DAY, NAME, KIND FROM ATT_HOLIDAY WHERE DAY = ?")) {
            ps.setDate(1, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Holiday(rs.getDate(1).toLocalDate(), rs.getString(2),
                        Holiday.Kind.valueOf(rs.getString(3)))) : Optional.empty();
            }
        }
    }

    public void insertHoliday(Connection c, Holiday h, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ATT_HOLIDAY (DAY, NAME, KIND, CREATED_MS) VALUES (?, ?, ?, ?)")) {
            ps.setDate(1, Date.valueOf(h.date()));
            ps.setString(2, h.name());
            ps.setString(3, h.kind().name());
            ps.setLong(4, now);
            ps.executeUpdate();
        }
    }

    public boolean deleteHoliday(Connection c, java.time.LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ATT_HOLIDAY WHERE DAY = ?")) {
            ps.setDate(1, Date.valueOf(day));
            return ps.executeUpdate() > 0;
        }
    }

    /** A declared outage window. */
    public record OutageRow(long id, long fromMs, long toMs, String units, String note, String createdBy,
                            long createdMs, Long cancelledMs) {
    }

    /** Outages ending after {@code sinceMs}, cancelled ones included, oldest first. */
    public List<OutageRow> outages(Connection c, long sinceMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, FROM_MS, TO_MS, UNITS, NOTE, CREATED_BY, CREATED_MS, "
                + "CANCELLED_MS FROM ATT_OUTAGE WHERE TO_MS > ? ORDER BY FROM_MS")) {
            ps.setLong(1, sinceMs);
            List<OutageRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(outage(rs));
                }
            }
            return out;
        }
    }

    public Optional<OutageRow> outage(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, FROM_MS, TO_MS, UNITS, NOTE, CREATED_BY, CREATED_MS, "
                + "CANCELLED_MS FROM ATT_OUTAGE WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(outage(rs)) : Optional.empty();
            }
        }
    }

    private static OutageRow outage(ResultSet rs) throws SQLException {
        long cancelled = rs.getLong(8);
        Long cancelledMs = rs.wasNull() ? null : cancelled; // read right after its column: wasNull is about the last one
        return new OutageRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), cancelledMs);
    }

    public long insertOutage(Connection c, long fromMs, long toMs, String units, String note, String by, long now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_OUTAGE (FROM_MS, TO_MS, UNITS, NOTE, "
                + "CREATED_BY, CREATED_MS) VALUES (?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, fromMs);
            ps.setLong(2, toMs);
            if (units == null) {
                ps.setNull(3, Types.VARCHAR);
            } else {
                ps.setString(3, units);
            }
            ps.setString(4, note);
            ps.setString(5, by);
            ps.setLong(6, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public boolean cancelOutage(Connection c, long id, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE ATT_OUTAGE SET CANCELLED_MS = ? WHERE ID = ? AND CANCELLED_MS IS NULL")) {
            ps.setLong(1, now);
            ps.setLong(2, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** A geofence site row: a unit's office ({@code unitCode}) or an employee's extra site ({@code nip}). */
    public record SiteRow(long id, String unitCode, String nip, String name, double latitude, double longitude,
                          int radius, String polygon, long updatedMs) {
    }

    public List<SiteRow> sites(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, UNIT_CODE, NIP, NAME, LATITUDE, LONGITUDE, RADIUS_M, "
                + "POLYGON, UPDATED_MS FROM ATT_SITE ORDER BY ID");
             ResultSet rs = ps.executeQuery()) {
            List<SiteRow> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new SiteRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                        rs.getDouble(6), rs.getInt(7), rs.getString(8), rs.getLong(9)));
            }
            return out;
        }
    }

    public long insertSite(Connection c, SiteRow s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_SITE (UNIT_CODE, NIP, NAME, LATITUDE, LONGITUDE, "
                + "RADIUS_M, POLYGON, UPDATED_MS) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.unitCode());
            ps.setString(2, s.nip());
            ps.setString(3, s.name());
            ps.setDouble(4, s.latitude());
            ps.setDouble(5, s.longitude());
            ps.setInt(6, s.radius());
            ps.setString(7, s.polygon());
            ps.setLong(8, s.updatedMs());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public boolean deleteSite(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ATT_SITE WHERE ID = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** Removes a unit's office sites (before setting new ones). */
    public int deleteUnitSites(Connection c, String unitCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ATT_SITE WHERE UNIT_CODE = ?")) {
            ps.setString(1, unitCode);
            return ps.executeUpdate();
        }
    }
}
