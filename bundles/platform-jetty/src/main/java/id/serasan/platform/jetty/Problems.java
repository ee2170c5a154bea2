package id.serasan.platform.jetty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * The web server's own refusals as RFC 9457 {@code application/problem+json}, in the platform's words (Bahasa
 * Indonesia / English), with the headers every Serasan answer carries (see the platform's SecurityFilter).
 */
final class Problems {
    static final String MEDIA_TYPE = "application/problem+json";
    static final String CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    private Problems() {
    }

    /** The security headers; HSTS only when {@code https}. */
    static Map<String, String> headers(boolean https) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Content-Security-Policy", CSP);
        if (https) {
            h.put("Strict-Transport-Security", HSTS);
        }
        h.put("Cache-Control", "no-store");
        return h;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Permintaan tidak valid / Bad request";
            case 404 -> "Tidak ditemukan / Not found";
            case 405 -> "Metode tidak diizinkan / Method not allowed";
            case 408 -> "Waktu permintaan habis / Request timeout";
            case 411 -> "Panjang data diperlukan / Length required";
            case 413 -> "Data terlalu besar / Payload too large";
            case 414 -> "Alamat terlalu panjang / URI too long";
            case 415 -> "Jenis data tidak didukung / Unsupported media type";
            case 431 -> "Header terlalu besar / Request header fields too large";
            case 505 -> "Versi HTTP tidak didukung / HTTP version not supported";
            default -> status >= 500 ? "Kesalahan server / Internal server error" : "Permintaan ditolak / Request refused";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "Permintaan HTTP tidak dapat dibaca / The HTTP request could not be parsed";
            case 404 -> "Alamat ini tidak ada / Nothing is served at this address";
            case 405 -> "Metode HTTP ini tidak didukung / This HTTP method is not supported";
            case 413 -> "Data permintaan terlalu besar / The request is too large";
            case 414 -> "Alamat (URI) permintaan terlalu panjang / The request URI is too long";
            case 431 -> "Header permintaan terlalu besar / The request headers are too large";
            case 505 -> "Gunakan HTTP/1.1 / Use HTTP/1.1";
            default -> status >= 500 ? "Terjadi kesalahan pada server web / The web server failed to answer"
                    : "Permintaan ditolak oleh server web / The web server refused the request";
        };
    }

    /** {"type":"about:blank","title":…,"status":…,"detail":…} (fixed texts only: nothing of the request is echoed). */
    static String json(int status) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status + ",\"detail\":\""
                + detail(status) + "\"}";
    }

    /** Writes the whole answer (the response must not be committed). */
    static void write(HttpServletResponse response, int status, boolean https) throws IOException {
        byte[] body = json(status).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        headers(https).forEach(response::setHeader);
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
