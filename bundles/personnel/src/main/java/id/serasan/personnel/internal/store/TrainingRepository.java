package id.serasan.personnel.internal.store;

import id.serasan.personnel.api.TrainingEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The SQL of PERSONNEL_TRAINING: an employee's trainings (diklat). */
@Component(service = TrainingRepository.class)
public class TrainingRepository {
    /** Leadership training: what the DUK counts (latihan jabatan). */
    public static final String STRUCTURAL = "STRUKTURAL";
    /** The INSERT's head and one row's placeholders, also for bulk writes ({@code io.BulkInsert}). */
    public static final String INSERT_INTO = "INSERT INTO PERSONNEL_TRAINING (EMPLOYEE_ID, KIND, NAME, END_DATE, HOURS)";
    public static final String ROW = "(?, ?, ?, ?, ?)";
    private static final String INSERT = INSERT_INTO + " VALUES " + ROW;

    /** The employee's trainings, by end date. */
    public List<TrainingEntry> list(Connection c, long employeeId) throws SQLException {
        List<TrainingEntry> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT ID, KIND, NAME, END_DATE, HOURS FROM "
                + "PERSONNEL_TRAINING WHERE EMPLOYEE_ID = ? ORDER BY END_DATE, ID"), employeeId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TrainingEntry(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.date(rs, "END_DATE"),
                        Sql.integer(rs, "HOURS")));
            }
        }
        return out;
    }

    /** Inserts one entry; returns its id. */
    public long insert(Connection c, long employeeId, TrainingEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, new Owned<>(employeeId, e));
            ps.executeUpdate();
            return Sql.generatedKey(ps);
        }
    }

    /** Writes many entries in JDBC batches. */
    public void insertAll(Connection c, List<Owned<TrainingEntry>> entries) throws SQLException {
        Sql.batch(c, INSERT, entries, TrainingRepository::bind);
    }

    private static void bind(PreparedStatement ps, Owned<TrainingEntry> o) throws SQLException {
        TrainingEntry e = o.entry();
        ps.setLong(1, o.employeeId());
        ps.setString(2, e.kind());
        ps.setString(3, e.name());
        Sql.set(ps, 4, e.endDate(), Types.DATE);
        Sql.set(ps, 5, e.hours(), Types.INTEGER);
    }

    /** How many leadership trainings the employee has. */
    public int structuralCount(Connection c, long employeeId) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_TRAINING WHERE "
                + "EMPLOYEE_ID = ? AND KIND = '" + STRUCTURAL + "'"), employeeId); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Deletes one entry of the employee; returns how many rows went (0: no such entry). */
    public int delete(Connection c, long employeeId, long id) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("DELETE FROM PERSONNEL_TRAINING WHERE ID = ? AND "
                + "EMPLOYEE_ID = ?"), id, employeeId)) {
            return ps.executeUpdate();
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_TRAINING")) {
            ps.executeUpdate();
        }
    }
}
