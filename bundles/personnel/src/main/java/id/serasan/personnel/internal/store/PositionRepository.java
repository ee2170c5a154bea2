package id.serasan.personnel.internal.store;

import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.PositionType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** The SQL of PERSONNEL_POSITION_HISTORY: an employee's positions (jabatan). */
@Component(service = PositionRepository.class)
public class PositionRepository {
    /** The INSERT's head and one row's placeholders, also for bulk writes ({@code io.BulkInsert}). */
    public static final String INSERT_INTO = "INSERT INTO PERSONNEL_POSITION_HISTORY (EMPLOYEE_ID, POSITION_TYPE, "
            + "POSITION_LEVEL, NAME, UNIT_CODE, TMT, DECREE_NUMBER, DECREE_DATE)";
    public static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT = INSERT_INTO + " VALUES " + ROW;

    /** The employee's positions, oldest first. */
    public List<PositionEntry> list(Connection c, long employeeId) throws SQLException {
        List<PositionEntry> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT ID, POSITION_TYPE, POSITION_LEVEL, NAME, "
                + "UNIT_CODE, TMT, DECREE_NUMBER, DECREE_DATE FROM PERSONNEL_POSITION_HISTORY WHERE EMPLOYEE_ID = ? "
                + "ORDER BY TMT, ID"), employeeId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PositionEntry(rs.getLong("ID"), Sql.enumOf(PositionType.class, rs.getString("POSITION_TYPE")),
                        Sql.enumOf(FunctionalLevel.class, rs.getString("POSITION_LEVEL")), rs.getString("NAME"),
                        rs.getString("UNIT_CODE"), Sql.date(rs, "TMT"), rs.getString("DECREE_NUMBER"),
                        Sql.date(rs, "DECREE_DATE")));
            }
        }
        return out;
    }

    public void insert(Connection c, long employeeId, PositionEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, new Owned<>(employeeId, e));
            ps.executeUpdate();
        }
    }

    /** Writes many entries in JDBC batches. */
    public void insertAll(Connection c, List<Owned<PositionEntry>> positions) throws SQLException {
        Sql.batch(c, INSERT, positions, PositionRepository::bind);
    }

    private static void bind(PreparedStatement ps, Owned<PositionEntry> p) throws SQLException {
        PositionEntry e = p.entry();
        ps.setLong(1, p.employeeId());
        ps.setString(2, e.type().name());
        Sql.set(ps, 3, e.level(), Types.VARCHAR);
        ps.setString(4, e.name());
        Sql.set(ps, 5, Sql.blankToNull(e.unitCode()), Types.VARCHAR);
        Sql.set(ps, 6, e.tmt(), Types.DATE);
        Sql.set(ps, 7, Sql.blankToNull(e.decreeNumber()), Types.VARCHAR);
        Sql.set(ps, 8, e.decreeDate(), Types.DATE);
    }

    /** The position with the latest TMT (of equal TMTs the last recorded): type, level, name and TMT only. */
    public Optional<PositionEntry> latest(Connection c, long employeeId) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT POSITION_TYPE, POSITION_LEVEL, NAME, TMT FROM "
                + "PERSONNEL_POSITION_HISTORY WHERE EMPLOYEE_ID = ? ORDER BY TMT DESC, ID DESC FETCH FIRST 1 ROWS ONLY"),
                employeeId); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new PositionEntry(null, Sql.enumOf(PositionType.class, rs.getString(1)),
                    Sql.enumOf(FunctionalLevel.class, rs.getString(2)), rs.getString(3), null, Sql.date(rs, "TMT"), null,
                    null));
        }
    }

    /** Deletes one entry of the employee; returns how many rows went (0: no such entry). */
    public int delete(Connection c, long employeeId, long id) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("DELETE FROM PERSONNEL_POSITION_HISTORY WHERE ID = ? "
                + "AND EMPLOYEE_ID = ?"), id, employeeId)) {
            return ps.executeUpdate();
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_POSITION_HISTORY")) {
            ps.executeUpdate();
        }
    }
}
