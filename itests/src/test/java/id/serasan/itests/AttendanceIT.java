package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Attendance over real HTTP in the real distribution: check-ins inside and outside the geofence, a repeated client
 * id recorded once, offline and clock signals, fraud signals and device binding, the role and per-object matrix,
 * the outage switch, the working-day calendar, geofence changes, recaps and the web app's files.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AttendanceIT extends SerasanTestSupport {
    static final String A = "/api/v1/attendance";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    // units ATX (office at -3.60, 103.70) with sub-unit ATX.1 (-3.61, 103.71), and ATY (-3.80, 103.90)
    static final String SUP = "197102152001031001";
    static final String E1 = "198603102011012001"; // ATX.1, reports to SUP
    static final String E2 = "198804222013021002"; // ATX
    static final String E3 = "199105052016032003"; // ATY
    static final String OP = "198912122015011004"; // ATX, unit operator
    static final String E4 = "199203032018011005"; // ATX, reports to SUP: requests and appeals
    static final String SUP2 = "198507072010011006"; // ATY, a supervisor of nobody here
    static final String NURSE = "199306062019012007"; // ATY, works night shifts
    private static final Object LOCK = new Object();
    private static boolean fixture;

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    private void fixture() throws Exception {
        synchronized (LOCK) {
            if (fixture) {
                return;
            }
            String admin = adminToken();
            String p = "/api/v1/personnel";
            assertEquals(201, http().post(p + "/units", admin, "{\"code\":\"ATX\",\"name\":\"Kantor Uji X\","
                    + "\"latitude\":-3.60,\"longitude\":103.70}").status());
            assertEquals(201, http().post(p + "/units", admin, "{\"code\":\"ATX.1\",\"name\":\"Sub Unit Uji X\","
                    + "\"parentCode\":\"ATX\",\"latitude\":-3.61,\"longitude\":103.71}").status());
            assertEquals(201, http().post(p + "/units", admin, "{\"code\":\"ATY\",\"name\":\"Kantor Uji Y\","
                    + "\"latitude\":-3.80,\"longitude\":103.90}").status());
            for (String body : List.of(
                    PersonnelIT.employee(SUP, "Sukma Atasan", "1971-02-15", "2001-03-01", "MALE", "ATX", null),
                    PersonnelIT.employee(E1, "Eli Pegawai", "1986-03-10", "2011-01-01", "FEMALE", "ATX.1", SUP),
                    PersonnelIT.employee(E2, "Edi Rekan", "1988-04-22", "2013-02-01", "MALE", "ATX", null),
                    PersonnelIT.employee(E3, "Erna Luar", "1991-05-05", "2016-03-01", "FEMALE", "ATY", null),
                    PersonnelIT.employee(OP, "Opik Operator", "1989-12-12", "2015-01-01", "MALE", "ATX", null),
                    PersonnelIT.employee(E4, "Eko Pemohon", "1992-03-03", "2018-01-01", "MALE", "ATX", SUP),
                    PersonnelIT.employee(SUP2, "Sigit Atasan Lain", "1985-07-07", "2010-01-01", "MALE", "ATY", null),
                    PersonnelIT.employee(NURSE, "Nur Perawat", "1993-06-06", "2019-01-01", "FEMALE", "ATY", null))) {
                Http.Answer a = http().post(p + "/employees", admin, body);
                assertEquals(a.toString(), 201, a.status());
            }
            fixture = true;
        }
    }

    private String employee() throws Exception {
        return linkedToken("att.pegawai", "EMPLOYEE", E1);
    }

    private String hr() throws Exception {
        return userToken("att.bkpsdm", "HR_OPERATOR");
    }

    static String checkIn(String clientId, String kind, double lat, double lon, double accuracy, String device,
                          Instant deviceTime, Instant sentTime, String extra) {
        return "{\"clientId\":\"" + clientId + "\",\"kind\":\"" + kind + "\",\"latitude\":" + lat + ",\"longitude\":"
                + lon + ",\"accuracy\":" + accuracy + ",\"deviceId\":\"" + device + "\""
                + (deviceTime == null ? "" : ",\"deviceTime\":\"" + deviceTime + "\"")
                + (sentTime == null ? "" : ",\"sentTime\":\"" + sentTime + "\"") + (extra == null ? "" : "," + extra)
                + "}";
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    private static List<String> flags(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("flags").forEach(f -> out.add(f.asText()));
        return out;
    }

    // ---------------------------------------------------------------- check-ins

    @Test
    public void aCheckInInsideTheOfficeIsStoredAndARepeatedClientIdGetsTheSameAnswer() throws Exception {
        fixture();
        String t = linkedToken("att.rekan", "EMPLOYEE", E2);
        String cid = id();
        Instant now = Instant.now();
        String body = checkIn(cid, "IN", -3.6002, 103.7001, 12, "web-rekan", now, now, null);
        Http.Answer first = http().post(A + "/check-ins", t, body);
        assertEquals(first.toString(), 201, first.status());
        JsonNode r = first.json();
        assertEquals(cid, r.get("clientId").asText());
        assertEquals("Kantor Uji X", r.get("site").asText());
        assertTrue(r.get("distanceMetres").asDouble() < 30);
        assertTrue(flags(r).isEmpty());
        assertEquals("NONE", r.get("review").asText());
        assertTrue(r.get("message").get("id").asText().startsWith("Presensi masuk tercatat pukul"));
        assertEquals(r.get("day").toString(), cid, r.get("day").get("checkInId").asText());
        // the same client id again, ten times at once: one record, the same answer every time
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Http.Answer>> again = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                again.add(pool.submit(() -> http().post(A + "/check-ins", t, body)));
            }
            for (Future<Http.Answer> f : again) {
                Http.Answer a = f.get();
                assertEquals(a.toString(), 201, a.status());
                assertEquals(r.get("receivedAt").asText(), a.json().get("receivedAt").asText());
                assertEquals(r.get("at").asText(), a.json().get("at").asText());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode month = http().get(A + "/me/month?month=" + LocalDate.now(WIB).toString().substring(0, 7), t).json();
        JsonNode today = month.get("days").get(month.get("days").size() - 1);
        assertEquals(cid, today.get("checkInId").asText());
        String counted = console("serasan:attendance-recap ATX");
        assertTrue(counted, counted.contains(E2));
    }

    @Test
    public void outsideTheOfficeIsRefusedWithTheDistanceAndKeptForReview() throws Exception {
        fixture();
        String cid = id();
        // 0.01 degree north of the office: about 1.1 km
        Http.Answer a = http().post(A + "/check-ins", employee(), checkIn(cid, "IN", -3.60, 103.71, 10, "web-eli",
                Instant.now(), Instant.now(), null));
        assertProblem(a, 422);
        assertEquals("urn:serasan:problem:outside-geofence", a.json().get("type").asText());
        long metres = a.json().get("distanceMetres").asLong();
        assertTrue(a.toString(), metres > 1000 && metres < 1200);
        assertEquals("Sub Unit Uji X", a.json().get("site").asText());
        assertEquals(100, a.json().get("radiusMetres").asInt());
        JsonNode attempts = http().get(A + "/attempts?nip=" + E1, hr()).json();
        boolean kept = false;
        for (JsonNode x : attempts) {
            kept |= x.get("clientId").asText().equals(cid) && x.get("reason").asText().equals("OUTSIDE_GEOFENCE");
        }
        assertTrue(attempts.toString(), kept);
        assertEquals(403, http().get(A + "/attempts", employee()).status());
    }

    @Test
    public void aLateOfflineCheckInIsStoredFlaggedForReviewAndCountsAtItsOwnTime() throws Exception {
        fixture();
        String t = linkedToken("att.atasan", "SUPERVISOR", SUP);
        Instant made = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Http.Answer a = http().post(A + "/check-ins", t, checkIn(id(), "IN", -3.6001, 103.7001, 15, "web-sukma",
                made, Instant.now(), null));
        assertEquals(a.toString(), 201, a.status());
        JsonNode r = a.json();
        assertTrue(r.get("offline").asBoolean());
        assertTrue(flags(r).toString(), flags(r).contains("OFFLINE_LATE"));
        assertEquals("PENDING", r.get("review").asText());
        long skew = Math.abs(Instant.parse(r.get("at").asText()).toEpochMilli() - made.toEpochMilli());
        assertTrue("counted at the phone's time, off by " + skew + " ms", skew < 5_000);
        assertTrue(r.get("message").get("id").asText().contains("mode luring"));
        // a phone whose clock is 20 minutes fast: corrected by the error measured when it sends
        Instant fast = Instant.now().plus(20, ChronoUnit.MINUTES);
        JsonNode c = http().post(A + "/check-ins", t, checkIn(id(), "OUT", -3.6001, 103.7001, 15, "web-sukma", fast,
                fast, null)).json();
        assertTrue(flags(c).toString(), flags(c).contains("CLOCK_SKEW"));
        long off = Math.abs(Instant.parse(c.get("at").asText()).toEpochMilli() - System.currentTimeMillis());
        assertTrue("corrected to the server's clock, off by " + off + " ms", off < 10_000);
    }

    @Test
    public void fraudSignalsAreRecordedWithTheCheckInAndHrCanRebindTheDevice() throws Exception {
        fixture();
        String t = linkedToken("att.operator", "UNIT_OPERATOR", OP);
        Instant now = Instant.now();
        JsonNode first = http().post(A + "/check-ins", t, checkIn(id(), "IN", -3.6003, 103.7002, 8, "phone-one", now,
                now, null)).json();
        assertTrue(first.toString(), flags(first).isEmpty());
        JsonNode mock = http().post(A + "/check-ins", t, checkIn(id(), "IN", -3.6004, 103.7002, 8, "phone-one", now,
                now, "\"mockLocation\":true")).json();
        assertTrue(mock.toString(), flags(mock).contains("MOCK_LOCATION"));
        assertEquals("PENDING", mock.get("review").asText());
        JsonNode zero = http().post(A + "/check-ins", t, checkIn(id(), "IN", -3.6005, 103.7002, 0, "phone-one", now,
                now, null)).json();
        assertTrue(zero.toString(), flags(zero).contains("ZERO_ACCURACY"));
        JsonNode frozen = http().post(A + "/check-ins", t, checkIn(id(), "IN", -3.6005, 103.7002, 9, "phone-one", now,
                now, null)).json();
        assertTrue(frozen.toString(), flags(frozen).contains("REPEATED_FIX"));
        JsonNode other = http().post(A + "/check-ins", t, checkIn(id(), "IN", -3.6006, 103.7002, 9, "phone-two", now,
                now, null)).json();
        assertTrue(other.toString(), flags(other).contains("UNBOUND_DEVICE"));
        assertEquals(403, http().send("DELETE", A + "/employees/" + OP + "/device", t, null, null).status());
        assertEquals(204, http().send("DELETE", A + "/employees/" + OP + "/device", hr(), null, null).status());
        JsonNode rebound = http().post(A + "/check-ins", t, checkIn(id(), "IN", -3.6007, 103.7002, 9, "phone-two", now,
                now, null)).json();
        assertFalse(rebound.toString(), flags(rebound).contains("UNBOUND_DEVICE"));
        JsonNode audit = http().get("/api/v1/platform/audit?action=attendance.device.release", adminToken()).json();
        assertTrue(audit.toString(), audit.get("total").asLong() >= 1);
    }

    @Test
    public void badCheckInsAre422AndChangeNothing() throws Exception {
        fixture();
        Http.Answer a = http().post(A + "/check-ins", employee(), "{\"clientId\":\"x\",\"kind\":\"SIDEWAYS\","
                + "\"latitude\":91,\"longitude\":200,\"accuracy\":-1}");
        assertProblem(a, 422);
        List<String> fields = new ArrayList<>();
        a.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("clientId", "kind", "latitude", "longitude",
                "accuracy", "deviceId")));
        assertProblem(http().post(A + "/check-ins", employee(), "{\"clientId\": "), 400);
    }

    // ---------------------------------------------------------------- who may do what

    @Test
    public void nobodyChecksInForSomeoneElseAndEachRoleSeesOnlyItsOwnScope() throws Exception {
        fixture();
        Instant now = Instant.now();
        Http.Answer forOther = http().post(A + "/check-ins", employee(), checkIn(id(), "IN", -3.61, 103.71, 10, "web-1",
                now, now, "\"nip\":\"" + E2 + "\""));
        assertProblem(forOther, 403);
        Http.Answer unlinked = http().post(A + "/check-ins", hr(), checkIn(id(), "IN", -3.61, 103.71, 10, "web-1", now,
                now, null));
        assertProblem(unlinked, 404);
        assertEquals("urn:serasan:problem:not-linked", unlinked.json().get("type").asText());
        assertProblem(http().post(A + "/check-ins", null, checkIn(id(), "IN", -3.61, 103.71, 10, "web-1", now, now,
                null)), 401);
        String month = "?month=" + LocalDate.now(WIB).toString().substring(0, 7);
        String sup = linkedToken("att.atasan", "SUPERVISOR", SUP);
        String op = linkedToken("att.operator", "UNIT_OPERATOR", OP);
        // employee: own month only, through /me
        assertEquals(200, http().get(A + "/me/month" + month, employee()).status());
        assertEquals(403, http().get(A + "/employees/" + E1 + "/month" + month, employee()).status());
        // supervisor: the subordinate, not others
        assertEquals(200, http().get(A + "/employees/" + E1 + "/month" + month, sup).status());
        assertEquals(404, http().get(A + "/employees/" + E2 + "/month" + month, sup).status());
        // unit operator of ATX: ATX and ATX.1, not ATY
        assertEquals(200, http().get(A + "/employees/" + E1 + "/month" + month, op).status());
        assertEquals(404, http().get(A + "/employees/" + E3 + "/month" + month, op).status());
        assertEquals(200, http().get(A + "/recaps?unit=ATX" + month.replace('?', '&'), op).status());
        assertEquals(404, http().get(A + "/recaps?unit=ATY" + month.replace('?', '&'), op).status());
        assertEquals(404, http().get(A + "/recaps" + month, op).status());
        assertEquals(403, http().get(A + "/recaps?unit=ATX", employee()).status());
        // HR: everyone; the calendar's writes are HR's alone
        assertEquals(200, http().get(A + "/employees/" + E3 + "/month" + month, hr()).status());
        assertEquals(403, http().post(A + "/holidays", employee(), "{\"date\":\"2027-01-01\",\"name\":\"x\"}").status());
        assertEquals(403, http().post(A + "/outages", op, "{}").status());
        assertEquals(403, http().send("PUT", A + "/sites/units/ATX", op, "[]", "application/json").status());
        assertEquals(200, http().get(A + "/holidays?year=2027", null).status());
    }

    // ---------------------------------------------------------------- outages, calendar, geofences

    /** The most recent working day before today (a weekday: the test database has no holidays then). */
    static LocalDate lastWeekday() {
        LocalDate d = LocalDate.now(WIB).minusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private JsonNode day(String nip, LocalDate d) throws Exception {
        JsonNode m = http().get(A + "/employees/" + nip + "/month?month=" + d.toString().substring(0, 7), hr()).json();
        for (JsonNode x : m.get("days")) {
            if (x.get("date").asText().equals(d.toString())) {
                return x;
            }
        }
        throw new AssertionError("no " + d + " in " + m);
    }

    @Test
    public void anOutageWindowExcusesExactlyTheUnitsItNamesAndCanBeCancelled() throws Exception {
        fixture();
        LocalDate d = lastWeekday();
        assertEquals("ABSENT", day(E3, d).get("code").asText());
        Instant from = d.atStartOfDay(WIB).toInstant();
        Instant to = d.plusDays(1).atStartOfDay(WIB).toInstant();
        Http.Answer declared = http().post(A + "/outages", hr(), "{\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"units\":[\"ATY\"],\"note\":\"Server mati / server down\"}");
        assertEquals(declared.toString(), 201, declared.status());
        JsonNode excused = day(E3, d);
        assertEquals(excused.toString(), "PRESENT", excused.get("code").asText());
        assertEquals(0, excused.get("cutPercent").asDouble(), 0);
        assertEquals("ABSENT", day(E1, d).get("code").asText()); // ATX was not disrupted
        // a window now is shown to the phone
        Instant now = Instant.now();
        Http.Answer current = http().post(A + "/outages", hr(), "{\"from\":\"" + now.minusSeconds(60) + "\",\"to\":\""
                + now.plusSeconds(3600) + "\",\"note\":\"Gangguan jaringan provinsi\"}");
        assertEquals(201, current.status());
        String e3 = linkedToken("att.luar", "EMPLOYEE", E3);
        JsonNode today = http().get(A + "/me/today", e3).json();
        assertTrue(today.toString(), today.get("outages").toString().contains("Gangguan jaringan provinsi"));
        long id = declared.json().get("id").asLong();
        assertEquals(200, http().post(A + "/outages/" + id + "/cancel", hr(), "").status());
        assertEquals(409, http().post(A + "/outages/" + id + "/cancel", hr(), "").status());
        assertEquals("ABSENT", day(E3, d).get("code").asText());
        assertEquals(200, http().post(A + "/outages/" + current.json().get("id").asLong() + "/cancel", hr(), "")
                .status());
        assertProblem(http().post(A + "/outages", hr(), "{\"from\":\"" + to + "\",\"to\":\"" + from
                + "\",\"note\":\"x\"}"), 422);
    }

    @Test
    public void holidaysMoveTheWorkingDayCalendarAndAreKeptByHrAndTheConsole() throws Exception {
        fixture();
        String hr = hr();
        // Friday 2027-01-08 + 1 working day = Monday 2027-01-11
        assertEquals("2027-01-11", http().get(A + "/calendar/working-day?from=2027-01-08&days=1", null).json()
                .get("date").asText());
        assertEquals(201, http().post(A + "/holidays", hr, "{\"date\":\"2027-01-11\",\"name\":\"Libur uji\","
                + "\"kind\":\"REGIONAL\"}").status());
        assertEquals(409, http().post(A + "/holidays", hr, "{\"date\":\"2027-01-11\",\"name\":\"lagi\"}").status());
        assertEquals("2027-01-12", http().get(A + "/calendar/working-day?from=2027-01-08&days=1", null).json()
                .get("date").asText());
        String out = console("serasan:holiday-add --kind COLLECTIVE_LEAVE 2027-01-12 \"Cuti bersama uji\"");
        assertTrue(out, out.contains("2027-01-12"));
        assertEquals("2027-01-13", http().get(A + "/calendar/working-day?from=2027-01-08&days=1", null).json()
                .get("date").asText());
        String listed = console("serasan:holiday-list 2027");
        assertTrue(listed, listed.contains("Libur uji") && listed.contains("COLLECTIVE_LEAVE"));
        assertEquals(204, http().send("DELETE", A + "/holidays/2027-01-11", hr, null, null).status());
        assertEquals(404, http().send("DELETE", A + "/holidays/2027-01-11", hr, null, null).status());
        assertProblem(http().post(A + "/holidays", hr, "{\"date\":\"2027-13-01\",\"name\":\"x\"}"), 400);
        assertProblem(http().get(A + "/calendar/working-day?from=kemarin&days=1", null), 422);
        JsonNode year = http().get(A + "/holidays?year=2027", null).json();
        assertEquals(1, year.size());
        assertEquals("COLLECTIVE_LEAVE", year.get(0).get("kind").asText());
    }

    @Test
    public void aGeofenceChangeAppliesToTheNextCheckIn() throws Exception {
        fixture();
        String e3 = linkedToken("att.luar", "EMPLOYEE", E3);
        String hr = hr();
        Instant now = Instant.now();
        assertEquals(201, http().post(A + "/check-ins", e3, checkIn(id(), "IN", -3.8001, 103.9001, 10, "web-3", now, now,
                null)).status());
        Http.Answer set = http().send("PUT", A + "/sites/units/ATY", hr, "[{\"name\":\"Gedung baru\",\"latitude\":"
                + "-3.85,\"longitude\":103.95,\"radiusMetres\":150}]", "application/json");
        assertEquals(set.toString(), 200, set.status());
        assertProblem(http().post(A + "/check-ins", e3, checkIn(id(), "IN", -3.8001, 103.9001, 10, "web-3", now, now,
                null)), 422);
        JsonNode moved = http().post(A + "/check-ins", e3, checkIn(id(), "IN", -3.8505, 103.9502, 10, "web-3", now, now,
                null)).json();
        assertEquals("Gedung baru", moved.get("site").asText());
        assertProblem(http().send("PUT", A + "/sites/units/ATY", hr, "[{\"name\":\"\",\"latitude\":99,"
                + "\"longitude\":103.95,\"radiusMetres\":5}]", "application/json"), 422);
        assertEquals(200, http().send("PUT", A + "/sites/units/ATY", hr, "[]", "application/json").status());
        assertEquals("personnel", http().get(A + "/sites/units/ATY", hr).json().get(0).get("source").asText());
        assertEquals(201, http().post(A + "/check-ins", e3, checkIn(id(), "OUT", -3.8001, 103.9001, 10, "web-3", now,
                now, null)).status());
    }

    @Test
    public void theRecapCountsTheUnitAndItsSubUnitsAsJsonAndCsv() throws Exception {
        fixture();
        String month = LocalDate.now(WIB).toString().substring(0, 7);
        JsonNode r = http().get(A + "/recaps?unit=ATX&month=" + month, hr()).json();
        List<String> nips = new ArrayList<>();
        r.get("lines").forEach(l -> nips.add(l.get("nip").asText()));
        assertTrue(nips.toString(), nips.containsAll(List.of(SUP, E1, E2, OP)));
        assertFalse(nips.contains(E3));
        assertTrue(r.get("rulePack").asText().contains("Permentan 68/2012"));
        Http.Answer csv = http().get(A + "/recaps?unit=ATX&format=csv&month=" + month, hr());
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("nip,nama,kode_unit,unit,hari_kerja"));
        assertEquals(6, csv.body().split("\r\n").length); // the header and SUP, E1, E2, OP, E4
        Http.Answer xlsx = http().get(A + "/recaps?unit=ATX&format=xlsx&month=" + month, hr());
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType(), xlsx.contentType().startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(xlsx.body().startsWith("PK"));
        assertTrue(xlsx.raw().headers().firstValue("Content-Disposition").orElse("").contains("rekap-ATX-" + month
                + ".xlsx"));
        assertProblem(http().get(A + "/recaps?unit=ATX&format=pdf", hr()), 422);
        assertProblem(http().get(A + "/recaps?unit=ATX&month=2026-13", hr()), 422);
    }

    @Test
    public void aStoredCheckInPostsItsEvent() throws Exception {
        fixture();
        List<String> seen = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "serasan/attendance/CheckInRecorded");
        ServiceRegistration<EventHandler> reg = bundleContext.registerService(EventHandler.class,
                e -> seen.add(e.getProperty("nip") + "|" + e.getProperty("entityId") + "|" + e.getProperty("kind")),
                props);
        try {
            String cid = id();
            Instant now = Instant.now();
            assertEquals(201, http().post(A + "/check-ins", employee(), checkIn(cid, "OUT", -3.6101, 103.7101, 10,
                    "web-eli", now, now, null)).status());
            long until = System.currentTimeMillis() + 10_000;
            while (!seen.contains(E1 + "|" + cid + "|OUT") && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertTrue(seen.toString(), seen.contains(E1 + "|" + cid + "|OUT"));
        } finally {
            reg.unregister();
        }
    }

    // ---------------------------------------------------------------- the web app and its token

    @Test
    public void theWebAppIsServedWithItsManifestAndServiceWorkerAndAppTokensLiveLong() throws Exception {
        fixture();
        Http.Answer page = http().page("/presensi/", null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("rel=\"manifest\" href=\"/presensi/manifest.webmanifest\""));
        assertTrue(page.body().contains("<html lang=\"id\">"));
        assertTrue(http().page("/presensi/?lang=en", null).body().contains("<html lang=\"en\">"));
        assertEquals(303, http().page("/presensi", null).status());
        Http.Answer manifest = http().page("/presensi/manifest.webmanifest", null);
        assertTrue(manifest.contentType().startsWith("application/manifest+json"));
        assertEquals("/presensi/", Http.JSON.readTree(manifest.body()).get("start_url").asText());
        Http.Answer sw = http().page("/presensi/sw.js", null);
        assertTrue(sw.contentType().startsWith("text/javascript"));
        assertFalse(sw.body().contains("@VERSION@"));
        assertEquals(404, http().page("/presensi/rahasia.txt", null).status());
        int bytes = 0;
        for (String f : List.of("/presensi/", "/presensi/app.js", "/presensi/presensi.css",
                "/presensi/manifest.webmanifest", "/presensi/ikon-192.png")) {
            bytes += http().page(f, null).body().length();
        }
        assertTrue("first load " + bytes + " bytes", bytes < 100_000);
        linkedToken("att.luar", "EMPLOYEE", E3);
        Http.Answer login = http().post("/api/v1/auth/login", null, "{\"username\":\"att.luar\",\"password\":"
                + "\"Sandi-employee-2026!\",\"app\":true}");
        assertEquals(login.toString(), 200, login.status());
        Instant expires = Instant.parse(login.json().get("expiresAt").asText());
        assertTrue(expires.toString(), expires.isAfter(Instant.now().plus(80, ChronoUnit.DAYS)));
        assertNotNull(http().get(A + "/me/today", login.json().get("token").asText()).json().get("day"));
    }

    // ---------------------------------------------------------------- requests, appeals, reviews

    private String applicant() throws Exception {
        return linkedToken("att.pemohon", "EMPLOYEE", E4);
    }

    private String supervisor() throws Exception {
        return linkedToken("att.atasan", "SUPERVISOR", SUP);
    }

    /** The next Monday after tomorrow (a working day in the test database: no holidays are set then). */
    static LocalDate nextMonday() {
        LocalDate d = LocalDate.now(WIB).plusDays(2);
        while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static List<String> errorFields(Http.Answer a) {
        List<String> fields = new ArrayList<>();
        a.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private long auditCount(String action, String entityId) throws Exception {
        return http().get("/api/v1/platform/audit?action=" + action + "&entityId=" + entityId, adminToken()).json()
                .get("total").asLong();
    }

    @Test
    public void anAnnualLeaveApprovedByTheSupervisorExcusesItsDayAndUsesTheBalance() throws Exception {
        fixture();
        String me = applicant();
        String sup = supervisor();
        LocalDate d = lastWeekday().minusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        // no record that day: absent, until the leave is approved
        assertEquals("ABSENT", day(E4, d).get("code").asText());
        int year = d.getYear();
        JsonNode before = http().get(A + "/me/leave-balance?year=" + year, me).json();
        assertEquals(before.toString(), 12, before.get("entitlement").asInt());
        Http.Answer sent = http().post(A + "/requests", me, "{\"kind\":\"LEAVE\",\"leaveType\":\"ANNUAL\",\"from\":\""
                + d + "\",\"to\":\"" + d + "\",\"reason\":\"Urusan keluarga\"}");
        assertEquals(sent.toString(), 201, sent.status());
        JsonNode r = sent.json();
        long id = r.get("id").asLong();
        assertEquals("PENDING", r.get("status").asText());
        assertEquals(1, r.get("workingDays").asInt());
        assertEquals(SUP, r.get("approverNip").asText());
        assertEquals("Cuti tahunan", r.get("leaveTypeLabel").get("id").asText());
        assertTrue(sent.raw().headers().firstValue("Location").orElse("").endsWith("/requests/" + id));
        // a pending request holds its days: the balance drops, the same dates cannot be asked for twice
        JsonNode held = http().get(A + "/me/leave-balance?year=" + year, me).json();
        assertEquals(before.get("available").asInt() - 1, held.get("available").asInt());
        assertProblem(http().post(A + "/requests", me, "{\"kind\":\"PERMISSION\",\"from\":\"" + d + "\",\"to\":\""
                + d + "\",\"reason\":\"Lagi\"}"), 409);
        assertEquals("ABSENT", day(E4, d).get("code").asText());
        // the employee cannot decide (no role), another supervisor does not even see it, the approver does
        assertEquals(403, http().post(A + "/requests/" + id + "/decision", me, "{\"approve\":true}").status());
        String otherSup = linkedToken("att.atasan.lain", "SUPERVISOR", SUP2);
        assertProblem(http().post(A + "/requests/" + id + "/decision", otherSup, "{\"approve\":true}"), 404);
        assertProblem(http().get(A + "/requests/" + id, otherSup), 404);
        JsonNode waiting = http().get(A + "/requests/waiting", sup).json();
        assertTrue(waiting.toString(), waiting.toString().contains("\"id\":" + id + ","));
        assertFalse(http().get(A + "/requests/waiting", otherSup).body().contains("\"id\":" + id + ","));
        // refusing needs a note; approving is stored, audited, and cannot be done twice
        Http.Answer noNote = http().post(A + "/requests/" + id + "/decision", sup, "{\"approve\":false}");
        assertProblem(noNote, 422);
        assertEquals(List.of("note"), errorFields(noNote));
        assertProblem(http().post(A + "/requests/" + id + "/decision", sup, "{}"), 422);
        JsonNode approved = http().post(A + "/requests/" + id + "/decision", sup, "{\"approve\":true,\"note\":\"Ok\"}")
                .json();
        assertEquals(approved.toString(), "APPROVED", approved.get("status").asText());
        assertEquals("att.atasan", approved.get("decidedBy").asText());
        assertProblem(http().post(A + "/requests/" + id + "/decision", sup, "{\"approve\":false,\"note\":\"x\"}"),
                409);
        assertEquals(1, auditCount("attendance.request.decide", Long.toString(id)));
        assertEquals(1, auditCount("attendance.request.submit", Long.toString(id)));
        // the approved day is leave: never absent, no cut, explained by the request
        JsonNode excused = day(E4, d);
        assertEquals(excused.toString(), "LEAVE", excused.get("code").asText());
        assertEquals(0, excused.get("cutPercent").decimalValue().signum());
        assertTrue(excused.toString(), excused.get("reasons").toString().contains("#" + id));
        // and the recap counts it as leave
        JsonNode recap = http().get(A + "/recaps?unit=ATX&month=" + d.toString().substring(0, 7), hr()).json();
        JsonNode line = null;
        for (JsonNode l : recap.get("lines")) {
            if (l.get("nip").asText().equals(E4)) {
                line = l;
            }
        }
        assertNotNull(recap.toString(), line);
        assertTrue(line.toString(), line.get("excused").get("LEAVE").asInt() >= 1);
        // an approved request that has begun cannot be cancelled
        assertProblem(http().post(A + "/requests/" + id + "/cancel", me, null), 409);
        assertTrue(http().get(A + "/requests/mine", me).body().contains("\"id\":" + id + ","));
    }

    @Test
    public void sickLeaveOfTwoDaysNeedsADoctorsLetterWhoseTypeIsJudgedByItsContent() throws Exception {
        fixture();
        String me = applicant();
        LocalDate mon = nextMonday();
        String sick = "{\"kind\":\"LEAVE\",\"leaveType\":\"SICK\",\"from\":\"" + mon + "\",\"to\":\""
                + mon.plusDays(1) + "\",\"reason\":\"Demam\"%s}";
        Http.Answer noLetter = http().post(A + "/requests", me, String.format(sick, ""));
        assertProblem(noLetter, 422);
        assertEquals(List.of("attachment"), errorFields(noLetter));
        // the type is judged by the content, not by what the phone claims
        assertProblem(http().send("POST", A + "/attachments?filename=surat.pdf", me, "<script>alert(1)</script>",
                "application/pdf"), 415);
        assertProblem(http().send("POST", A + "/attachments?filename=besar.pdf", me, "%PDF-1.4\n" + "x".repeat(
                2048 * 1024), "application/pdf"), 413);
        String pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n";
        Http.Answer up = http().send("POST", A + "/attachments?filename=../surat%20dokter.PDF", me, pdf,
                "application/octet-stream");
        assertEquals(up.toString(), 201, up.status());
        assertEquals("application/pdf", up.json().get("contentType").asText());
        assertEquals("surat dokter.pdf", up.json().get("filename").asText());
        long file = up.json().get("id").asLong();
        // someone else's attachment cannot be used
        String other = linkedToken("att.rekan", "EMPLOYEE", E2);
        Http.Answer stolen = http().post(A + "/requests", other, String.format(sick, ",\"attachmentId\":" + file));
        assertProblem(stolen, 422);
        assertEquals(List.of("attachmentId"), errorFields(stolen));
        Http.Answer sent = http().post(A + "/requests", me, String.format(sick, ",\"attachmentId\":" + file));
        assertEquals(sent.toString(), 201, sent.status());
        long id = sent.json().get("id").asLong();
        assertEquals(2, sent.json().get("workingDays").asInt());
        assertEquals(file, sent.json().get("attachment").get("id").asLong());
        // one attachment, one request
        Http.Answer again = http().post(A + "/requests", me, "{\"kind\":\"PERMISSION\",\"from\":\""
                + mon.plusDays(2) + "\",\"to\":\"" + mon.plusDays(2) + "\",\"reason\":\"x\",\"attachmentId\":" + file
                + "}");
        assertProblem(again, 422);
        // the approver and HR read the letter; another employee does not learn it exists
        Http.Answer letter = http().get(A + "/requests/" + id + "/attachment", supervisor());
        assertEquals(200, letter.status());
        assertEquals(pdf, letter.body());
        assertTrue(letter.contentType().startsWith("application/pdf"));
        assertEquals("nosniff", letter.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(200, http().get(A + "/requests/" + id + "/attachment", hr()).status());
        assertProblem(http().get(A + "/requests/" + id + "/attachment", other), 404);
        assertProblem(http().get(A + "/requests/" + id, other), 404);
        // a pending request is cancelled by its employee only, once
        assertProblem(http().post(A + "/requests/" + id + "/cancel", other, null), 404);
        JsonNode cancelled = http().post(A + "/requests/" + id + "/cancel", me, null).json();
        assertEquals(cancelled.toString(), "CANCELLED", cancelled.get("status").asText());
        assertProblem(http().post(A + "/requests/" + id + "/cancel", me, null), 409);
        assertProblem(http().post(A + "/requests/" + id + "/decision", supervisor(), "{\"approve\":true}"), 409);
        // bad input: unknown kind, dates in the wrong order
        Http.Answer bad = http().post(A + "/requests", me, "{\"kind\":\"HOLIDAY\",\"from\":\"" + mon
                + "\",\"to\":\"" + mon.minusDays(3) + "\",\"reason\":\"x\"}");
        assertProblem(bad, 422);
        assertTrue(errorFields(bad).toString(), errorFields(bad).contains("kind"));
        assertProblem(http().post(A + "/requests", null, String.format(sick, "")), 401);
    }

    @Test
    public void onAnApprovedFlexibleWorkDayACheckInAwayFromTheOfficeIsAccepted() throws Exception {
        fixture();
        String me = applicant();
        LocalDate today = LocalDate.now(WIB);
        Instant now = Instant.now();
        // at home, 20 km from the office: refused without an approved day
        assertProblem(http().post(A + "/check-ins", me, checkIn(id(), "IN", -3.78, 103.70, 10, "eko-hp", now, now,
                null)), 422);
        Http.Answer sent = http().post(A + "/requests", me, "{\"kind\":\"FLEXIBLE_WORK\",\"from\":\"" + today
                + "\",\"to\":\"" + today + "\",\"reason\":\"Menyusun laporan\",\"place\":\"Rumah\"}");
        if (!AttendanceIT.isWeekend(today)) {
            assertEquals(sent.toString(), 201, sent.status());
            long id = sent.json().get("id").asLong();
            // flexible work is asked for in advance: not for yesterday
            assertProblem(http().post(A + "/requests", me, "{\"kind\":\"FLEXIBLE_WORK\",\"from\":\""
                    + today.minusDays(1) + "\",\"to\":\"" + today.minusDays(1)
                    + "\",\"reason\":\"x\",\"place\":\"Rumah\"}"), 422);
            // HR decides too (here: approves)
            assertEquals("APPROVED", http().post(A + "/requests/" + id + "/decision", hr(), "{\"approve\":true}").json()
                    .get("status").asText());
            Http.Answer away = http().post(A + "/check-ins", me, checkIn(id(), "IN", -3.78, 103.70, 10, "eko-hp",
                    Instant.now(), Instant.now(), null));
            assertEquals(away.toString(), 201, away.status());
            assertEquals("Kerja fleksibel #" + id + ": Rumah", away.json().get("site").asText());
            assertEquals("FLEXIBLE_WORK", away.json().get("day").get("code").asText());
        } else {
            // no working day in the request
            assertProblem(sent, 422);
        }
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @Test
    public void anAppealAcceptedByTheSupervisorCorrectsTheDayAndTheDecisionIsAudited() throws Exception {
        fixture();
        String me = applicant();
        String sup = supervisor();
        LocalDate d = lastWeekday();
        assertEquals("ABSENT", day(E4, d).get("code").asText());
        Http.Answer future = http().post(A + "/appeals", me, "{\"date\":\"" + nextMonday()
                + "\",\"reason\":\"x\"}");
        assertProblem(future, 422);
        assertEquals(List.of("date"), errorFields(future));
        Http.Answer sent = http().post(A + "/appeals", me, "{\"date\":\"" + d
                + "\",\"reason\":\"Ponsel rusak, hadir sepanjang hari (lihat daftar hadir rapat)\"}");
        assertEquals(sent.toString(), 201, sent.status());
        long id = sent.json().get("id").asLong();
        assertEquals("ABSENT", sent.json().get("day").get("code").asText());
        assertProblem(http().post(A + "/appeals", me, "{\"date\":\"" + d + "\",\"reason\":\"lagi\"}"), 409);
        assertTrue(http().get(A + "/appeals/waiting", sup).body().contains("\"id\":" + id + ","));
        assertProblem(http().post(A + "/appeals/" + id + "/decision", sup, "{\"accept\":false}"), 422);
        JsonNode accepted = http().post(A + "/appeals/" + id + "/decision", sup, "{\"accept\":true,"
                + "\"note\":\"Daftar hadir rapat terlampir\"}").json();
        assertEquals(accepted.toString(), "ACCEPTED", accepted.get("status").asText());
        assertEquals("CORRECTED", accepted.get("day").get("code").asText());
        assertEquals("CORRECTED", day(E4, d).get("code").asText());
        assertEquals(0, day(E4, d).get("cutPercent").decimalValue().signum());
        assertEquals(1, auditCount("attendance.appeal.decide", Long.toString(id)));
        assertProblem(http().post(A + "/appeals/" + id + "/withdraw", me, null), 409);
        assertTrue(http().get(A + "/appeals/mine", me).body().contains("\"id\":" + id + ","));
    }

    @Test
    public void aFlaggedCheckInIsReviewedByTheSupervisorAndARejectedOneNoLongerCounts() throws Exception {
        fixture();
        String e1 = employee();
        String sup = supervisor();
        Instant now = Instant.now();
        String client = id();
        JsonNode zero = http().post(A + "/check-ins", e1, checkIn(client, "IN", -3.6102, 103.7101, 0, "eli-hp", now, now,
                null)).json();
        assertEquals(zero.toString(), "PENDING", zero.get("review").asText());
        int records = http().get(A + "/me/today", e1).json().get("day").get("records").asInt();
        JsonNode waiting = http().get(A + "/reviews", sup).json();
        assertTrue(waiting.toString(), waiting.toString().contains(client));
        // not the employee's own review, nor another supervisor's
        assertEquals(403, http().post(A + "/employees/" + E1 + "/check-ins/" + client + "/review", e1,
                "{\"accept\":true}").status());
        assertProblem(http().post(A + "/employees/" + E1 + "/check-ins/" + client + "/review",
                linkedToken("att.atasan.lain", "SUPERVISOR", SUP2), "{\"accept\":true}"), 404);
        assertProblem(http().post(A + "/employees/" + E1 + "/check-ins/" + client + "/review", sup,
                "{\"accept\":false}"), 422);
        JsonNode rejected = http().post(A + "/employees/" + E1 + "/check-ins/" + client + "/review", sup,
                "{\"accept\":false,\"note\":\"Akurasi 0: lokasi palsu\"}").json();
        assertEquals(rejected.toString(), "REJECTED", rejected.get("checkIn").get("review").asText());
        assertEquals(records - 1, http().get(A + "/me/today", e1).json().get("day").get("records").asInt());
        assertFalse(http().get(A + "/reviews", sup).body().contains(client));
        assertProblem(http().post(A + "/employees/" + E1 + "/check-ins/" + client + "/review", sup,
                "{\"accept\":true}"), 409);
        assertEquals(1, auditCount("attendance.checkin.review", E1 + "/" + client));
    }

    @Test
    public void closingADayPostsEachEmployeesStatusOnceAndTheConsoleSaysSo() throws Exception {
        fixture();
        // ten days back: older than the week the nightly job closes by itself
        LocalDate d = LocalDate.now(WIB).minusDays(10);
        while (isWeekend(d)) {
            d = d.minusDays(1);
        }
        List<String> seen = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "serasan/attendance/DayClosed");
        ServiceRegistration<EventHandler> reg = bundleContext.registerService(EventHandler.class,
                e -> seen.add(e.getProperty("nip") + "|" + e.getProperty("workDate") + "|" + e.getProperty("status")
                        + "|" + e.getProperty("cutPercent")), props);
        try {
            String out = console("serasan:attendance-close-day " + d);
            assertTrue(out, out.contains("ditutup / closed"));
            String e3 = E3 + "|" + d + "|ABSENT|4";
            long until = System.currentTimeMillis() + 10_000;
            while (!seen.contains(e3) && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertTrue(seen.toString(), seen.contains(e3));
            int before = seen.size();
            assertTrue(console("serasan:attendance-close-day " + d).contains("sudah ditutup"));
            Thread.sleep(500);
            assertEquals(before, seen.size());
            assertTrue(console("serasan:attendance-close-day " + LocalDate.now(WIB)).contains("Hanya hari"));
        } finally {
            reg.unregister();
        }
    }

    @Test
    public void aNightShiftOnTheRosterCountsItsMorningCheckOutForTheNightBeforeAndOtherDaysAreOff() throws Exception {
        fixture();
        String hr = hr();
        // a night shift 21:00-07:00 two nights ago: its check-in and next-morning check-out, sent from the phone now
        LocalDate night = LocalDate.now(WIB).minusDays(2);
        Http.Answer bad = http().send("PUT", A + "/units/ATY/shifts", hr, "[{\"code\":\"M\",\"start\":\"21:00\","
                + "\"end\":\"21:00\"}]", "application/json");
        assertProblem(bad, 422);
        Http.Answer shifts = http().send("PUT", A + "/units/ATY/shifts", hr, "[{\"code\":\"M\",\"name\":\"Malam\","
                + "\"start\":\"21:00\",\"end\":\"07:00\"},{\"code\":\"P\",\"name\":\"Pagi\",\"start\":\"07:00\","
                + "\"end\":\"14:00\"}]", "application/json");
        assertEquals(shifts.toString(), 200, shifts.status());
        assertTrue(shifts.body(), shifts.body().contains("\"crossesMidnight\":true"));
        // the unit operator of ATX may not set ATY's
        assertEquals(403, http().send("PUT", A + "/units/ATY/shifts", linkedToken("att.operator", "UNIT_OPERATOR", OP),
                "[]", "application/json").status());
        String month = night.toString().substring(0, 7);
        assertProblem(http().send("PUT", A + "/employees/" + NURSE + "/roster?month=" + month, hr,
                "{\"days\":{\"" + night + "\":\"X\"}}", "application/json"), 422);
        Http.Answer roster = http().send("PUT", A + "/employees/" + NURSE + "/roster?month=" + month, hr,
                "{\"days\":{\"" + night + "\":\"M\"}}", "application/json");
        assertEquals(roster.toString(), 200, roster.status());
        assertEquals("M", http().get(A + "/employees/" + NURSE + "/roster?month=" + month, hr).json().get("days")
                .get(night.toString()).asText());
        // a shift still on a roster cannot be removed
        assertProblem(http().send("PUT", A + "/units/ATY/shifts", hr, "[]", "application/json"), 409);
        String nurse = linkedToken("att.perawat", "EMPLOYEE", NURSE);
        Instant in = night.atTime(21, 10).atZone(WIB).toInstant();
        Instant out = night.plusDays(1).atTime(7, 5).atZone(WIB).toInstant();
        JsonNode a = http().post(A + "/check-ins", nurse, checkIn(id(), "IN", -3.80, 103.90, 10, "nur-hp", in,
                Instant.now(), null)).json();
        assertEquals(a.toString(), night.toString(), a.get("workDate").asText());
        JsonNode b = http().post(A + "/check-ins", nurse, checkIn(id(), "OUT", -3.80, 103.90, 10, "nur-hp", out,
                Instant.now(), null)).json();
        assertEquals(b.toString(), night.toString(), b.get("workDate").asText());
        JsonNode d = day(NURSE, night);
        assertEquals(d.toString(), "TL1", d.get("code").asText());
        assertEquals(10, d.get("lateMinutes").asInt());
        assertEquals(0, d.get("earlyMinutes").asInt());
        // the next day has no shift: a day off that month, not an absence
        LocalDate next = night.plusDays(1);
        if (next.toString().startsWith(month)) {
            assertEquals("DAY_OFF", day(NURSE, next).get("code").asText());
        }
        assertEquals(1, http().get("/api/v1/platform/audit?action=attendance.roster.set&entityId=" + NURSE + "/"
                + month, adminToken()).json().get("total").asLong());
    }
}
