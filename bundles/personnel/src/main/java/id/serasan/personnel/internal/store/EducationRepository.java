package id.serasan.personnel.internal.store;

import id.serasan.personnel.api.EducationEntry;
import id.serasan.personnel.internal.rules.Duk;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** The SQL of PERSONNEL_EDUCATION: an employee's completed education. */
@Component(service = EducationRepository.class)
public class EducationRepository {
    /** The INSERT's head and one row's placeholders, also for bulk writes ({@code io.BulkInsert}). */
    public static final String INSERT_INTO = "INSERT INTO PERSONNEL_EDUCATION (EMPLOYEE_ID, EDU_LEVEL, INSTITUTION, "
            + "MAJOR, GRADUATION_YEAR)";
    public static final String ROW = "(?, ?, ?, ?, ?)";
    private static final String INSERT = INSERT_INTO + " VALUES " + ROW;

    /** The employee's education, by graduation year. */
    public List<EducationEntry> list(Connection c, long employeeId) throws SQLException {
        List<EducationEntry> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT ID, EDU_LEVEL, INSTITUTION, MAJOR, "
                + "GRADUATION_YEAR FROM PERSONNEL_EDUCATION WHERE EMPLOYEE_ID = ? ORDER BY GRADUATION_YEAR, ID"),
                employeeId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    private static EducationEntry read(ResultSet rs) throws SQLException {
        return new EducationEntry(rs.getLong("ID"), rs.getString("EDU_LEVEL"), rs.getString("INSTITUTION"),
                rs.getString("MAJOR"), Sql.integer(rs, "GRADUATION_YEAR"));
    }

    /** Inserts one entry; returns its id. */
    public long insert(Connection c, long employeeId, EducationEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, new Owned<>(employeeId, e));
            ps.executeUpdate();
            return Sql.generatedKey(ps);
        }
    }

    /** Writes many entries in JDBC batches. */
    public void insertAll(Connection c, List<Owned<EducationEntry>> entries) throws SQLException {
        Sql.batch(c, INSERT, entries, EducationRepository::bind);
    }

    private static void bind(PreparedStatement ps, Owned<EducationEntry> o) throws SQLException {
        EducationEntry e = o.entry();
        ps.setLong(1, o.employeeId());
        ps.setString(2, e.level());
        ps.setString(3, e.institution());
        Sql.set(ps, 4, e.major(), Types.VARCHAR);
        Sql.set(ps, 5, e.graduationYear(), Types.INTEGER);
    }

    /** The order ({@link Duk#educationOrder}) of the employee's highest education; 0 without any. */
    public int highestOrder(Connection c, long employeeId) throws SQLException {
        int highest = 0;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(
                "SELECT EDU_LEVEL FROM PERSONNEL_EDUCATION WHERE EMPLOYEE_ID = ?"), employeeId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                highest = Math.max(highest, Duk.educationOrder(rs.getString(1)));
            }
        }
        return highest;
    }

    /** Every employee's highest education (of equal levels the last recorded), by employee id. */
    public Map<Long, EducationEntry> highestByEmployee(Connection c) throws SQLException {
        Map<Long, EducationEntry> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT EMPLOYEE_ID, ID, EDU_LEVEL, INSTITUTION, MAJOR, "
                + "GRADUATION_YEAR FROM PERSONNEL_EDUCATION ORDER BY EMPLOYEE_ID, ID"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EducationEntry now = read(rs);
                EducationEntry was = out.get(rs.getLong("EMPLOYEE_ID"));
                if (was == null || Duk.educationOrder(now.level()) >= Duk.educationOrder(was.level())) {
                    out.put(rs.getLong("EMPLOYEE_ID"), now);
                }
            }
        }
        return out;
    }

    /** Deletes one entry of the employee; returns how many rows went (0: no such entry). */
    public int delete(Connection c, long employeeId, long id) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("DELETE FROM PERSONNEL_EDUCATION WHERE ID = ? AND "
                + "EMPLOYEE_ID = ?"), id, employeeId)) {
            return ps.executeUpdate();
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_EDUCATION")) {
            ps.executeUpdate();
        }
    }
}
