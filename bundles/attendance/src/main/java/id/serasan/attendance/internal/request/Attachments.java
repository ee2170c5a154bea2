package id.serasan.attendance.internal.request;

import id.serasan.attendance.internal.config.AttendanceSettings;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.RequestRepository;
import id.serasan.platform.api.ProblemException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Letters attached to requests and appeals (a doctor's letter, a letter of assignment): PDF, JPEG or PNG judged by
 * their first bytes (never by what the phone claims), at most the configured size. Uploaded first, then named by
 * id in one request or appeal of the same employee.
 */
@Component(service = Attachments.class)
public class Attachments {
    private final AttendanceDatabase db;
    private final AttendanceSettings settings;
    private final RequestRepository repo = new RequestRepository();

    /** An attachment as shown: never its content. */
    public record FileView(long id, String filename, String contentType, long size) {
        static FileView of(RequestRepository.FileRow f) {
            return new FileView(f.id(), f.filename(), f.contentType(), f.size());
        }
    }

    @Activate
    public Attachments(@Reference AttendanceDatabase db, @Reference AttendanceSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    /** The largest attachment, bytes. */
    public int maxBytes() {
        return settings.get().requests().attachmentMaxBytes();
    }

    /** Keeps a file of the employee {@code nip}. 413 when too large, 415 when not a PDF, JPEG or PNG. */
    public FileView upload(String nip, String filename, byte[] content) {
        int max = settings.get().requests().attachmentMaxBytes();
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("Berkas kosong / The file is empty");
        }
        if (content.length > max) {
            throw new ProblemException(413, "payload-too-large", null, "Berkas lebih dari " + max / 1024
                    + " KB / The file is larger than " + max / 1024 + " KB", List.of());
        }
        String type = sniff(content);
        if (type == null) {
            throw new ProblemException(415, "unsupported-media-type", null, "Lampiran harus PDF, JPEG atau PNG / The"
                    + " attachment must be a PDF, JPEG or PNG", List.of());
        }
        String name = cleanName(filename, type);
        String sha = sha256(content);
        long now = System.currentTimeMillis();
        long id = db.tx(c -> repo.insertFile(c, nip, name, type, content, sha, now));
        return new FileView(id, name, type, content.length);
    }

    /** The type the first bytes show: {@code application/pdf}, {@code image/jpeg}, {@code image/png}, else null. */
    static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == '\r'
                && b[5] == '\n' && (b[6] & 0xff) == 0x1A && b[7] == '\n') {
            return "image/png";
        }
        return null;
    }

    /** A file name safe to show and to send back: no folders or control characters, the extension of its type. */
    static String cleanName(String filename, String type) {
        String ext = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        String n = filename == null ? "" : filename;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        int dot = n.lastIndexOf('.');
        String base = (dot >= 0 ? n.substring(0, dot) : n).replaceAll("^\\.+", "").strip();
        if (base.isEmpty()) {
            base = "lampiran";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base + ext;
    }

    /** Checks the file may be attached by {@code nip}: theirs and not attached elsewhere; 422 otherwise. */
    void checkAttachable(java.sql.Connection c, String nip, Long fileId) throws java.sql.SQLException {
        if (fileId == null) {
            return;
        }
        RequestRepository.FileRow f = repo.file(c, fileId).orElse(null);
        if (f == null || !f.nip().equals(nip)) {
            throw ProblemException.invalid(List.of(new id.serasan.platform.api.FieldError("attachmentId",
                    "Lampiran tidak ditemukan; unggah lagi / Attachment not found; upload it again")));
        }
        if (repo.fileUsed(c, fileId)) {
            throw ProblemException.invalid(List.of(new id.serasan.platform.api.FieldError("attachmentId",
                    "Lampiran ini sudah dipakai; unggah lagi / This attachment is used already; upload it again")));
        }
    }

    /** The file's description, or null. */
    FileView view(java.sql.Connection c, Long fileId) throws java.sql.SQLException {
        return fileId == null ? null : repo.file(c, fileId).map(FileView::of).orElse(null);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
