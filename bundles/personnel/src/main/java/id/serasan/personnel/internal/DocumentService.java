package id.serasan.personnel.internal;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Documents of an employee (SK scans, diplomas): type and size limits from configuration, content checked against
 * its declared type, SHA-256 checksum, stored in the database. Listed and downloaded by whoever may see the
 * employee; uploaded by those who may edit the record, and by the employee themself (attachments of corrections).
 */
@Component(service = DocumentService.class)
public class DocumentService {
    public static final Set<String> KINDS = Set.of("SK_CPNS", "SK_PNS", "SK_PANGKAT", "SK_JABATAN", "SK_MUTASI",
            "IJAZAH", "SERTIFIKAT_DIKLAT", "KARTU_KELUARGA", "LAINNYA");

    private final PersonnelService personnel;

    @Activate
    public DocumentService(@Reference PersonnelService personnel) {
        this.personnel = personnel;
    }

    /** A document's description. */
    public record Document(long id, String kind, String filename, String contentType, long size, String sha256,
                           String uploadedBy, long uploadedAt) {
    }

    /** A document with its bytes. */
    public record Content(Document document, byte[] bytes) {
    }

    public List<Document> list(Viewer viewer, String nip) {
        EmployeeRow r = personnel.visible(viewer, nip);
        return personnel.db().read(c -> {
            List<Document> out = new ArrayList<>();
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, KIND, FILENAME, CONTENT_TYPE, SIZE_BYTES, "
                    + "SHA256, UPLOADED_BY, UPLOADED_AT FROM PERSONNEL_DOCUMENT WHERE EMPLOYEE_ID = ? ORDER BY ID"), r.id());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    private static Document read(ResultSet rs) throws java.sql.SQLException {
        return new Document(rs.getLong("ID"), rs.getString("KIND"), rs.getString("FILENAME"),
                rs.getString("CONTENT_TYPE"), rs.getLong("SIZE_BYTES"), rs.getString("SHA256"),
                rs.getString("UPLOADED_BY"), rs.getLong("UPLOADED_AT"));
    }

    public Content get(Viewer viewer, String nip, long id) {
        EmployeeRow r = personnel.visible(viewer, nip);
        return personnel.db().read(c -> {
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, KIND, FILENAME, CONTENT_TYPE, SIZE_BYTES, "
                    + "SHA256, UPLOADED_BY, UPLOADED_AT, CONTENT FROM PERSONNEL_DOCUMENT WHERE ID = ? AND EMPLOYEE_ID = ?"),
                    id, r.id()); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("Dokumen " + id + " tidak ada / Document " + id + " not found");
                }
                return new Content(read(rs), rs.getBytes("CONTENT"));
            }
        });
    }

    /** Stores a document; the caller must be allowed to edit the employee, or be the employee. */
    public Document upload(Viewer viewer, String nip, String kind, String filename, String contentType, InputStream body) {
        Scope scope = personnel.scope(viewer);
        EmployeeRow r = personnel.visible(scope, nip);
        boolean self = nip.equals(viewer.nip());
        if (!self && !scope.edits(r.unitPath())) {
            throw PersonnelService.cannotEdit(nip);
        }
        if (!self && !viewer.roles().contains(Role.ADMIN) && !viewer.roles().contains(Role.HR_OPERATOR)
                && !viewer.roles().contains(Role.UNIT_OPERATOR)) {
            throw PersonnelService.cannotEdit(nip);
        }
        PersonnelConfig cfg = personnel.config();
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        List<String> allowed = Arrays.stream(cfg.documentTypes()).map(String::trim).filter(s -> !s.isBlank()).toList();
        if (!allowed.contains(type)) {
            throw new ProblemException(415, "unsupported-media-type", "Jenis berkas tidak diterima / Unsupported media type",
                    "Jenis yang diterima / Accepted types: " + allowed, null);
        }
        String k = kind == null ? null : kind.trim().toUpperCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (k == null || !KINDS.contains(k)) {
            errors.add(new FieldError("kind", "salah satu dari / one of " + new java.util.TreeSet<>(KINDS)));
        }
        String name = filename == null ? "" : filename.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").trim();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("filename", "wajib, paling banyak 200 karakter / required, at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        byte[] bytes = readLimited(body, cfg.documentMaxBytes());
        if (bytes.length == 0) {
            throw ProblemException.badRequest("Berkas kosong / The file is empty");
        }
        if (!matchesType(type, bytes)) {
            throw ProblemException.invalid(List.of(new FieldError("content",
                    "isi berkas bukan " + type + " / the content is not " + type)));
        }
        String sha = id.serasan.personnel.internal.io.EmployeeImport.sha256(bytes);
        long now = System.currentTimeMillis();
        long id = personnel.db().tx(c -> {
            long key;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_DOCUMENT (EMPLOYEE_ID, KIND, FILENAME, "
                    + "CONTENT_TYPE, SIZE_BYTES, SHA256, CONTENT, UPLOADED_BY, UPLOADED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, r.id());
                ps.setString(2, k);
                ps.setString(3, name);
                ps.setString(4, type);
                ps.setLong(5, bytes.length);
                ps.setString(6, sha);
                ps.setBytes(7, bytes);
                ps.setString(8, viewer.username());
                ps.setLong(9, now);
                ps.executeUpdate();
                key = HistoryService.key(ps);
            }
            personnel.audit().record(c, viewer.username(), "personnel.document.upload", "employee", nip, null,
                    "{\"id\":" + key + ",\"kind\":\"" + k + "\",\"sha256\":\"" + sha + "\",\"size\":" + bytes.length + "}");
            return key;
        });
        return new Document(id, k, name, type, bytes.length, sha, viewer.username(), now);
    }

    public void delete(Viewer viewer, String nip, long id) {
        EmployeeRow r = personnel.editable(viewer, nip);
        personnel.db().tx(c -> {
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_CORRECTION WHERE "
                    + "DOCUMENT_ID = ?"), id); ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    throw ProblemException.conflict("Dokumen lampiran usulan perbaikan tidak dapat dihapus / A document "
                            + "attached to a correction cannot be deleted");
                }
            }
            try (PreparedStatement ps = Db.bind(c.prepareStatement("DELETE FROM PERSONNEL_DOCUMENT WHERE ID = ? AND "
                    + "EMPLOYEE_ID = ?"), id, r.id())) {
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.notFound("Dokumen " + id + " tidak ada / Document " + id + " not found");
                }
            }
            personnel.audit().record(c, viewer.username(), "personnel.document.delete", "employee", nip,
                    "{\"id\":" + id + "}", null);
            return null;
        });
    }

    static byte[] readLimited(InputStream in, long max) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new ProblemException(413, "payload-too-large", null, "Dokumen melebihi " + max
                        + " byte / The document exceeds " + max + " bytes", null);
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.badRequest("Berkas tidak terbaca / The file could not be read");
        }
    }

    /** True when the first bytes are those of the declared type (PDF, JPEG, PNG); other types are not sniffed. */
    static boolean matchesType(String type, byte[] b) {
        return switch (type) {
            case "application/pdf" -> b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
            case "image/jpeg" -> b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
            case "image/png" -> b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
            default -> true;
        };
    }
}
