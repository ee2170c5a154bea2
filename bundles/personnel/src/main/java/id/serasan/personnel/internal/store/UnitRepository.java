package id.serasan.personnel.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * The SQL of PERSONNEL_UNIT, the regency's OPD tree. {@code PATH} holds the ids from the root ({@code /3/17/}); it is
 * set once, when the unit is created, and never changes, since employees' rows carry it for one-table searches.
 */
@Component(service = UnitRepository.class)
public class UnitRepository {

    /** One PERSONNEL_UNIT row. */
    public record UnitRow(long id, String code, String name, Long parentId, String path, Double latitude,
                          Double longitude) {
    }

    private static final String COLUMNS = "ID, CODE, NAME, PARENT_ID, PATH, LATITUDE, LONGITUDE";

    private static UnitRow read(ResultSet rs) throws SQLException {
        return new UnitRow(rs.getLong("ID"), rs.getString("CODE"), rs.getString("NAME"), Sql.longOrNull(rs, "PARENT_ID"),
                rs.getString("PATH"), Sql.dbl(rs, "LATITUDE"), Sql.dbl(rs, "LONGITUDE"));
    }

    /** Every unit, in tree order (by path). */
    public List<UnitRow> all(Connection c) throws SQLException {
        List<UnitRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM PERSONNEL_UNIT ORDER BY PATH");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    public Optional<UnitRow> find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT " + COLUMNS + " FROM PERSONNEL_UNIT WHERE CODE = ?"),
                code); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    /** The id and path of the unit with this code. */
    public Optional<UnitRef> ref(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT ID, PATH FROM PERSONNEL_UNIT WHERE CODE = ?"), code);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new UnitRef(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
    }

    /** Every unit's id and path by code (imports check a whole file against them). */
    public Map<String, UnitRef> refs(Connection c) throws SQLException {
        Map<String, UnitRef> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT CODE, ID, PATH FROM PERSONNEL_UNIT");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new UnitRef(rs.getLong(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** The codes of the units with these ids. */
    public Map<Long, String> codes(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String> codes = new HashMap<>();
        if (ids.isEmpty()) {
            return codes;
        }
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT ID, CODE FROM PERSONNEL_UNIT WHERE ID IN ("
                + Sql.marks(ids.size()) + ")"), ids.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.put(rs.getLong(1), rs.getString(2));
            }
        }
        return codes;
    }

    /** Inserts a unit below {@code parent} (null: a top-level agency) and sets its path; returns its id. */
    public long insert(Connection c, String code, String name, UnitRef parent, Double latitude, Double longitude,
                       long now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_UNIT (CODE, NAME, PARENT_ID, PATH, "
                + "LATITUDE, LONGITUDE, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, code);
            ps.setString(2, name);
            Sql.set(ps, 3, parent == null ? null : parent.id(), Types.BIGINT);
            ps.setString(4, "?");
            Sql.set(ps, 5, latitude, Types.DOUBLE);
            Sql.set(ps, 6, longitude, Types.DOUBLE);
            ps.setLong(7, now);
            ps.setLong(8, now);
            ps.executeUpdate();
            id = Sql.generatedKey(ps);
        }
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("UPDATE PERSONNEL_UNIT SET PATH = ? WHERE ID = ?"),
                (parent == null ? "/" : parent.path()) + id + "/", id)) {
            ps.executeUpdate();
        }
        return id;
    }

    /** Renames a unit or moves its office; code and parent stay. */
    public void update(Connection c, String code, String name, Double latitude, Double longitude, long now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE PERSONNEL_UNIT SET NAME = ?, LATITUDE = ?, LONGITUDE = ?, UPDATED_AT = ? WHERE CODE = ?")) {
            ps.setString(1, name);
            Sql.set(ps, 2, latitude, Types.DOUBLE);
            Sql.set(ps, 3, longitude, Types.DOUBLE);
            ps.setLong(4, now);
            ps.setString(5, code);
            ps.executeUpdate();
        }
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_UNIT");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes every unit, sub-units before their parents (a failed demo load). */
    public void deleteAll(Connection c) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT PATH FROM PERSONNEL_UNIT"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                paths.add(rs.getString(1));
            }
        }
        paths.sort(Comparator.comparingInt(String::length).reversed());
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_UNIT WHERE PATH = ?")) {
            for (String p : paths) {
                ps.setString(1, p);
                ps.executeUpdate();
            }
        }
    }
}
