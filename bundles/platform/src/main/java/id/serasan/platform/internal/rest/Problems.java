package id.serasan.platform.internal.rest;

import id.serasan.platform.api.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.Response;

/** Builds RFC 9457 problem answers. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:serasan:problem:";

    private Problems() {
    }

    public static Map<String, Object> body(int status, String type, String title, String detail,
                                           List<FieldError> errors, String correlationId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type == null ? "about:blank" : TYPE_PREFIX + type);
        p.put("title", title == null ? defaultTitle(status) : title);
        p.put("status", status);
        if (detail != null) {
            p.put("detail", detail);
        }
        if (errors != null && !errors.isEmpty()) {
            p.put("errors", errors);
        }
        if (correlationId != null) {
            p.put("correlationId", correlationId);
        }
        return p;
    }

    public static Response.ResponseBuilder response(int status, String type, String title, String detail,
                                                    List<FieldError> errors, String correlationId) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(body(status, type, title, detail, errors, correlationId));
    }

    public static String defaultTitle(int status) {
        return switch (status) {
            case 400 -> "Permintaan tidak valid / Bad request";
            case 401 -> "Perlu login / Authentication required";
            case 403 -> "Akses ditolak / Forbidden";
            case 404 -> "Tidak ditemukan / Not found";
            case 405 -> "Metode tidak diizinkan / Method not allowed";
            case 406 -> "Format tidak tersedia / Not acceptable";
            case 409 -> "Konflik / Conflict";
            case 413 -> "Data terlalu besar / Payload too large";
            case 415 -> "Jenis data tidak didukung / Unsupported media type";
            case 422 -> "Data tidak valid / Validation failed";
            case 429 -> "Terlalu banyak permintaan / Too many requests";
            case 503 -> "Layanan tidak tersedia / Service unavailable";
            default -> status >= 500 ? "Kesalahan server / Internal server error" : "Permintaan ditolak / Request refused";
        };
    }
}
