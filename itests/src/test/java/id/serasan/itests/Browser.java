package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a browser does with the server-rendered pages, over real HTTP: it keeps the session and form-token cookies,
 * sends the form token with every form, follows nothing by itself (tests look at each redirect).
 */
public final class Browser {
    private final Http http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(Http http) {
        this.http = http;
    }

    /** Opens the login page and logs in; asserts the redirect. */
    public Browser login(String username, String password) {
        get("/masuk");
        Http.Answer a = post("/masuk", "username", username, "password", password, "kembali", "/meja");
        assertEquals(a.toString(), 303, a.status());
        assertNotNull("no session cookie", cookies.get("SERASAN_SESSION"));
        return this;
    }

    public Http.Answer get(String path) {
        return keep(http.page(path, cookieHeader()));
    }

    /** A form POST with the form token added; {@code fields} are name, value pairs. */
    public Http.Answer post(String path, String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.add("_csrf");
        all.add(csrf());
        return keep(http.postForm(path, cookieHeader(), all.toArray(String[]::new)));
    }

    /** A form POST without the form token (what a forged cross-site form sends). */
    public Http.Answer postWithoutToken(String path, String... fields) {
        return keep(http.postForm(path, cookieHeader(), fields));
    }

    /** A {@code multipart/form-data} POST with the form token, text fields and one file. */
    public Http.Answer upload(String path, String fileField, String filename, String contentType, byte[] content,
                              String... fields) {
        String boundary = "----serasan" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(fields));
        all.add("_csrf");
        all.add(csrf());
        for (int i = 0; i < all.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + all.get(i)
                    + "\"\r\n\r\n" + all.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest r = HttpRequest.newBuilder(URI.create(http.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .header("Cookie", cookieHeader()).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return keep(http.send(r));
    }

    /** The form token this browser holds (from its cookie). */
    public String csrf() {
        String v = cookies.get("SERASAN_CSRF");
        if (v == null) {
            get("/");
            v = cookies.get("SERASAN_CSRF");
        }
        assertNotNull("no form-token cookie", v);
        return v;
    }

    /** The path of a redirect's Location. */
    public static String location(Http.Answer a) {
        return URI.create(a.raw().headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no Location: " + a))).getRawPath() + query(a);
    }

    private static String query(Http.Answer a) {
        String q = URI.create(a.raw().headers().firstValue("Location").orElseThrow()).getRawQuery();
        return q == null ? "" : "?" + q;
    }

    private Http.Answer keep(Http.Answer a) {
        for (String c : a.raw().headers().allValues("Set-Cookie")) {
            String pair = c.contains(";") ? c.substring(0, c.indexOf(';')) : c;
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (value.isEmpty() || c.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return a;
    }

    private String cookieHeader() {
        if (cookies.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        cookies.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return b.toString();
    }
}
