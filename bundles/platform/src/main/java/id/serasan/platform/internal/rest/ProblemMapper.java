package id.serasan.platform.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.internal.db.Database;
import id.serasan.platform.internal.security.AuthService;
import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error becomes {@code application/problem+json}. Server faults answer 500 (or 503 when the database is
 * unreachable) with only a correlation id; the stack trace goes to the log under that id.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(ProblemMapper.NAME)
public class ProblemMapper implements ExceptionMapper<Throwable> {
    public static final String NAME = "serasan.problems";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable ex) {
        if (ex instanceof ProblemException p) {
            java.util.Map<String, Object> body = Problems.body(p.status(), p.type(), p.title(), p.detail(), p.errors(), null);
            p.extensions().forEach(body::putIfAbsent);
            Response.ResponseBuilder rb = Response.status(p.status()).type(Problems.MEDIA_TYPE).entity(body);
            if (p instanceof AuthService.TooManyAttempts t) {
                rb.header("Retry-After", t.retryAfterSeconds());
            }
            String allow = p.getResponse() == null ? null : p.getResponse().getHeaderString("Allow");
            if (allow != null) {
                rb.header("Allow", allow);
            }
            if (p.status() == 401) {
                rb.header("WWW-Authenticate", "Bearer realm=\"serasan\"");
            }
            return rb.build();
        }
        if (ex instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() < 300) {
            return w.getResponse(); // a successful answer given by exception (OPTIONS from the router)
        }
        if (ex instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            Response.ResponseBuilder rb = Problems.response(status, null, null, detail(status), null, null);
            Object allow = w.getResponse().getHeaderString("Allow");
            if (allow != null) {
                rb.header("Allow", allow);
            }
            return rb.build();
        }
        if (ex instanceof JsonProcessingException j) {
            return toResponse(JsonProvider.problem(j));
        }
        if (brokenRequestBody(ex)) {
            LOG.debug("Unreadable request body", ex);
            return Problems.response(400, "malformed-body", "Data permintaan rusak / Malformed request body",
                    "Data permintaan tidak dapat dibaca (chunked encoding rusak atau koneksi terputus) / The request body "
                            + "could not be read (broken chunked encoding or a dropped connection)", null, null).build();
        }
        String id = UUID.randomUUID().toString();
        if (ex instanceof Database.DatabaseException || databaseUnreachable(ex)) {
            LOG.error("Database unavailable [correlationId={}]", id, ex);
            return Problems.response(503, "database-unavailable", null,
                    "Basis data tidak dapat dihubungi; coba lagi nanti / The database cannot be reached; try again later",
                    null, id).header("Retry-After", 5).build();
        }
        LOG.error("Unhandled error [correlationId={}]", id, ex);
        return Problems.response(500, "internal", null,
                "Terjadi kesalahan; sebutkan kode ini kepada admin / Something went wrong; quote this id to the administrator: "
                        + id, null, id).build();
    }

    /**
     * True when a module's failure comes from a database that cannot be reached (SQL state class 08, or a
     * transient connection error), so it is answered 503 like the platform's own.
     */
    static boolean databaseUnreachable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * True when the failure is the web server refusing to read the request body: a malformed chunked encoding, a
     * body shorter than announced, a connection dropped mid-body. Jetty reports these as its BadMessageException,
     * EofException or an IllegalStateException ("Parser is terminated") thrown while parsing content; the platform
     * does not link against Jetty, so they are recognised by class and frame names.
     */
    static boolean brokenRequestBody(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("org.eclipse.jetty.http.BadMessageException") || name.equals("org.eclipse.jetty.io.EofException")) {
                return true;
            }
            if ((t instanceof IllegalStateException || t instanceof java.io.IOException) && t.getStackTrace().length > 0) {
                String top = t.getStackTrace()[0].getClassName();
                if (top.startsWith("org.eclipse.jetty.server.HttpInput") || top.equals("org.eclipse.jetty.server.HttpConnection")
                        || top.equals("org.eclipse.jetty.http.HttpParser")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "Alamat ini tidak ada / Nothing is served at this address";
            case 405 -> "Metode HTTP ini tidak didukung di alamat ini / This HTTP method is not supported here";
            case 406 -> "Format jawaban yang diminta tidak tersedia / The requested response format is not available";
            case 415 -> "Kirim data sebagai application/json / Send the body as application/json";
            default -> null;
        };
    }
}
