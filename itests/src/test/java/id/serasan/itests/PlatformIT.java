package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/** The platform over real HTTP in the real distribution: login, deny by default, problems, registry, audit. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends SerasanTestSupport {
    static final String GUESTBOOK = "serasan-example-guestbook";
    /** The configured public address (publicBaseUrl) of this container. */
    static final String PUBLIC_BASE = "https://serasan.muaraenimkab.go.id";

    @Inject
    FeaturesService features;

    @Inject
    JaxrsServiceRuntime jaxrs;

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(baseConfiguration()));
        // Client addresses from X-Forwarded-For, so that the throttling tests can speak from several addresses.
        options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/id.serasan.platform.cfg", "trustForwardedFor", "true"));
        options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/id.serasan.platform.cfg", "publicBaseUrl", PUBLIC_BASE));
        return options.toArray(new Option[0]);
    }

    /** A login sent from {@code address} (X-Forwarded-For). */
    private Http.Answer loginFrom(String address, String username, String password) {
        return http().send(HttpRequest.newBuilder(URI.create(http().base() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(Http.json("username", username, "password", password))).build());
    }

    /** Sends raw bytes (what java.net.http refuses to send) and returns the whole answer: status line, headers, body. */
    private String raw(String request) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", Integer.getInteger("serasan.itest.httpPort"))) {
            s.setSoTimeout(15_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = s.getInputStream().read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // the server answered and stopped talking (or reset the connection after answering)
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static int rawStatus(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static String rawHeader(String answer, String name) {
        for (String line : answer.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith(name.toLowerCase(java.util.Locale.ROOT) + ":")) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return null;
    }

    private static String rawBody(String answer) {
        int i = answer.indexOf("\r\n\r\n");
        return i < 0 ? "" : answer.substring(i + 4);
    }

    private String rawPost(String path, String host, String token, String json) throws Exception {
        return raw("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + json.getBytes(StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n" + json);
    }

    /** A forged Host header never reaches a Location header: the platform and the guestbook use publicBaseUrl. */
    @Test
    public void locationHeadersComeFromThePublicBaseUrlNotFromTheHostHeader() throws Exception {
        String admin = adminToken();
        String created = rawPost("/api/v1/platform/users", "evil.example", admin,
                "{\"username\":\"tamu.host\",\"password\":\"Tamu-Host-Palsu-2026\",\"roles\":[\"EMPLOYEE\"]}");
        assertEquals(created, 201, rawStatus(created));
        assertEquals(PUBLIC_BASE + "/api/v1/platform/users/tamu.host", rawHeader(created, "Location"));
        assertFalse(created, created.contains("evil.example"));
        features.installFeature(GUESTBOOK);
        try {
            await("/api/v1/guestbook/entries", null, 200, 30);
            String entry = rawPost("/api/v1/guestbook/entries", "evil.example:8181", admin, "{\"message\":\"Host palsu\"}");
            assertEquals(entry, 201, rawStatus(entry));
            assertTrue(entry, rawHeader(entry, "Location").matches(java.util.regex.Pattern.quote(PUBLIC_BASE)
                    + "/api/v1/guestbook/entries/\\d+"));
            // the guestbook audits the stored entry inside its JPA transaction; the platform writes the JSON
            String id = rawHeader(entry, "Location").replaceAll(".*/", "");
            JsonNode made = http().get("/api/v1/platform/audit?action=guestbook.entry.create&entityId=" + id, admin)
                    .json().get("items").get(0);
            JsonNode stored = Http.JSON.readTree(made.get("after").asText());
            assertEquals(made.toString(), "Host palsu", stored.get("message").asText());
            assertEquals(Long.parseLong(id), stored.get("id").asLong());
            assertTrue(made.get("before").isNull());
            assertEquals(204, http().send("DELETE", "/api/v1/guestbook/entries/" + id, admin, null, "application/json")
                    .status());
            JsonNode gone = http().get("/api/v1/platform/audit?action=guestbook.entry.delete&entityId=" + id, admin)
                    .json().get("items").get(0);
            assertEquals("Host palsu", Http.JSON.readTree(gone.get("before").asText()).get("message").asText());
            assertTrue(gone.get("after").isNull());
        } finally {
            features.uninstallFeature(GUESTBOOK);
        }
    }

    /** Bad query and path parameters are 400 naming the parameter; a page beyond any list is 400, not a 500. */
    @Test
    public void badPagingAndParametersAre400NamingTheParameter() throws Exception {
        String admin = adminToken();
        Http.Answer word = http().get("/api/v1/platform/users?page=abc", admin);
        assertProblem(word, 400);
        assertEquals("page", word.json().get("errors").get(0).get("field").asText());
        Http.Answer huge = http().get("/api/v1/platform/users?size=99999999999", admin);
        assertProblem(huge, 400);
        assertEquals("size", huge.json().get("errors").get(0).get("field").asText());
        Path log = Paths.get(System.getProperty("karaf.data"), "log", "karaf.log");
        features.installFeature(GUESTBOOK);
        try {
            await("/api/v1/guestbook/entries", null, 200, 30);
            long offset = Files.size(log);
            Http.Answer overflow = http().get("/api/v1/guestbook/entries?page=10737419&size=200", null);
            assertProblem(overflow, 400);
            assertEquals("page", overflow.json().get("errors").get(0).get("field").asText());
            assertProblem(http().get("/api/v1/guestbook/entries?page=-", null), 400);
            Http.Answer id = http().get("/api/v1/guestbook/entries/99999999999999999999", null); // digits, beyond a long
            assertProblem(id, 400);
            assertEquals("id", id.json().get("errors").get(0).get("field").asText());
            byte[] all = Files.readAllBytes(log);
            String written = new String(all, (int) Math.min(offset, all.length), (int) (all.length - Math.min(offset, all.length)),
                    StandardCharsets.UTF_8);
            assertFalse("no stack trace logged: " + written, written.contains("Unhandled error"));
        } finally {
            features.uninstallFeature(GUESTBOOK);
        }
    }

    private static void assertSecurityHeaders(java.util.function.Function<String, String> header, String what) {
        assertEquals(what, "default-src 'none'; frame-ancestors 'none'", header.apply("Content-Security-Policy"));
        assertEquals(what, "DENY", header.apply("X-Frame-Options"));
        assertEquals(what, "nosniff", header.apply("X-Content-Type-Options"));
        assertEquals(what, "no-referrer", header.apply("Referrer-Policy"));
        assertEquals(what + " (publicBaseUrl is https)", "max-age=31536000", header.apply("Strict-Transport-Security"));
    }

    /** Jetty's own refusals were text/html without headers; they are problem+json with the same headers as the API's. */
    private static void assertJettyProblem(String answer, int status) throws Exception {
        assertEquals(answer, status, rawStatus(answer));
        assertTrue(answer, rawHeader(answer, "Content-Type").startsWith("application/problem+json"));
        assertSecurityHeaders(h -> rawHeader(answer, h), answer);
        JsonNode p = Http.JSON.readTree(rawBody(answer));
        assertEquals(status, p.get("status").asInt());
        assertTrue(answer, p.get("title").asText().contains(" / "));
    }

    @Test
    public void everyAnswerCarriesTheSecurityHeadersAndJettysOwnErrorsAreProblemJson() throws Exception {
        String admin = adminToken();
        Http.Answer ok = http().get("/api/health", null);
        assertSecurityHeaders(h -> ok.raw().headers().firstValue(h).orElse(null), "GET /api/health");
        Http.Answer problem = http().get("/api/v1/platform/users", null);
        assertSecurityHeaders(h -> problem.raw().headers().firstValue(h).orElse(null), "401");
        Http.Answer list = http().get("/api/v1/platform/users", admin);
        assertEquals("one value per header", 1, list.raw().headers().allValues("X-Frame-Options").size());
        assertJettyProblem(raw("GET /api/health?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414);
        assertJettyProblem(raw("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\n\r\n"), 431);
        assertJettyProblem(raw("GARBAGE\r\n\r\n"), 400);
        String trace = raw("TRACE /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertJettyProblem(trace, 405);
        assertFalse("TRACE echoes nothing", rawBody(trace).contains("Host: localhost"));
    }

    /** A broken chunked body was a 500 ("Parser is terminated"); it is the client's fault: 400 problem+json. */
    @Test
    public void aMalformedChunkedBodyIs400() throws Exception {
        adminToken();
        String answer = raw("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        assertEquals(answer, 400, rawStatus(answer));
        assertTrue(answer, rawHeader(answer, "Content-Type").startsWith("application/problem+json"));
        assertFalse(answer, answer.contains("correlationId"));
    }

    @Test
    public void changingOnesOwnPasswordRevokesTheOtherTokensButNotTheCurrentOne() throws Exception {
        userToken("ganti.sandi", "EMPLOYEE");
        String other = login("ganti.sandi", "Sandi-employee-2026!");
        String current = login("ganti.sandi", "Sandi-employee-2026!");
        Http.Answer changed = http().post("/api/v1/auth/password", current,
                Http.json("currentPassword", "Sandi-employee-2026!", "newPassword", "Sandi-Baru-Ganti-2026!"));
        assertEquals(changed.toString(), 204, changed.status());
        assertProblem(http().get("/api/v1/auth/me", other), 401);
        assertEquals(200, http().get("/api/v1/auth/me", current).status());
        login("ganti.sandi", "Sandi-Baru-Ganti-2026!");
    }

    /** Guesses slow the (account, address) pair; neither the owner elsewhere nor others at that address are locked out. */
    @Test
    public void failedLoginsSlowThePairWithoutLockingOutTheAccountOrTheAddress() throws Exception {
        userToken("sasaran", "EMPLOYEE");
        userToken("tetangga", "EMPLOYEE");
        for (int i = 0; i < 3; i++) {
            assertProblem(loginFrom("198.51.100.1", "sasaran", "tebakan-" + i), 401);
        }
        Http.Answer slowed = loginFrom("198.51.100.1", "sasaran", "Sandi-employee-2026!");
        assertProblem(slowed, 429);
        assertTrue(slowed.raw().headers().firstValue("Retry-After").isPresent());
        assertEquals("the owner from another address", 200, loginFrom("198.51.100.2", "sasaran", "Sandi-employee-2026!").status());
        assertEquals("someone else at that address", 200, loginFrom("198.51.100.1", "tetangga", "Sandi-employee-2026!").status());
        String reset = console("serasan:user-passwd --password Sandi-Pulih-2026 sasaran");
        assertTrue(reset, reset.contains("Password changed"));
        assertEquals("serasan:user-passwd clears the throttle", 200,
                loginFrom("198.51.100.1", "sasaran", "Sandi-Pulih-2026").status());
    }

    @Test
    public void wrongCurrentPasswordsAreThrottledLikeLogins() throws Exception {
        String token = userToken("lupa.sandi", "EMPLOYEE");
        for (int i = 0; i < 3; i++) {
            assertProblem(http().post("/api/v1/auth/password", token,
                    Http.json("currentPassword", "tebakan-" + i, "newPassword", "Sandi-Baru-Lupa-2026!")), 422);
        }
        Http.Answer slowed = http().post("/api/v1/auth/password", token,
                Http.json("currentPassword", "Sandi-employee-2026!", "newPassword", "Sandi-Baru-Lupa-2026!"));
        assertProblem(slowed, 429);
        assertTrue(slowed.raw().headers().firstValue("Retry-After").isPresent());
    }

    @Test
    public void healthReportsDatabaseAndModules() throws Exception {
        Http.Answer anonymous = await("/api/health", null, 200, 90);
        assertEquals("an anonymous caller learns only the status", "{\"status\":\"UP\"}", anonymous.body());
        assertEquals("{\"status\":\"UP\"}", http().get("/api/health", userToken("sehat", "EMPLOYEE")).body());
        Http.Answer a = http().get("/api/health", adminToken());
        JsonNode h = a.json();
        assertEquals("UP", h.get("status").asText());
        assertEquals("UP", h.get("database").get("status").asText());
        assertTrue(a.body(), a.body().contains("\"platform\""));
    }

    /** The whiteboard holds exactly one resource (the router) and our extensions, none of them failed. */
    @Test
    public void whiteboardRuntimeShowsOnlyThePlatformsTwoRoutersAndNoFailures() throws Exception {
        await("/api/health", null, 200, 90);
        features.installFeature(GUESTBOOK);
        try {
            await("/api/v1/guestbook/entries", null, 200, 30);
            RuntimeDTO dto = jaxrs.getRuntimeDTO();
            assertEquals(0, dto.failedResourceDTOs.length);
            assertEquals(0, dto.failedExtensionDTOs.length);
            assertEquals(0, dto.failedApplicationDTOs.length);
            // the platform's two stable entry points - the API router and the page router - and nothing of any module
            List<String> resources = new ArrayList<>();
            for (var r : dto.defaultApplication.resourceDTOs) {
                for (var m : r.resourceMethods) {
                    resources.add(m.path);
                }
            }
            assertEquals("modules register no whiteboard resources: " + resources, 2,
                    dto.defaultApplication.resourceDTOs.length);
            List<String> extensions = new ArrayList<>();
            for (var e : dto.defaultApplication.extensionDTOs) {
                extensions.add(e.name);
            }
            assertTrue(extensions.toString(), extensions.containsAll(List.of("serasan.json", "serasan.problems", "serasan.security")));
        } finally {
            features.uninstallFeature(GUESTBOOK);
        }
    }

    @Test
    public void loginReturnsExpiringTokenAndMeShowsTheCaller() throws Exception {
        adminToken();
        Http.Answer a = http().post("/api/v1/auth/login", null, Http.json("username", "admin", "password", ADMIN_PASSWORD));
        assertEquals(a.toString(), 200, a.status());
        JsonNode t = a.json();
        assertFalse(t.get("passwordChangeRequired").asBoolean());
        assertTrue(t.get("expiresAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        JsonNode me = http().get("/api/v1/auth/me", t.get("token").asText()).json();
        assertEquals("admin", me.get("username").asText());
        assertEquals("ADMIN", me.get("roles").get(0).asText());
    }

    @Test
    public void wrongPasswordIs401ProblemWithoutSayingWhich() throws Exception {
        adminToken();
        Http.Answer wrong = http().post("/api/v1/auth/login", null, Http.json("username", "admin", "password", "salah-sekali-123"));
        assertProblem(wrong, 401);
        Http.Answer unknown = http().post("/api/v1/auth/login", null, Http.json("username", "tidak-ada", "password", "salah-sekali-123"));
        assertProblem(unknown, 401);
        assertEquals(wrong.json().get("detail"), unknown.json().get("detail"));
    }

    @Test
    public void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        userToken("korban", "EMPLOYEE");
        for (int i = 0; i < 3; i++) {
            assertProblem(http().post("/api/v1/auth/login", null, Http.json("username", "korban", "password", "tebakan-" + i)), 401);
        }
        Http.Answer locked = http().post("/api/v1/auth/login", null,
                Http.json("username", "korban", "password", "Sandi-employee-2026!"));
        assertProblem(locked, 429);
        assertTrue(locked.raw().headers().firstValue("Retry-After").isPresent());
    }

    @Test
    public void logoutRevokesTheToken() throws Exception {
        userToken("keluar", "EMPLOYEE");
        String token = login("keluar", "Sandi-employee-2026!");
        assertEquals(200, http().get("/api/v1/auth/me", token).status());
        assertEquals(204, http().post("/api/v1/auth/logout", token, null).status());
        assertProblem(http().get("/api/v1/auth/me", token), 401);
    }

    /** Every endpoint of every module refuses callers its declaration does not admit. */
    @Test
    public void everyEndpointDeniesByDefault() throws Exception {
        String admin = adminToken();
        String employee = userToken("pegawai", "EMPLOYEE");
        features.installFeature(GUESTBOOK);
        JsonNode modules;
        try {
            await("/api/v1/guestbook/entries", null, 200, 30);
            modules = http().get("/api/v1/platform/modules", admin).json();
            assertTrue(modules.toString(), modules.toString().contains("/api/v1/guestbook/entries"));
            checkEveryEndpoint(modules, employee);
        } finally {
            features.uninstallFeature(GUESTBOOK);
        }
    }

    /** The path with each template variable replaced by a value its regular expression (if any) accepts. */
    static String samplePath(String template) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}")
                .matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String regex = m.group(1) == null ? null : m.group(1).trim();
            String sample = "1";
            if (regex != null && regex.contains("{18}")) {
                sample = "198609262015051001";
            } else if (regex != null && regex.matches("[a-z|-]+")) {
                sample = regex.split("\\|")[0];
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(sample));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void checkEveryEndpoint(JsonNode modules, String employee) {
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode m : modules) {
            for (JsonNode e : m.get("endpoints")) {
                String method = e.get("method").asText();
                String path = samplePath(e.get("path").asText());
                String access = e.get("access").asText();
                String body = "GET".equals(method) || "DELETE".equals(method) ? null : "{}";
                if (!"public".equals(access)) {
                    Http.Answer anon = http().send(method, path, null, body, "application/json");
                    if (anon.status() != 401) {
                        failures.add("anonymous " + method + " " + path + " -> " + anon.status());
                    }
                }
                boolean employeeAllowed = "public".equals(access) || "authenticated".equals(access)
                        || List.of(access.split(",")).contains("EMPLOYEE");
                if (!employeeAllowed) {
                    Http.Answer emp = http().send(method, path, employee, body, "application/json");
                    if (emp.status() != 403) {
                        failures.add("EMPLOYEE " + method + " " + path + " -> " + emp.status());
                    }
                } else if ("GET".equals(method)) {
                    Http.Answer emp = http().send(method, path, employee, null, "application/json");
                    if (emp.status() == 401 || emp.status() == 403) {
                        failures.add("EMPLOYEE refused on " + method + " " + path + " -> " + emp.status());
                    }
                }
                assertNotEquals("UNDECLARED endpoint " + method + " " + path, "UNDECLARED", access);
                checked++;
            }
        }
        assertTrue("failures: " + failures, failures.isEmpty());
        assertTrue("too few endpoints checked: " + checked, checked >= 15);
    }

    @Test
    public void badJsonIs400AndValidationIs422WithFieldErrors() throws Exception {
        String admin = adminToken();
        assertProblem(http().post("/api/v1/platform/users", admin, "{\"username\": "), 400);
        Http.Answer unknown = http().post("/api/v1/platform/users", admin, "{\"usernam\":\"x\"}");
        assertProblem(unknown, 400);
        assertEquals("usernam", unknown.json().get("errors").get(0).get("field").asText());
        assertProblem(http().post("/api/v1/platform/users", admin, "{\"roles\":\"ADMIN\"}"), 400);
        Http.Answer invalid = http().post("/api/v1/platform/users", admin,
                "{\"username\":\"X!\",\"password\":\"pendek\",\"roles\":[]}");
        assertProblem(invalid, 422);
        String fields = invalid.json().get("errors").toString();
        assertTrue(fields, fields.contains("\"username\"") && fields.contains("\"password\"") && fields.contains("\"roles\""));
        assertProblem(http().send("POST", "/api/v1/platform/users", admin, "username=x", "text/plain"), 415);
    }

    /** No coercion between JSON types and no duplicate keys, for every module; problems name the field, not a Java type. */
    @Test
    public void wrongJsonTypesAndDuplicateKeysAre400NamingTheFieldInPlainWords() throws Exception {
        String admin = adminToken();
        Http.Answer number = http().post("/api/v1/platform/users", admin,
                "{\"username\":5,\"password\":\"Angka-Bukan-Nama-2026\",\"roles\":[\"EMPLOYEE\"]}");
        assertProblem(number, 400);
        assertEquals("username", number.json().get("errors").get(0).get("field").asText());
        assertTrue(number.body(), number.json().get("errors").get(0).get("message").asText().contains("must be text"));
        Http.Answer set = http().post("/api/v1/platform/users", admin, "{\"roles\":\"ADMIN\"}");
        assertProblem(set, 400);
        Http.Answer dup = http().post("/api/v1/platform/users", admin,
                "{\"username\":\"ganda\",\"username\":\"dobel\",\"password\":\"Ganda-Dobel-2026!\",\"roles\":[\"EMPLOYEE\"]}");
        assertProblem(dup, 400);
        assertEquals("username", dup.json().get("errors").get(0).get("field").asText());
        for (Http.Answer a : List.of(number, set, dup)) {
            assertFalse(a.body(), a.body().contains("java.") || a.body().contains("`") || a.body().contains("HashSet"));
        }
        assertEquals(404, http().get("/api/v1/platform/users/ganda", admin).status());
    }

    @Test
    public void oversizedBodiesAre413AndChangeNothing() throws Exception {
        String admin = adminToken();
        long before = http().get("/api/v1/platform/users", admin).json().get("total").asLong();
        String big = "{\"username\":\"besar\",\"password\":\"" + "A1b-".repeat(20_000) + "\",\"roles\":[\"EMPLOYEE\"]}";
        assertProblem(http().post("/api/v1/platform/users", admin, big), 413);
        // the same without Content-Length (chunked)
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(http().base() + "/api/v1/platform/users"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(big))).build();
        assertProblem(http().send(chunked), 413);
        assertEquals(before, http().get("/api/v1/platform/users", admin).json().get("total").asLong());
    }

    @Test
    public void unknownPathsAre404AndWrongMethods405() throws Exception {
        String admin = adminToken();
        assertProblem(http().get("/api/v1/tidak-ada/apa-apa", admin), 404);
        assertProblem(http().get("/api/v1/platform/tidak-ada", admin), 404);
        Http.Answer a = http().send("DELETE", "/api/v1/platform/users", admin, null, "application/json");
        assertProblem(a, 405);
        assertTrue(a.raw().headers().firstValue("Allow").orElse("").contains("GET"));
    }

    /** An employee in the personnel module (a real one, over its REST API), for accounts to be linked to. */
    private void ensureEmployee(String nip, String name, String birth, String cpns, String gender) throws Exception {
        String admin = adminToken();
        String p = "/api/v1/personnel";
        Http.Answer unit = http().post(p + "/units", admin, "{\"code\":\"PLT\",\"name\":\"Unit Uji Platform\","
                + "\"latitude\":-3.65,\"longitude\":103.77}");
        assertTrue(unit.toString(), unit.status() == 201 || unit.status() == 409);
        Http.Answer e = http().post(p + "/employees", admin, "{\"nip\":\"" + nip + "\",\"name\":\"" + name
                + "\",\"birthPlace\":\"Muara Enim\",\"birthDate\":\"" + birth + "\",\"gender\":\"" + gender
                + "\",\"employmentType\":\"PNS\",\"cpnsDate\":\"" + cpns + "\",\"unitCode\":\"PLT\",\"rank\":\"III/a\","
                + "\"rankTmt\":\"" + cpns + "\",\"positionType\":\"PELAKSANA\",\"positionName\":\"Pengadministrasi Perkantoran\"}");
        assertTrue(e.toString(), e.status() == 201 || e.status() == 409);
    }

    /**
     * One NIP links one account (409 on nip); a NIP that no employee has is refused (422 on nip) once the personnel
     * module provides the PersonRegistry service, and taken as given while it does not.
     */
    @Test
    public void aNipLinksAtMostOneAccountAndMustBeAnEmployeesOnceARegistryIsInstalled() throws Exception {
        String admin = adminToken();
        ensureEmployee("197001152000031001", "Sukri Tertaut", "1970-01-15", "2000-03-01", "MALE");
        Http.Answer first = http().post("/api/v1/platform/users", admin, "{\"username\":\"nip.pertama\","
                + "\"password\":\"Nip-Pertama-2026!\",\"roles\":[\"EMPLOYEE\"],\"nip\":\"197001152000031001\"}");
        assertEquals(first.toString(), 201, first.status());
        Http.Answer second = http().post("/api/v1/platform/users", admin, "{\"username\":\"nip.kedua\","
                + "\"password\":\"Nip-Kedua-2026!\",\"roles\":[\"EMPLOYEE\"],\"nip\":\"197001152000031001\"}");
        assertProblem(second, 409);
        assertEquals("nip", second.json().get("errors").get(0).get("field").asText());
        assertEquals(404, http().get("/api/v1/platform/users/nip.kedua", admin).status());
        userToken("nip.ketiga", "EMPLOYEE");
        Http.Answer patch = http().send("PATCH", "/api/v1/platform/users/nip.ketiga", admin,
                "{\"nip\":\"197001152000031001\"}", "application/json");
        assertProblem(patch, 409);
        boolean registry = bundleContext.getServiceReference("id.serasan.platform.api.security.PersonRegistry") != null;
        Http.Answer nobody = http().send("PATCH", "/api/v1/platform/users/nip.ketiga", admin,
                "{\"nip\":\"199912312020121001\"}", "application/json");
        // the distribution's personnel module provides the registry
        assertTrue("personnel registers PersonRegistry", registry);
        assertProblem(nobody, 422);
        assertEquals("nip", nobody.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void usersAreManagedOverRestAndConsoleAndEveryChangeIsAudited() throws Exception {
        String admin = adminToken();
        ensureEmployee("198609262015051001", "Oki Operator", "1986-09-26", "2015-05-01", "MALE");
        Http.Answer created = http().post("/api/v1/platform/users", admin,
                "{\"username\":\"operator.unit\",\"password\":\"Operator-Unit-2026\",\"roles\":[\"UNIT_OPERATOR\"],\"nip\":\"198609262015051001\"}");
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.raw().headers().firstValue("Location").orElse("").endsWith("/api/v1/platform/users/operator.unit"));
        assertProblem(http().post("/api/v1/platform/users", admin,
                "{\"username\":\"operator.unit\",\"password\":\"Operator-Unit-2026\",\"roles\":[\"UNIT_OPERATOR\"]}"), 409);
        String token = login("operator.unit", "Operator-Unit-2026");

        String list = console("serasan:user-list");
        assertTrue(list, list.contains("operator.unit") && list.contains("UNIT_OPERATOR"));
        String added = console("serasan:user-add pengawas SUPERVISOR");
        assertTrue(added, added.contains("One-time password"));
        assertEquals(200, http().get("/api/v1/platform/users/pengawas", admin).status());

        console("serasan:user-disable operator.unit");
        assertProblem(http().get("/api/v1/auth/me", token), 401);
        assertProblem(http().post("/api/v1/auth/login", null,
                Http.json("username", "operator.unit", "password", "Operator-Unit-2026")), 401);
        Http.Answer patched = http().send("PATCH", "/api/v1/platform/users/operator.unit", admin,
                "{\"enabled\":true}", "application/json");
        assertEquals(patched.toString(), 200, patched.status());
        login("operator.unit", "Operator-Unit-2026");

        JsonNode audit = http().get("/api/v1/platform/audit?entityType=user&entityId=operator.unit", admin).json();
        String actions = audit.get("items").findValuesAsText("action").toString();
        assertTrue(actions, actions.contains("user.create") && actions.contains("user.disable") && actions.contains("user.update"));
        JsonNode create = null;
        for (JsonNode i : audit.get("items")) {
            if ("user.create".equals(i.get("action").asText())) {
                create = i;
            }
        }
        assertEquals("admin", create.get("actor").asText());
        assertTrue(create.get("after").asText().contains("198609262015051001"));
        assertFalse(create.get("after").asText().toLowerCase().contains("pbkdf2"));
        String demo = console("serasan:demo-accounts");
        assertTrue("demo mode refuses a database with real accounts: " + demo, demo.contains("Refused"));
        assertEquals(404, http().get("/api/v1/platform/users/demo.hr", admin).status());
        String trail = console("serasan:audit --entity-id operator.unit");
        assertTrue(trail, trail.contains("user.disable") && trail.contains("console"));
    }

    @Test
    public void portalSessionCookieNeedsTheCsrfTokenForWrites() throws Exception {
        userToken("sesi", "EMPLOYEE");
        Http.Answer s = http().post("/api/v1/auth/session", null, Http.json("username", "sesi", "password", "Sandi-employee-2026!"));
        assertEquals(s.toString(), 200, s.status());
        List<String> cookies = s.raw().headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("SERASAN_SESSION=")).findFirst().orElseThrow();
        assertTrue(session, session.contains("HttpOnly") && session.contains("SameSite=Strict"));
        String cookie = session.substring(0, session.indexOf(';'));
        String csrf = s.json().get("csrfToken").asText();
        HttpRequest me = HttpRequest.newBuilder(URI.create(http().base() + "/api/v1/auth/me")).header("Cookie", cookie).GET().build();
        assertEquals(200, http().send(me).status());
        HttpRequest noCsrf = HttpRequest.newBuilder(URI.create(http().base() + "/api/v1/auth/logout")).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        assertProblem(http().send(noCsrf), 403);
        assertEquals(200, http().send(me).status());
        HttpRequest withCsrf = HttpRequest.newBuilder(URI.create(http().base() + "/api/v1/auth/logout")).header("Cookie", cookie)
                .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.noBody()).build();
        assertEquals(204, http().send(withCsrf).status());
        assertProblem(http().send(me), 401);
    }

    @Test
    public void moduleRegistryFollowsBundlesLiveAndOpenApiListsOnlyInstalledModules() throws Exception {
        String admin = adminToken();
        assertFalse(http().get("/api/openapi.json", null).body().contains("/api/v1/guestbook"));
        features.installFeature(GUESTBOOK);
        try {
            await("/api/v1/guestbook/entries", null, 200, 30);
            assertTrue(http().get("/api/openapi.json", null).body().contains("/api/v1/guestbook/entries"));
            Bundle gb = bundle("id.serasan.example.guestbook");
            String entry = http().post("/api/v1/guestbook/entries", admin, "{\"message\":\"Salam dari Muara Enim\"}").body();
            assertTrue(entry, entry.contains("Salam dari Muara Enim"));

            gb.stop();
            JsonNode m = module(http().get("/api/v1/platform/modules", admin).json(), "guestbook");
            assertEquals("RESOLVED", m.get("state").asText());
            assertFalse(m.get("serving").asBoolean());
            assertProblem(http().get("/api/v1/guestbook/entries", null), 404);
            assertTrue(console("serasan:module-list").contains("RESOLVED"));

            gb.start();
            await("/api/v1/guestbook/entries", null, 200, 30);
            m = module(http().get("/api/v1/platform/modules", admin).json(), "guestbook");
            assertEquals("ACTIVE", m.get("state").asText());
            assertTrue(m.get("serving").asBoolean());
            assertTrue(m.get("endpoints").toString().contains("/api/v1/guestbook/entries"));
            assertTrue("data kept across stop/start", http().get("/api/v1/guestbook/entries", null).body()
                    .contains("Salam dari Muara Enim"));
            assertTrue(http().get("/api/v1/platform/navigation", null).body().contains("guestbook.entries"));
        } finally {
            features.uninstallFeature(GUESTBOOK);
        }
        await("/api/v1/guestbook/entries", null, 404, 30);
        assertFalse(http().get("/api/openapi.json", null).body().contains("/api/v1/guestbook"));
        assertFalse(http().get("/api/v1/platform/navigation", null).body().contains("guestbook.entries"));
        assertTrue(module(http().get("/api/v1/platform/modules", admin).json(), "guestbook") == null);
    }

    /** docs/stack.md (hot add): installing a module must not plan a refresh of anything. */
    @Test
    public void simulatedInstallOfEachModuleFeaturePlansNoRefresh() throws Exception {
        adminToken();
        Path log = Paths.get(System.getProperty("karaf.data"), "log", "karaf.log");
        for (String feature : List.of(GUESTBOOK)) {
            long offset = Files.size(log);
            features.installFeature(feature, EnumSet.of(FeaturesService.Option.Simulate, FeaturesService.Option.Verbose));
            Thread.sleep(500);
            byte[] all = Files.readAllBytes(log);
            String plan = new String(all, (int) Math.min(offset, all.length), (int) (all.length - Math.min(offset, all.length)),
                    StandardCharsets.UTF_8);
            assertTrue("the simulation printed its plan: " + plan, plan.contains("Changes to perform"));
            assertFalse("no refresh planned for " + feature + ": " + plan,
                    plan.contains("to refresh") || plan.contains("Refreshing bundles"));
            assertFalse("simulated only", features.isInstalled(features.getFeature(feature)));
        }
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : bundleContext.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + bsn);
    }

    private static JsonNode module(JsonNode modules, String name) {
        for (JsonNode m : modules) {
            if (name.equals(m.get("name").asText())) {
                return m;
            }
        }
        return null;
    }

}
