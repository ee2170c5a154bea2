package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

/**
 * Nothing acknowledged is lost: a stream of check-ins from several phones at once, the Karaf JVM killed with
 * kill -9 in the middle of it, then started again. Every check-in that got its 201 must be stored - exactly once:
 * sending it again answers with the stored record (the same receipt time), never a new one.
 */
public class CrashIT {
    private KarafProcess karaf;

    @After
    public void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    private record Acked(String token, String body, String receivedAt) {
    }

    @Test
    public void everyCheckInAcknowledgedBeforeAKillIsStoredExactlyOnce() throws Exception {
        karaf = KarafProcess.unpack("crash");
        karaf.start();
        Http http = karaf.http();
        karaf.awaitHealth(System.currentTimeMillis(), 120);
        String oneTime = Files.readString(karaf.home.resolve("data/serasan/initial-admin-password"),
                StandardCharsets.UTF_8).trim();
        String limited = http.post("/api/v1/auth/login", null, Http.json("username", "admin", "password", oneTime))
                .json().get("token").asText();
        String password = "Krash-Uji-2026!";
        assertEquals(204, http.post("/api/v1/auth/password", limited,
                Http.json("currentPassword", oneTime, "newPassword", password)).status());
        String admin = http.post("/api/v1/auth/login", null, Http.json("username", "admin", "password", password))
                .json().get("token").asText();
        assertEquals(201, http.post("/api/v1/personnel/units", admin, "{\"code\":\"KRS\",\"name\":\"Kantor Uji\","
                + "\"latitude\":-3.60,\"longitude\":103.70}").status());
        String[] nips = {"198001012005011001", "198102022006022002", "198203032007031003", "198304042008042004"};
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < nips.length; i++) {
            String birth = nips[i].substring(0, 4) + "-" + nips[i].substring(4, 6) + "-" + nips[i].substring(6, 8);
            String cpns = nips[i].substring(8, 12) + "-" + nips[i].substring(12, 14) + "-01";
            Http.Answer e = http.post("/api/v1/personnel/employees", admin, PersonnelIT.employee(nips[i], "Pegawai " + i,
                    birth, cpns, nips[i].charAt(14) == '1' ? "MALE" : "FEMALE", "KRS", null));
            assertEquals(e.toString(), 201, e.status());
            String user = "krash." + i;
            assertEquals(201, http.post("/api/v1/platform/users", admin, "{\"username\":\"" + user + "\",\"password\":\""
                    + password + "\",\"roles\":[\"EMPLOYEE\"],\"nip\":\"" + nips[i] + "\"}").status());
            tokens.add(http.post("/api/v1/auth/login", null, "{\"username\":\"" + user + "\",\"password\":\""
                    + password + "\",\"app\":true}").json().get("token").asText());
        }
        // eight phones send as fast as they are answered; the JVM is killed in the middle
        Map<String, Acked> acked = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> phones = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            String token = tokens.get(p % tokens.size());
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    String cid = UUID.randomUUID().toString();
                    Instant now = Instant.now();
                    String body = AttendanceIT.checkIn(cid, "IN", -3.6001, 103.7001, 10, "krash", now, now, null);
                    try {
                        Http.Answer a = http.post("/api/v1/attendance/check-ins", token, body);
                        if (a.status() == 201) {
                            acked.put(cid, new Acked(token, body, a.json().get("receivedAt").asText()));
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException | AssertionError e) {
                        failed.incrementAndGet(); // the server went away mid-request: not acknowledged
                    }
                }
            });
            t.start();
            phones.add(t);
        }
        long until = System.currentTimeMillis() + 20_000;
        while (acked.size() < 300 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        karaf.kill();
        int ackedAtKill = acked.size();
        stop.set(true);
        for (Thread t : phones) {
            t.join(30_000);
        }
        assertTrue("check-ins were acknowledged before the kill: " + ackedAtKill, ackedAtKill >= 100);
        karaf.start();
        karaf.awaitHealth(System.currentTimeMillis(), 120);
        // health answers before every module has registered; wait for attendance itself
        long ready = System.currentTimeMillis() + 60_000;
        while (http.get("/api/v1/attendance/holidays", null).status() != 200 && System.currentTimeMillis() < ready) {
            Thread.sleep(100);
        }
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, Acked> e : acked.entrySet()) {
            Http.Answer again = http.post("/api/v1/attendance/check-ins", e.getValue().token(), e.getValue().body());
            JsonNode r = again.json();
            if (again.status() != 201 || !e.getValue().receivedAt().equals(r.get("receivedAt").asText())) {
                lost.add(e.getKey() + " -> " + again.status() + " " + again.body());
            }
        }
        assertTrue(lost.size() + " of " + acked.size() + " acknowledged check-ins were lost or stored again: "
                + lost.subList(0, Math.min(5, lost.size())), lost.isEmpty());
        System.out.println("CrashIT: " + acked.size() + " acknowledged check-ins, all stored once after kill -9 ("
                + failed.get() + " requests cut off unacknowledged)");
    }
}
