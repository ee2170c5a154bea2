package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;

/**
 * The distribution as an operator runs it: unpacked from the tar.gz, started with bin/karaf, stopped with
 * bin/stop. Proves the first-admin flow from a fresh database and that acknowledged data survives a restart.
 */
public class RestartIT {
    private Path home;
    private Process karaf;
    private int port;

    @After
    public void stop() throws Exception {
        shutdown();
    }

    @Test
    public void firstAdminFlowAndDataSurviveARestart() throws Exception {
        home = unpack();
        start();
        Http http = new Http(port);
        awaitHealth(http);

        // First start: one ADMIN with a one-time password in a file only its owner can read.
        Path file = home.resolve("data/serasan/initial-admin-password");
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String oneTime = Files.readString(file, StandardCharsets.UTF_8).trim();
        String log = Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertTrue("the log names the file", log.contains("initial-admin-password"));
        assertFalse("the log never holds the password", log.contains(oneTime));

        JsonNode login = http.post("/api/v1/auth/login", null, Http.json("username", "admin", "password", oneTime)).json();
        assertTrue(login.get("passwordChangeRequired").asBoolean());
        String limited = login.get("token").asText();
        Http.Answer refused = http.get("/api/v1/platform/users", limited);
        assertEquals(403, refused.status());
        assertEquals("urn:serasan:problem:password-change-required", refused.json().get("type").asText());
        assertEquals(200, http.get("/api/v1/auth/me", limited).status());
        Http.Answer weak = http.post("/api/v1/auth/password", limited,
                Http.json("currentPassword", oneTime, "newPassword", "admin12345"));
        assertEquals(weak.toString(), 422, weak.status());
        assertTrue(Files.exists(file));
        String newPassword = "Ganti-Sandi-Awal-2026";
        assertEquals(204, http.post("/api/v1/auth/password", limited,
                Http.json("currentPassword", oneTime, "newPassword", newPassword)).status());
        assertFalse("the one-time password file is deleted", Files.exists(file));
        assertEquals("the same token now works fully", 200, http.get("/api/v1/platform/users", limited).status());
        assertEquals(401, http.post("/api/v1/auth/login", null,
                Http.json("username", "admin", "password", oneTime)).status());

        String token = http.post("/api/v1/auth/login", null, Http.json("username", "admin", "password", newPassword))
                .json().get("token").asText();
        assertEquals(201, http.post("/api/v1/platform/users", token,
                "{\"username\":\"tetap.ada\",\"password\":\"Tetap-Ada-2026\",\"roles\":[\"HR_OPERATOR\"]}").status());

        // Restart: everything acknowledged is still there; no new admin, no new password file.
        shutdown();
        start();
        awaitHealth(http);
        assertFalse(Files.exists(file));
        String again = http.post("/api/v1/auth/login", null, Http.json("username", "admin", "password", newPassword))
                .json().get("token").asText();
        assertEquals("tokens survive a restart", 200, http.get("/api/v1/auth/me", token).status());
        JsonNode user = http.get("/api/v1/platform/users/tetap.ada", again).json();
        assertEquals("HR_OPERATOR", user.get("roles").get(0).asText());
        JsonNode audit = http.get("/api/v1/platform/audit?entityId=tetap.ada", again).json();
        assertEquals("user.create", audit.get("items").get(0).get("action").asText());
        assertEquals(200, http.post("/api/v1/auth/login", null,
                Http.json("username", "tetap.ada", "password", "Tetap-Ada-2026")).status());
    }

    private Path unpack() throws Exception {
        Path dir = Paths.get("target", "restart-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(dir);
        run(dir, "tar", "xzf", System.getProperty("serasan.distribution"), "--strip-components=1");
        port = SerasanTestSupport.freePort();
        set(dir.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(port));
        set(dir.resolve("etc/org.ops4j.pax.web.cfg"), "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
        set(dir.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(SerasanTestSupport.freePort()));
        set(dir.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(SerasanTestSupport.freePort()));
        set(dir.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(SerasanTestSupport.freePort()));
        return dir;
    }

    private void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        karaf = pb.start();
    }

    private void shutdown() throws Exception {
        if (karaf == null) {
            return;
        }
        run(home, home.resolve("bin/stop").toString());
        if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
            karaf.destroyForcibly();
        }
        Path pid = home.resolve("karaf.pid");
        long deadline = System.currentTimeMillis() + 30_000;
        while (Files.exists(pid) && System.currentTimeMillis() < deadline) {
            String p = Files.readString(pid).trim();
            if (p.isEmpty() || ProcessHandle.of(Long.parseLong(p)).map(h -> !h.isAlive()).orElse(true)) {
                break;
            }
            Thread.sleep(200);
        }
        if (Files.exists(pid)) {
            String p = Files.readString(pid).trim();
            if (!p.isEmpty()) {
                ProcessHandle.of(Long.parseLong(p)).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        karaf = null;
    }

    private static void awaitHealth(Http http) throws InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            try {
                if (http.get("/api/health", null).status() == 200) {
                    return;
                }
            } catch (AssertionError e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no health 200 within 120 s");
    }

    private static void set(Path cfg, String key, String value) throws IOException {
        List<String> out = new ArrayList<>();
        boolean done = false;
        for (String line : Files.readAllLines(cfg)) {
            if (line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                out.add(key + " = " + value);
                done = true;
            } else {
                out.add(line);
            }
        }
        if (!done) {
            out.add(key + " = " + value);
        }
        Files.write(cfg, out);
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", cmd));
        }
    }

}
