package id.serasan.personnel.internal.store;

import id.serasan.personnel.api.TransferEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The SQL of PERSONNEL_TRANSFER_HISTORY: an employee's moves between units. */
@Component(service = TransferRepository.class)
public class TransferRepository {

    /** The employee's moves, oldest first. */
    public List<TransferEntry> list(Connection c, long employeeId) throws SQLException {
        List<TransferEntry> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT ID, FROM_UNIT_CODE, TO_UNIT_CODE, TMT, "
                + "DECREE_NUMBER, DECREE_DATE, RECORDED_BY FROM PERSONNEL_TRANSFER_HISTORY WHERE EMPLOYEE_ID = ? "
                + "ORDER BY TMT, ID"), employeeId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TransferEntry(rs.getLong("ID"), rs.getString("FROM_UNIT_CODE"), rs.getString("TO_UNIT_CODE"),
                        Sql.date(rs, "TMT"), rs.getString("DECREE_NUMBER"), Sql.date(rs, "DECREE_DATE"),
                        rs.getString("RECORDED_BY")));
            }
        }
        return out;
    }

    /** Records a move (its id is ignored). */
    public void insert(Connection c, long employeeId, TransferEntry e) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("INSERT INTO PERSONNEL_TRANSFER_HISTORY (EMPLOYEE_ID, "
                + "FROM_UNIT_CODE, TO_UNIT_CODE, TMT, DECREE_NUMBER, DECREE_DATE, RECORDED_BY) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                employeeId, e.fromUnitCode(), e.toUnitCode(), e.tmt(), Sql.blankToNull(e.decreeNumber()), e.decreeDate(),
                e.recordedBy())) {
            ps.executeUpdate();
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_TRANSFER_HISTORY")) {
            ps.executeUpdate();
        }
    }
}
