package id.serasan.platform.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Jetty 9.4 configured as etc/jetty.xml configures pax-web's, spoken to over raw sockets. */
class JettyErrorsTest {
    @TempDir
    Path etc;

    private Server server;
    private int port;

    private void start(String publicBaseUrl) throws Exception {
        Path cfg = etc.resolve("id.serasan.platform.cfg");
        Files.writeString(cfg, "tokenTtlMinutes = 480\npublicBaseUrl = " + publicBaseUrl + "\n");
        PublicBase base = new PublicBase(cfg);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setErrorHandler(new ProblemErrorHandler(base));
        SecurityHeadersHandler headers = new SecurityHeadersHandler(base);
        headers.setHandler(new AbstractHandler() { // stands for pax-web's contexts
            @Override
            public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                baseRequest.setHandled(true);
                if (target.startsWith("/missing")) {
                    response.sendError(404);
                    return;
                }
                response.setContentType("application/json");
                response.getWriter().write("{\"status\":\"UP\"}");
            }
        });
        server.setHandler(headers);
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = s.getInputStream().read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                }
            } catch (SocketTimeoutException | SocketException e) {
                // answered
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status) {
        assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status + " ");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertThat(head).contains("content-type: application/problem+json")
                .contains("x-frame-options: deny").contains("x-content-type-options: nosniff")
                .contains("referrer-policy: no-referrer")
                .contains("content-security-policy: default-src 'none'; frame-ancestors 'none'")
                .doesNotContain("text/html");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body).contains("\"status\":" + status).contains("\"title\":\"").contains(" / ")
                .doesNotContain("<h1>").doesNotContain("Bad Message");
    }

    @Test
    void aUriTooLongIs414ProblemJson() throws Exception {
        start("http://localhost:8181");
        assertProblem(raw("GET /api/health?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
    }

    @Test
    void headersTooLargeAre431ProblemJson() throws Exception {
        start("http://localhost:8181");
        assertProblem(raw("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"), 431);
    }

    @Test
    void aBadRequestLineIs400ProblemJson() throws Exception {
        start("http://localhost:8181");
        assertProblem(raw("GARBAGE\r\n\r\n"), 400);
        assertProblem(raw("GET /x HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n"), 400);
    }

    @Test
    void traceIs405ProblemJsonWithAllow() throws Exception {
        start("http://localhost:8181");
        String answer = raw("TRACE /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 405);
        assertThat(answer).contains("Allow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        assertThat(answer).doesNotContain("TRACE /api/health"); // nothing echoed
    }

    @Test
    void errorsOutsideTheApplicationAndEveryAnswerCarryTheHeaders() throws Exception {
        start("http://localhost:8181");
        assertProblem(raw("DELETE /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 404);
        String ok = raw("GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(ok).startsWith("HTTP/1.1 200").contains("X-Frame-Options: DENY").doesNotContain("Strict-Transport-Security");
    }

    @Test
    void hstsWhenThePublicAddressIsHttps() throws Exception {
        start("https://serasan.muaraenimkab.go.id");
        assertThat(raw("GARBAGE\r\n\r\n")).contains("Strict-Transport-Security: max-age=31536000");
        assertThat(raw("GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .contains("Strict-Transport-Security: max-age=31536000");
        assertThat(PublicBase.isHttps(" \"https://x.go.id\" ")).isTrue();
        assertThat(PublicBase.isHttps("http://x.go.id")).isFalse();
        assertThat(PublicBase.isHttps(null)).isFalse();
    }
}
