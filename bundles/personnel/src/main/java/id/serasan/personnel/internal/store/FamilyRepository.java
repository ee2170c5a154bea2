package id.serasan.personnel.internal.store;

import id.serasan.personnel.api.FamilyMember;
import id.serasan.personnel.api.Gender;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The SQL of PERSONNEL_FAMILY: an employee's spouse, children and parents. */
@Component(service = FamilyRepository.class)
public class FamilyRepository {
    /** The INSERT's head and one row's placeholders, also for bulk writes ({@code io.BulkInsert}). */
    public static final String INSERT_INTO = "INSERT INTO PERSONNEL_FAMILY (EMPLOYEE_ID, RELATION, NAME, BIRTH_DATE, "
            + "GENDER)";
    public static final String ROW = "(?, ?, ?, ?, ?)";
    private static final String INSERT = INSERT_INTO + " VALUES " + ROW;

    /** The employee's family members, as recorded. */
    public List<FamilyMember> list(Connection c, long employeeId) throws SQLException {
        List<FamilyMember> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT ID, RELATION, NAME, BIRTH_DATE, GENDER FROM "
                + "PERSONNEL_FAMILY WHERE EMPLOYEE_ID = ? ORDER BY ID"), employeeId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FamilyMember(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.date(rs, "BIRTH_DATE"),
                        Sql.enumOf(Gender.class, rs.getString("GENDER"))));
            }
        }
        return out;
    }

    /** Inserts one member; returns their id. */
    public long insert(Connection c, long employeeId, FamilyMember e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, new Owned<>(employeeId, e));
            ps.executeUpdate();
            return Sql.generatedKey(ps);
        }
    }

    /** Writes many members in JDBC batches. */
    public void insertAll(Connection c, List<Owned<FamilyMember>> members) throws SQLException {
        Sql.batch(c, INSERT, members, FamilyRepository::bind);
    }

    private static void bind(PreparedStatement ps, Owned<FamilyMember> o) throws SQLException {
        FamilyMember e = o.entry();
        ps.setLong(1, o.employeeId());
        ps.setString(2, e.relation());
        ps.setString(3, e.name());
        Sql.set(ps, 4, e.birthDate(), Types.DATE);
        Sql.set(ps, 5, e.gender(), Types.VARCHAR);
    }

    /** Deletes one member of the employee's family; returns how many rows went (0: no such entry). */
    public int delete(Connection c, long employeeId, long id) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("DELETE FROM PERSONNEL_FAMILY WHERE ID = ? AND "
                + "EMPLOYEE_ID = ?"), id, employeeId)) {
            return ps.executeUpdate();
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_FAMILY")) {
            ps.executeUpdate();
        }
    }
}
