package id.serasan.personnel.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** The SQL of PERSONNEL_CORRECTION and PERSONNEL_CORRECTION_FIELD: self-service corrections and their fields. */
@Component(service = CorrectionRepository.class)
public class CorrectionRepository {
    public static final String PENDING = "PENDING";

    /** One proposed change of a field. */
    public record Change(String field, String oldValue, String newValue) {
    }

    /** A correction and where it stands. */
    public record Correction(long id, String nip, String employeeName, String status, String reason, Long documentId,
                             List<Change> changes, String proposedBy, long proposedAt, String decidedBy,
                             Long decidedAt, String decisionReason) {
    }

    /** Records a pending proposal with its changes; returns its id. */
    public long insert(Connection c, long employeeId, String reason, Long documentId, String proposedBy, long now,
                       List<Change> changes) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_CORRECTION (EMPLOYEE_ID, STATUS, REASON, "
                + "DOCUMENT_ID, PROPOSED_BY, PROPOSED_AT) VALUES (?, '" + PENDING + "', ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, employeeId);
            ps.setString(2, reason);
            Sql.set(ps, 3, documentId, Types.BIGINT);
            ps.setString(4, proposedBy);
            ps.setLong(5, now);
            ps.executeUpdate();
            id = Sql.generatedKey(ps);
        }
        Sql.batch(c, "INSERT INTO PERSONNEL_CORRECTION_FIELD (CORRECTION_ID, FIELD, OLD_VALUE, NEW_VALUE) "
                + "VALUES (?, ?, ?, ?)", changes, (ps, ch) -> Sql.bind(ps, id, ch.field(), ch.oldValue(), ch.newValue()));
        return id;
    }

    /** The correction with its changes (by field name), the employee's NIP and name. */
    public Optional<Correction> load(Connection c, long id) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT FIELD, OLD_VALUE, NEW_VALUE FROM "
                + "PERSONNEL_CORRECTION_FIELD WHERE CORRECTION_ID = ? ORDER BY FIELD"), id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                changes.add(new Change(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT k.ID, e.NIP, e.NAME, k.STATUS, k.REASON, "
                + "k.DOCUMENT_ID, k.PROPOSED_BY, k.PROPOSED_AT, k.DECIDED_BY, k.DECIDED_AT, k.DECISION_REASON FROM "
                + "PERSONNEL_CORRECTION k JOIN PERSONNEL_EMPLOYEE e ON e.ID = k.EMPLOYEE_ID WHERE k.ID = ?"), id);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Correction(rs.getLong("ID"), rs.getString("NIP"), rs.getString("NAME"),
                    rs.getString("STATUS"), rs.getString("REASON"), Sql.longOrNull(rs, "DOCUMENT_ID"), changes,
                    rs.getString("PROPOSED_BY"), rs.getLong("PROPOSED_AT"), rs.getString("DECIDED_BY"),
                    Sql.longOrNull(rs, "DECIDED_AT"), rs.getString("DECISION_REASON")));
        }
    }

    /** The ids of the employee's corrections, newest first. */
    public List<Long> idsOf(Connection c, long employeeId) throws SQLException {
        return ids(c, "SELECT ID FROM PERSONNEL_CORRECTION WHERE EMPLOYEE_ID = ? ORDER BY ID DESC", employeeId);
    }

    /** How many corrections are in {@code status}. */
    public long count(Connection c, String status) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_CORRECTION WHERE STATUS = ?"),
                status); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A page of the ids in {@code status}, oldest proposal first. */
    public List<Long> idsIn(Connection c, String status, long offset, int size) throws SQLException {
        return ids(c, "SELECT ID FROM PERSONNEL_CORRECTION WHERE STATUS = ? ORDER BY PROPOSED_AT, ID OFFSET ? ROWS "
                + "FETCH NEXT ? ROWS ONLY", status, offset, size);
    }

    private static List<Long> ids(Connection c, String sql, Object... params) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /**
     * Decides a pending correction: only a row still PENDING changes, so of two concurrent deciders exactly one
     * gets 1 and the other 0.
     */
    public int decide(Connection c, long id, String status, String decidedBy, long now, String reason)
            throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("UPDATE PERSONNEL_CORRECTION SET STATUS = ?, "
                + "DECIDED_BY = ?, DECIDED_AT = ?, DECISION_REASON = ? WHERE ID = ? AND STATUS = '" + PENDING + "'"),
                status, decidedBy, now, reason, id)) {
            return ps.executeUpdate();
        }
    }

    /** True when a correction has this document attached. */
    public boolean attaches(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_CORRECTION WHERE "
                + "DOCUMENT_ID = ?"), documentId); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        for (String table : List.of("PERSONNEL_CORRECTION_FIELD", "PERSONNEL_CORRECTION")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
                ps.executeUpdate();
            }
        }
    }
}
