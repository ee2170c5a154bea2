package id.serasan.platform.internal.rest;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.internal.PlatformConfig;
import id.serasan.platform.internal.security.AuthService;
import id.serasan.platform.internal.web.PublicUrlsService;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Runs before matching on every request: refuses bodies over the configured limit (413), finds the caller from a
 * bearer token or the portal's session cookie (checking the CSRF header on unsafe methods), and puts a
 * {@link SerasanPrincipal} into the {@link SecurityContext}. Authorization per endpoint happens in the router.
 * On the way out it adds the security headers ({@link #securityHeaders}) and keeps API answers out of caches.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class}, configurationPid = PlatformConfig.PID)
@JaxrsExtension
@JaxrsName(SecurityFilter.NAME)
@PreMatching
public class SecurityFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String NAME = "serasan.security";
    public static final String SESSION_COOKIE = "SERASAN_SESSION";
    public static final String CSRF_COOKIE = "SERASAN_CSRF";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Request property holding the {@link AuthService.Verified} token of the caller. */
    public static final String VERIFIED = "serasan.verified";
    /** Request property holding the client's address. */
    public static final String CLIENT_ADDRESS = "serasan.clientAddress";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** The Content-Security-Policy of API answers: JSON and downloads load nothing and are never framed. */
    public static final String CSP = "default-src 'none'; frame-ancestors 'none'";
    /** HSTS for a year, sent when the request came over TLS or the public address is https. */
    public static final String HSTS = "max-age=31536000";

    private final AuthService auth;
    private final PublicUrlsService urls;
    private volatile PlatformConfig config;

    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public SecurityFilter(@Reference AuthService auth, @Reference PublicUrlsService urls, PlatformConfig config) {
        this.auth = auth;
        this.urls = urls;
        this.config = config;
    }

    @Modified
    void modified(PlatformConfig config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext req) throws IOException {
        PlatformConfig cfg = config;
        limitBody(req, isUpload(req) ? cfg.maxUploadBytes() : cfg.maxRequestBytes());
        req.setProperty(CLIENT_ADDRESS, clientAddress(req, cfg));

        String authz = req.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<AuthService.Verified> verified = Optional.empty();
        if (authz != null) {
            if (!authz.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new ProblemException(401, "unauthorized", null,
                        "Gunakan token Bearer / Use a Bearer token", null);
            }
            verified = auth.verify(authz.substring(7).trim());
            if (verified.isEmpty()) {
                throw new ProblemException(401, "invalid-token", null,
                        "Token tidak berlaku atau kedaluwarsa; silakan login lagi / The token is invalid or expired; log in again",
                        null);
            }
        } else {
            Cookie session = req.getCookies().get(SESSION_COOKIE);
            if (session != null) {
                verified = auth.verify(session.getValue()).filter(v -> v.kind() == AuthService.Kind.SESSION);
                if (verified.isPresent() && !SAFE.contains(req.getMethod().toUpperCase(Locale.ROOT)) && isApi(req)) {
                    String csrf = req.getHeaderString(CSRF_HEADER);
                    String expected = verified.get().csrfHash();
                    if (csrf == null || expected == null || !MessageDigest.isEqual(
                            expected.getBytes(StandardCharsets.US_ASCII),
                            id.serasan.platform.internal.security.Secrets.sha256(csrf).getBytes(StandardCharsets.US_ASCII))) {
                        throw new ProblemException(403, "csrf", null,
                                "Token CSRF hilang atau salah; muat ulang halaman / Missing or wrong CSRF token; reload the page",
                                null);
                    }
                }
            }
        }
        if (verified.isPresent()) {
            AuthService.Verified v = verified.get();
            req.setProperty(VERIFIED, v);
            boolean secure = req.getSecurityContext() != null && req.getSecurityContext().isSecure();
            req.setSecurityContext(new Context_(v.principal(), secure,
                    v.kind() != AuthService.Kind.SESSION ? "Bearer" : SecurityContext.FORM_AUTH));
        }
    }

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        boolean tls = req.getSecurityContext() != null && req.getSecurityContext().isSecure();
        // a page sets its own, stricter-for-pages policy (it loads our stylesheet); everything else loads nothing
        Object pageCsp = res.getHeaders().getFirst("Content-Security-Policy");
        securityHeaders(tls || urls.https()).forEach(res.getHeaders()::putSingle);
        if (pageCsp != null) {
            res.getHeaders().putSingle("Content-Security-Policy", pageCsp);
        }
        if (!res.getHeaders().containsKey("Cache-Control")) {
            res.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }

    /**
     * The headers every answer carries (the platform-jetty fragment sends the same on the web server's own error
     * answers): no MIME sniffing, no framing, no referrer, a CSP that loads nothing, and HSTS when {@code https}.
     */
    public static Map<String, String> securityHeaders(boolean https) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Content-Security-Policy", CSP);
        if (https) {
            h.put("Strict-Transport-Security", HSTS);
        }
        return h;
    }

    private String clientAddress(ContainerRequestContext req, PlatformConfig cfg) {
        if (cfg.trustForwardedFor()) {
            String xff = req.getHeaderString("X-Forwarded-For");
            if (xff != null && !xff.isBlank()) {
                return xff.split(",")[0].trim();
            }
        }
        try {
            HttpServletRequest r = servletRequest;
            return r == null ? "unknown" : r.getRemoteAddr();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * Whether the request is for the API. Pages (every other path) check the CSRF token of their forms themselves, in
     * the form field {@code _csrf}, because a browser's form cannot send the header.
     */
    static boolean isApi(ContainerRequestContext req) {
        String path = req.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api") || p.startsWith("api/");
    }

    /** A body that is neither JSON nor a plain form (a file, or a form with files): up to the larger upload limit. */
    static boolean isUpload(ContainerRequestContext req) {
        String type = req.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(java.util.Locale.ROOT);
        return !(t.contains("json") || t.startsWith("application/x-www-form-urlencoded"));
    }

    private static void limitBody(ContainerRequestContext req, long max) {
        String len = req.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (len != null) {
            try {
                if (Long.parseLong(len.trim()) > max) {
                    throw tooLarge(max);
                }
            } catch (NumberFormatException e) {
                throw new ProblemException(400, null, null, "Content-Length tidak valid / Invalid Content-Length", null);
            }
        }
        if (req.hasEntity()) {
            req.setEntityStream(new Limited(req.getEntityStream(), max));
        }
    }

    static ProblemException tooLarge(long max) {
        return new ProblemException(413, "payload-too-large", null,
                "Data permintaan melebihi " + max + " byte / The request body exceeds " + max + " bytes", null);
    }

    /** Fails once more than {@code max} bytes have been read (bodies sent without Content-Length). */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private void add(long n) {
            if (n > 0) {
                count += n;
                if (count > max) {
                    throw tooLarge(max);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            add(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            add(s);
            return s;
        }
    }

    /** The SecurityContext of an authenticated request. */
    private record Context_(SerasanPrincipal principal, boolean secure, String scheme) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return principal.roles().stream().anyMatch(r -> r.name().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
