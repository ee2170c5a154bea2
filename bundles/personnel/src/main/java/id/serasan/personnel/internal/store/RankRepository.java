package id.serasan.personnel.internal.store;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.internal.rules.RankCodes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** The SQL of PERSONNEL_RANK_HISTORY: an employee's golongan (PNS) or grade (PPPK) steps. */
@Component(service = RankRepository.class)
public class RankRepository {
    /** The INSERT's head and one row's placeholders, also for bulk writes ({@code io.BulkInsert}). */
    public static final String INSERT_INTO = "INSERT INTO PERSONNEL_RANK_HISTORY (EMPLOYEE_ID, RANK_CODE, RANK_ORDER, "
            + "TMT, DECREE_NUMBER, DECREE_DATE, SERVICE_YEARS, SERVICE_MONTHS)";
    public static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT = INSERT_INTO + " VALUES " + ROW;

    /** A rank entry to write: its order comes from the code under the employee's type. */
    public record NewRank(long employeeId, EmploymentType type, RankEntry entry) {
    }

    /** The latest rank's values the employee row keeps: code, order, TMT and masa kerja golongan in months. */
    public record Latest(String code, int order, LocalDate tmt, Integer mkgMonths) {
    }

    /** The employee's rank steps, oldest first. */
    public List<RankEntry> list(Connection c, long employeeId, EmploymentType type) throws SQLException {
        List<RankEntry> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT ID, RANK_CODE, TMT, DECREE_NUMBER, DECREE_DATE, "
                + "SERVICE_YEARS, SERVICE_MONTHS FROM PERSONNEL_RANK_HISTORY WHERE EMPLOYEE_ID = ? ORDER BY TMT, ID"),
                employeeId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString("RANK_CODE");
                out.add(new RankEntry(rs.getLong("ID"), code, RankCodes.pangkat(type, code), Sql.date(rs, "TMT"),
                        rs.getString("DECREE_NUMBER"), Sql.date(rs, "DECREE_DATE"), Sql.integer(rs, "SERVICE_YEARS"),
                        Sql.integer(rs, "SERVICE_MONTHS")));
            }
        }
        return out;
    }

    public void insert(Connection c, NewRank rank) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bind(ps, rank);
            ps.executeUpdate();
        }
    }

    /** Writes many entries in JDBC batches. */
    public void insertAll(Connection c, List<NewRank> ranks) throws SQLException {
        Sql.batch(c, INSERT, ranks, RankRepository::bind);
    }

    private static void bind(PreparedStatement ps, NewRank r) throws SQLException {
        RankEntry e = r.entry();
        ps.setLong(1, r.employeeId());
        ps.setString(2, e.rank());
        ps.setInt(3, RankCodes.order(r.type(), e.rank()));
        Sql.set(ps, 4, e.tmt(), Types.DATE);
        Sql.set(ps, 5, Sql.blankToNull(e.decreeNumber()), Types.VARCHAR);
        Sql.set(ps, 6, e.decreeDate(), Types.DATE);
        Sql.set(ps, 7, e.serviceYears(), Types.INTEGER);
        Sql.set(ps, 8, e.serviceMonths(), Types.INTEGER);
    }

    /** The step with the latest TMT (of equal TMTs the last recorded). */
    public Optional<Latest> latest(Connection c, long employeeId) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT RANK_CODE, RANK_ORDER, TMT, SERVICE_YEARS, "
                + "SERVICE_MONTHS FROM PERSONNEL_RANK_HISTORY WHERE EMPLOYEE_ID = ? ORDER BY TMT DESC, ID DESC "
                + "FETCH FIRST 1 ROWS ONLY"), employeeId); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Integer y = Sql.integer(rs, "SERVICE_YEARS");
            Integer m = Sql.integer(rs, "SERVICE_MONTHS");
            Integer mkg = y == null && m == null ? null : (y == null ? 0 : y) * 12 + (m == null ? 0 : m);
            return Optional.of(new Latest(rs.getString(1), rs.getInt(2), Sql.date(rs, "TMT"), mkg));
        }
    }

    /**
     * Every employee's latest step (by TMT, then id) with its decree number and masa kerja, by employee id; rank
     * and pangkat are left out (the export reads them from the employee row).
     */
    public Map<Long, RankEntry> latestDecrees(Connection c) throws SQLException {
        Map<Long, RankEntry> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT EMPLOYEE_ID, DECREE_NUMBER, SERVICE_YEARS, "
                + "SERVICE_MONTHS FROM PERSONNEL_RANK_HISTORY ORDER BY EMPLOYEE_ID, TMT, ID");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), new RankEntry(null, null, null, null, rs.getString(2), null,
                        Sql.integer(rs, "SERVICE_YEARS"), Sql.integer(rs, "SERVICE_MONTHS")));
            }
        }
        return out;
    }

    /** Deletes one entry of the employee; returns how many rows went (0: no such entry). */
    public int delete(Connection c, long employeeId, long id) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("DELETE FROM PERSONNEL_RANK_HISTORY WHERE ID = ? AND "
                + "EMPLOYEE_ID = ?"), id, employeeId)) {
            return ps.executeUpdate();
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_RANK_HISTORY")) {
            ps.executeUpdate();
        }
    }
}
