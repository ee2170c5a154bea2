package id.serasan.personnel.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** The SQL of PERSONNEL_DOCUMENT: employees' documents (SK scans, diplomas), their bytes in the database. */
@Component(service = DocumentRepository.class)
public class DocumentRepository {
    private static final String COLUMNS = "ID, KIND, FILENAME, CONTENT_TYPE, SIZE_BYTES, SHA256, UPLOADED_BY, UPLOADED_AT";

    /** A document's description. */
    public record Document(long id, String kind, String filename, String contentType, long size, String sha256,
                           String uploadedBy, long uploadedAt) {
    }

    /** A document with its bytes. */
    public record Content(Document document, byte[] bytes) {
    }

    private static Document read(ResultSet rs) throws SQLException {
        return new Document(rs.getLong("ID"), rs.getString("KIND"), rs.getString("FILENAME"),
                rs.getString("CONTENT_TYPE"), rs.getLong("SIZE_BYTES"), rs.getString("SHA256"),
                rs.getString("UPLOADED_BY"), rs.getLong("UPLOADED_AT"));
    }

    /** The employee's documents, in upload order. */
    public List<Document> list(Connection c, long employeeId) throws SQLException {
        List<Document> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT " + COLUMNS + " FROM PERSONNEL_DOCUMENT WHERE "
                + "EMPLOYEE_ID = ? ORDER BY ID"), employeeId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** One document of the employee, with its bytes. */
    public Optional<Content> get(Connection c, long employeeId, long id) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT " + COLUMNS + ", CONTENT FROM PERSONNEL_DOCUMENT "
                + "WHERE ID = ? AND EMPLOYEE_ID = ?"), id, employeeId); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Content(read(rs), rs.getBytes("CONTENT"))) : Optional.empty();
        }
    }

    /** True when the document with this id belongs to the employee. */
    public boolean belongsTo(Connection c, long employeeId, long id) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_DOCUMENT WHERE ID = ? AND "
                + "EMPLOYEE_ID = ?"), id, employeeId); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /** Stores a document (its id and size are taken from the row written); returns its id. */
    public long insert(Connection c, long employeeId, Document d, byte[] bytes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_DOCUMENT (EMPLOYEE_ID, KIND, FILENAME, "
                + "CONTENT_TYPE, SIZE_BYTES, SHA256, CONTENT, UPLOADED_BY, UPLOADED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, employeeId);
            ps.setString(2, d.kind());
            ps.setString(3, d.filename());
            ps.setString(4, d.contentType());
            ps.setLong(5, bytes.length);
            ps.setString(6, d.sha256());
            ps.setBytes(7, bytes);
            ps.setString(8, d.uploadedBy());
            ps.setLong(9, d.uploadedAt());
            ps.executeUpdate();
            return Sql.generatedKey(ps);
        }
    }

    /** Deletes one document of the employee; returns how many rows went (0: no such document). */
    public int delete(Connection c, long employeeId, long id) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("DELETE FROM PERSONNEL_DOCUMENT WHERE ID = ? AND "
                + "EMPLOYEE_ID = ?"), id, employeeId)) {
            return ps.executeUpdate();
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_DOCUMENT")) {
            ps.executeUpdate();
        }
    }
}
