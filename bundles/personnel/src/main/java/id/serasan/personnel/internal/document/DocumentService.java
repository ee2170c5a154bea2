package id.serasan.personnel.internal.document;

import id.serasan.personnel.internal.PersonnelConfig;
import id.serasan.personnel.internal.Sha256;
import id.serasan.personnel.internal.access.AccessPolicy;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.store.CorrectionRepository;
import id.serasan.personnel.internal.store.DocumentRepository;
import id.serasan.personnel.internal.store.DocumentRepository.Content;
import id.serasan.personnel.internal.store.DocumentRepository.Document;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Documents of an employee (SK scans, diplomas): type and size limits from the configuration (live), content
 * checked against its declared type, SHA-256 checksum, stored in the database. Listed and downloaded by whoever may
 * see the employee; uploaded by those who may edit the record, and by the employee themself (attachments of
 * corrections).
 */
@Component(service = DocumentService.class, configurationPid = PersonnelConfig.PID)
public class DocumentService {
    public static final Set<String> KINDS = Set.of("SK_CPNS", "SK_PNS", "SK_PANGKAT", "SK_JABATAN", "SK_MUTASI",
            "IJAZAH", "SERTIFIKAT_DIKLAT", "KARTU_KELUARGA", "LAINNYA");

    private final PersonnelDatabase db;
    private final DocumentRepository documents;
    private final CorrectionRepository corrections;
    private final AccessPolicy access;
    private final AuditService audit;
    private volatile PersonnelConfig config;

    @Activate
    public DocumentService(@Reference PersonnelDatabase db, @Reference DocumentRepository documents,
                           @Reference CorrectionRepository corrections, @Reference AccessPolicy access,
                           @Reference AuditService audit, PersonnelConfig config) {
        this.db = db;
        this.documents = documents;
        this.corrections = corrections;
        this.access = access;
        this.audit = audit;
        this.config = config;
    }

    @Modified
    void modified(PersonnelConfig changed) {
        this.config = changed;
    }

    public List<Document> list(Viewer viewer, String nip) {
        EmployeeRow r = access.visible(viewer, nip);
        return db.read(c -> documents.list(c, r.id()));
    }

    public Content get(Viewer viewer, String nip, long id) {
        EmployeeRow r = access.visible(viewer, nip);
        return db.read(c -> documents.get(c, r.id(), id)).orElseThrow(() -> notFound(id));
    }

    /** Stores a document; the caller must be allowed to edit the employee, or be the employee. */
    public Document upload(Viewer viewer, String nip, String kind, String filename, String contentType, InputStream body) {
        EmployeeRow r = access.documentUploader(viewer, nip);
        PersonnelConfig cfg = config;
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        List<String> allowed = Arrays.stream(cfg.documentTypes()).map(String::trim).filter(s -> !s.isBlank()).toList();
        if (!allowed.contains(type)) {
            throw new ProblemException(415, "unsupported-media-type", "Jenis berkas tidak diterima / Unsupported media type",
                    "Jenis yang diterima / Accepted types: " + allowed, null);
        }
        String k = kind == null ? null : kind.trim().toUpperCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (k == null || !KINDS.contains(k)) {
            errors.add(new FieldError("kind", "salah satu dari / one of " + new TreeSet<>(KINDS)));
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
        String sha = Sha256.hex(bytes);
        Document stored = new Document(0, k, name, type, bytes.length, sha, viewer.username(), System.currentTimeMillis());
        long id = db.tx(c -> {
            long key = documents.insert(c, r.id(), stored, bytes);
            audit.record(c, viewer.username(), "personnel.document.upload", "employee", nip, null, withId(stored, key));
            return key;
        });
        return withId(stored, id);
    }

    /** Deletes a document; not while a correction has it attached (409). */
    public void delete(Viewer viewer, String nip, long id) {
        EmployeeRow r = access.editable(viewer, nip);
        db.tx(c -> {
            if (corrections.attaches(c, id)) {
                throw ProblemException.conflict("Dokumen lampiran usulan perbaikan tidak dapat dihapus / A document "
                        + "attached to a correction cannot be deleted");
            }
            if (documents.delete(c, r.id(), id) == 0) {
                throw notFound(id);
            }
            audit.record(c, viewer.username(), "personnel.document.delete", "employee", nip, Map.of("id", id), null);
            return null;
        });
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Dokumen " + id + " tidak ada / Document " + id + " not found");
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

    private static Document withId(Document d, long id) {
        return new Document(id, d.kind(), d.filename(), d.contentType(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt());
    }
}
