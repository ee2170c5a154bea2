package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.After;
import org.junit.Test;

/**
 * The distribution as an operator runs it: unpacked from the tar.gz, started with bin/karaf, stopped with
 * bin/stop, on the run's database (Derby, or a fresh PostgreSQL database). Proves the first-admin flow from a fresh
 * database and that acknowledged data survives a restart.
 */
public class RestartIT {
    private KarafProcess karaf;

    @After
    public void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void firstAdminFlowAndDataSurviveARestart() throws Exception {
        karaf = KarafProcess.unpack("restart");
        Path home = karaf.home;
        karaf.start();
        Http http = karaf.http();
        karaf.awaitHealth(System.currentTimeMillis(), 120);
        // First start: one ADMIN with a one-time password in a file only its owner can read.
        Path file = home.resolve("data/serasan/initial-admin-password");
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String oneTime = Files.readString(file, StandardCharsets.UTF_8).trim();
        String log = karaf.log();
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
        karaf.stop();
        karaf.start();
        karaf.awaitHealth(System.currentTimeMillis(), 120);
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
}
