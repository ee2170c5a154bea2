package id.serasan.platform.api;

import java.util.List;
import javax.ws.rs.WebApplicationException;

/**
 * Thrown by a service or resource to refuse a request; the platform turns it into an RFC 9457
 * {@code application/problem+json} answer with the given status. A request refused this way must have changed
 * nothing. It is a {@link WebApplicationException} so that JAX-RS passes it through unchanged from anywhere,
 * message body readers included.
 */
public class ProblemException extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final java.util.Map<String, Object> extensions;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        this(status, type, title, detail, errors, java.util.Map.of());
    }

    /**
     * A problem with extension members (RFC 9457 section 3.2): extra top-level members of the answer that a client
     * can read, e.g. {@code "distanceMetres": 412}. Values are plain JSON values (strings, numbers, booleans, lists
     * and maps of them); a key that names a standard member ({@code type}, {@code title}, {@code status},
     * {@code detail}, {@code instance}, {@code errors}, {@code correlationId}) is refused.
     *
     * @since 1.2
     */
    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors,
                            java.util.Map<String, Object> extensions) {
        super(detail, checkStatus(status));
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extensions));
        for (String k : this.extensions.keySet()) {
            if (java.util.Set.of("type", "title", "status", "detail", "instance", "errors", "correlationId").contains(k)) {
                throw new IllegalArgumentException("a standard problem member: " + k);
            }
        }
    }

    /**
     * The extension members, in order; empty when none.
     *
     * @since 1.2
     */
    public java.util.Map<String, Object> extensions() {
        return extensions;
    }

    public ProblemException(int status, String title, String detail) {
        this(status, null, title, detail, List.of());
    }

    private static int checkStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status: " + status);
        }
        return status;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Tidak ditemukan / Not found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Konflik / Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Akses ditolak / Forbidden", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Permintaan tidak valid / Bad request", detail);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(422, "validation", "Data tidak valid / Validation failed",
                "Periksa kolom yang ditandai / Check the fields listed in errors", errors);
    }

    public int status() {
        return status;
    }

    /** A short problem type name (the platform turns it into a URI), or null for the status's default. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
