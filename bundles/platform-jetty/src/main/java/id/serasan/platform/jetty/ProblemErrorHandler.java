package id.serasan.platform.jetty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * The server's error handler (etc/jetty.xml): requests Jetty refuses before any application sees them - a bad
 * request line (400), a URI over the header buffer (414), headers too large (431), unsupported HTTP versions - and
 * errors outside any context are answered {@code application/problem+json} with the security headers, instead of
 * Jetty's {@code text/html} page.
 */
public class ProblemErrorHandler extends ErrorHandler {
    private final PublicBase base;

    public ProblemErrorHandler() {
        this(PublicBase.fromKarafEtc());
    }

    ProblemErrorHandler(PublicBase base) {
        this.base = base;
        setShowStacks(false);
        setShowServlet(false);
    }

    /** Every method gets a body (Jetty's default gives none to TRACE, PUT, DELETE, ...). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /** A message Jetty could not parse: no request exists, only the answer's header fields. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        Problems.headers(base.https()).forEach(fields::put);
        if (HttpStatus.hasNoBody(status)) {
            return BufferUtil.EMPTY_BUFFER;
        }
        fields.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        return BufferUtil.toBuffer(Problems.json(status), StandardCharsets.UTF_8);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        if (!response.isCommitted()) {
            response.resetBuffer();
            Problems.write(response, code, request.isSecure() || base.https());
        }
        baseRequest.setHandled(true);
    }
}
