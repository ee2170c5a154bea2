package id.serasan.platform.jetty;

import java.io.IOException;
import java.util.Locale;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Wraps pax-web's handlers (etc/jetty.xml): every answer starts with the security headers (the platform sets them
 * again on its own answers), and TRACE / TRACK - which pax-web refuses with an empty 405 - are answered 405
 * {@code application/problem+json} here, before any context sees them.
 */
public class SecurityHeadersHandler extends HandlerWrapper {
    static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private final PublicBase base;

    public SecurityHeadersHandler() {
        this(PublicBase.fromKarafEtc());
    }

    SecurityHeadersHandler(PublicBase base) {
        this.base = base;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        boolean https = request.isSecure() || base.https();
        Problems.headers(https).forEach((k, v) -> {
            if (!k.equals("Cache-Control")) {
                response.setHeader(k, v);
            }
        });
        String method = request.getMethod() == null ? "" : request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE") || method.equals("TRACK")) {
            baseRequest.setHandled(true);
            response.setHeader("Allow", ALLOW);
            Problems.write(response, 405, https);
            return;
        }
        super.handle(target, baseRequest, request, response);
    }
}
