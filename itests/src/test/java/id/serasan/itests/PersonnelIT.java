package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The personnel module over real HTTP in the real distribution: the per-object authorization matrix, import
 * (dry run with bad rows, then the generated 12,000 employees), export round trip, histories and derived values,
 * events and console commands. One container for the whole class.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersonnelIT extends SerasanTestSupport {
    static final String P = "/api/v1/personnel";
    static final int DEMO_EMPLOYEES = 12_000;
    private static final Object LOCK = new Object();
    private static Path demoCsv;
    private static boolean demoImported;
    private static boolean fixture;

    // The matrix fixture: unit MTX (with sub-unit MTX.1) and unit MTY. NIPs are valid for their records.
    static final String SUP = "197001152000031001"; // supervisor, MTX
    static final String EMP1 = "198502102010012002"; // in MTX.1, reports to SUP
    static final String EMP2 = "198703222012021001"; // in MTX, reports to nobody
    static final String EMP3 = "199004052015032001"; // in MTY
    static final String OPX = "198811112014011002"; // unit operator of MTX

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    /** Units exist and the 12,000 demo employees are written to a CSV file (not yet imported). */
    private Path demoFile() throws Exception {
        synchronized (LOCK) {
            if (demoCsv == null) {
                adminToken();
                Path file = Paths.get(System.getProperty("karaf.data"), "demo-employees.csv");
                String out = console("serasan:personnel-demo --employees " + DEMO_EMPLOYEES + " --csv " + file);
                assertTrue(out, out.contains(DEMO_EMPLOYEES + " "));
                demoCsv = file;
            }
            return demoCsv;
        }
    }

    private void demoImported() throws Exception {
        Path file = demoFile();
        synchronized (LOCK) {
            if (!demoImported) {
                Http.Answer a = upload("/imports?dryRun=false", Files.readAllBytes(file), "text/csv");
                assertEquals(a.toString(), 201, a.status());
                assertEquals(DEMO_EMPLOYEES, a.json().get("created").asInt());
                demoImported = true;
            }
        }
    }

    private Http.Answer upload(String path, byte[] body, String type) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(http().base() + P + path)).timeout(Duration.ofMinutes(3))
                .header("Authorization", "Bearer " + adminToken()).header("Accept", "application/json")
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http().send(r);
    }

    private HttpResponse<byte[]> download(String path, String accept, String token) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(http().base() + P + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Accept", accept).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String employee(String nip, String name, String birth, String cpns, String gender, String unit,
                           String supervisor) {
        return "{\"nip\":\"" + nip + "\",\"name\":\"" + name + "\",\"birthPlace\":\"Muara Enim\",\"birthDate\":\"" + birth
                + "\",\"gender\":\"" + gender + "\",\"employmentType\":\"PNS\",\"cpnsDate\":\"" + cpns
                + "\",\"unitCode\":\"" + unit + "\"" + (supervisor == null ? "" : ",\"supervisorNip\":\"" + supervisor + "\"")
                + ",\"rank\":\"III/a\",\"rankTmt\":\"" + cpns + "\",\"positionType\":\"PELAKSANA\","
                + "\"positionName\":\"Pengadministrasi Perkantoran\"}";
    }

    private void fixture() throws Exception {
        demoFile();
        synchronized (LOCK) {
            if (fixture) {
                return;
            }
            String admin = adminToken();
            assertEquals(201, http().post(P + "/units", admin, "{\"code\":\"MTX\",\"name\":\"Unit Uji X\",\"parentCode\":null,"
                    + "\"latitude\":-3.65,\"longitude\":103.77}").status());
            JsonNode sub = http().post(P + "/units", admin, "{\"code\":\"MTX.1\",\"name\":\"Sub Unit Uji X\","
                    + "\"parentCode\":\"MTX\",\"latitude\":-3.66,\"longitude\":103.78}").json();
            assertEquals("MTX/MTX.1", sub.get("path").asText());
            assertEquals("MTX", sub.get("parentCode").asText());
            assertEquals(-3.66, sub.get("latitude").asDouble(), 1e-9);
            assertEquals(201, http().post(P + "/units", admin, "{\"code\":\"MTY\",\"name\":\"Unit Uji Y\","
                    + "\"latitude\":-3.70,\"longitude\":103.80}").status());
            for (String body : List.of(
                    employee(SUP, "Sukri Pengawas", "1970-01-15", "2000-03-01", "MALE", "MTX", null),
                    employee(EMP1, "Eka Pegawai", "1985-02-10", "2010-01-01", "FEMALE", "MTX.1", SUP),
                    employee(EMP2, "Dodi Rekan", "1987-03-22", "2012-02-01", "MALE", "MTX", null),
                    employee(EMP3, "Yanti Luar", "1990-04-05", "2015-03-01", "FEMALE", "MTY", null),
                    employee(OPX, "Oki Operator", "1988-11-11", "2014-01-01", "MALE", "MTX", null))) {
                Http.Answer a = http().post(P + "/employees", admin, body);
                assertEquals(a.toString(), 201, a.status());
            }
            fixture = true;
        }
    }

    // ---------------------------------------------------------------- authorization matrix

    @Test
    public void eachRoleSeesAndEditsExactlyItsOwnRecords() throws Exception {
        fixture();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("EMPLOYEE", linkedToken("mtx.pegawai", "EMPLOYEE", EMP1));
        tokens.put("SUPERVISOR", linkedToken("mtx.atasan", "SUPERVISOR", SUP));
        tokens.put("UNIT_OPERATOR", linkedToken("mtx.operator", "UNIT_OPERATOR", OPX));
        tokens.put("HR_OPERATOR", userToken("mtx.bkpsdm", "HR_OPERATOR"));
        tokens.put("ADMIN", adminToken());
        // Expected GET status: own record / another person in the same unit / a subordinate or sub-unit / other unit.
        Map<String, int[]> expected = new LinkedHashMap<>();
        //                           EMP1  EMP2  SUP   EMP3  OPX
        expected.put("EMPLOYEE", new int[] {200, 404, 404, 404, 404});
        expected.put("SUPERVISOR", new int[] {200, 404, 200, 404, 404});
        expected.put("UNIT_OPERATOR", new int[] {200, 200, 200, 404, 200});
        expected.put("HR_OPERATOR", new int[] {200, 200, 200, 200, 200});
        expected.put("ADMIN", new int[] {200, 200, 200, 200, 200});
        String[] nips = {EMP1, EMP2, SUP, EMP3, OPX};
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> t : tokens.entrySet()) {
            int[] want = expected.get(t.getKey());
            for (int i = 0; i < nips.length; i++) {
                for (String sub : List.of("", "/ranks", "/positions", "/education", "/family")) {
                    Http.Answer a = http().get(P + "/employees/" + nips[i] + sub, t.getValue());
                    if (a.status() != want[i]) {
                        failures.add(t.getKey() + " GET " + nips[i] + sub + " -> " + a.status() + " (want " + want[i] + ")");
                    }
                }
            }
        }
        assertTrue(String.join("\n", failures), failures.isEmpty());

        // Search shows the same scope.
        assertEquals(1, http().get(P + "/employees?unit=MTX", tokens.get("EMPLOYEE")).json().get("total").asInt());
        assertEquals(2, http().get(P + "/employees?unit=MTX", tokens.get("SUPERVISOR")).json().get("total").asInt());
        assertEquals(4, http().get(P + "/employees?unit=MTX", tokens.get("UNIT_OPERATOR")).json().get("total").asInt());
        assertEquals(0, http().get(P + "/employees?unit=MTY", tokens.get("UNIT_OPERATOR")).json().get("total").asInt());
        assertEquals(4, http().get(P + "/employees?unit=MTX", tokens.get("HR_OPERATOR")).json().get("total").asInt());
        assertEquals(EMP1, http().get(P + "/me", tokens.get("EMPLOYEE")).json().get("nip").asText());
        JsonNode unit = http().get(P + "/units/MTX.1", tokens.get("EMPLOYEE")).json();
        assertEquals("MTX/MTX.1", unit.get("path").asText());
        assertEquals(1, unit.get("employees").asInt());
        assertEquals(404, http().get(P + "/units/NOPE", tokens.get("EMPLOYEE")).status());

        // Edits: employees and supervisors never (role), a unit operator in their unit only, HR everywhere.
        String change = "{\"name\":\"Dodi Rekan Baru\",\"birthPlace\":\"Lahat\",\"birthDate\":\"1987-03-22\",\"gender\":\"MALE\","
                + "\"employmentType\":\"PNS\",\"cpnsDate\":\"2012-02-01\",\"unitCode\":\"MTX\",\"version\":%d}";
        int v = http().get(P + "/employees/" + EMP2, tokens.get("ADMIN")).json().get("version").asInt();
        assertProblem(http().send("PUT", P + "/employees/" + EMP2, tokens.get("EMPLOYEE"), String.format(change, v),
                "application/json"), 403);
        assertProblem(http().send("PUT", P + "/employees/" + EMP2, tokens.get("SUPERVISOR"), String.format(change, v),
                "application/json"), 403);
        Http.Answer ok = http().send("PUT", P + "/employees/" + EMP2, tokens.get("UNIT_OPERATOR"), String.format(change, v),
                "application/json");
        assertEquals(ok.toString(), 200, ok.status());
        assertEquals("Dodi Rekan Baru", ok.json().get("name").asText());
        // The same version again is stale: 409, nothing changes.
        assertProblem(http().send("PUT", P + "/employees/" + EMP2, tokens.get("UNIT_OPERATOR"), String.format(change, v),
                "application/json"), 409);
        String other = "{\"name\":\"Yanti Luar\",\"birthPlace\":\"Muara Enim\",\"birthDate\":\"1990-04-05\",\"gender\":\"FEMALE\","
                + "\"employmentType\":\"PNS\",\"cpnsDate\":\"2015-03-01\",\"unitCode\":\"MTY\",\"version\":%d}";
        int v3 = http().get(P + "/employees/" + EMP3, tokens.get("ADMIN")).json().get("version").asInt();
        assertProblem(http().send("PUT", P + "/employees/" + EMP3, tokens.get("UNIT_OPERATOR"), String.format(other, v3),
                "application/json"), 404);
        // A unit operator cannot move someone out of their unit, nor add someone to another unit.
        String moveOut = String.format(change, v + 1).replace("\"unitCode\":\"MTX\"", "\"unitCode\":\"MTY\"");
        assertProblem(http().send("PUT", P + "/employees/" + EMP2, tokens.get("UNIT_OPERATOR"), moveOut, "application/json"), 403);
        assertProblem(http().post(P + "/employees", tokens.get("UNIT_OPERATOR"),
                employee("199201012016011001", "Baru Luar", "1992-01-01", "2016-01-01", "MALE", "MTY", null)), 403);
        Http.Answer hr = http().send("PUT", P + "/employees/" + EMP3, tokens.get("HR_OPERATOR"), String.format(other, v3),
                "application/json");
        assertEquals(hr.toString(), 200, hr.status());
        // A transfer under a decree: within the unit operator's unit yes, out of it no; HR anywhere.
        assertProblem(http().post(P + "/employees/" + EMP2 + "/transfers", tokens.get("UNIT_OPERATOR"),
                "{\"toUnitCode\":\"MTY\",\"tmt\":\"2026-01-02\"}"), 403);
        Http.Answer moved = http().post(P + "/employees/" + EMP2 + "/transfers", tokens.get("UNIT_OPERATOR"),
                "{\"toUnitCode\":\"MTX.1\",\"tmt\":\"2026-01-02\",\"decreeNumber\":\"821.2/5/BKPSDM/2026\","
                        + "\"decreeDate\":\"2025-12-20\"}");
        assertEquals(moved.toString(), 201, moved.status());
        assertEquals("MTX", moved.json().get("fromUnitCode").asText());
        assertEquals("821.2/5/BKPSDM/2026", moved.json().get("decreeNumber").asText());
        // the Location of the new transfer is the entry itself, and it answers GET
        JsonNode movedAgain = http().get(location(moved), tokens.get("UNIT_OPERATOR")).json();
        assertEquals(moved.json().get("id").asLong(), movedAgain.get("id").asLong());
        assertEquals("MTX.1", movedAgain.get("toUnitCode").asText());
        assertEquals("MTX.1", http().get(P + "/employees/" + EMP2, tokens.get("ADMIN")).json().get("unitCode").asText());
        assertProblem(http().post(P + "/employees/" + EMP2 + "/transfers", tokens.get("EMPLOYEE"),
                "{\"toUnitCode\":\"MTX\",\"tmt\":\"2026-01-02\"}"), 403);
        assertProblem(http().post(P + "/employees/" + EMP2 + "/transfers", tokens.get("HR_OPERATOR"),
                "{\"toUnitCode\":\"MTX.1\",\"tmt\":\"2026-01-02\"}"), 422);
        assertEquals(201, http().post(P + "/employees/" + EMP2 + "/transfers", tokens.get("HR_OPERATOR"),
                "{\"toUnitCode\":\"MTX\",\"tmt\":\"2026-02-01\"}").status());
        // Histories: a unit operator may add to their unit's staff; an employee may not.
        assertProblem(http().post(P + "/employees/" + EMP1 + "/ranks", tokens.get("EMPLOYEE"),
                "{\"rank\":\"III/b\",\"tmt\":\"2014-04-01\"}"), 403);
        assertEquals(201, http().post(P + "/employees/" + EMP1 + "/ranks", tokens.get("UNIT_OPERATOR"),
                "{\"rank\":\"III/b\",\"tmt\":\"2014-04-01\",\"decreeNumber\":\"800/12/BKPSDM/2014\"}").status());
        // The portal menu and dashboard follow the same roles and scope.
        String empNav = http().get("/api/v1/platform/navigation", tokens.get("EMPLOYEE")).body();
        assertTrue(empNav, empNav.contains("personnel.me") && !empNav.contains("personnel.employees"));
        String hrNav = http().get("/api/v1/platform/navigation", tokens.get("HR_OPERATOR")).body();
        assertTrue(hrNav, hrNav.contains("personnel.employees") && hrNav.contains("personnel.corrections"));
        String supDash = http().get("/api/v1/platform/dashboard", tokens.get("SUPERVISOR")).body();
        assertTrue(supDash, supDash.contains("\"activeEmployees\":2"));
        // Everything above is in the audit trail.
        JsonNode audit = http().get("/api/v1/platform/audit?entityType=employee&entityId=" + EMP2 + "&size=200",
                adminToken()).json();
        boolean created = false;
        boolean edited = false;
        for (JsonNode item : audit.get("items")) {
            String action = item.get("action").asText();
            created |= action.equals("personnel.employee.create") && item.get("actor").asText().equals("admin")
                    && item.get("before").isNull() && item.get("after").asText().contains(EMP2);
            edited |= action.equals("personnel.employee.update") && item.get("actor").asText().equals("mtx.operator")
                    && item.get("before").asText().contains("\"name\":\"Dodi Rekan\"")
                    && item.get("after").asText().contains("\"name\":\"Dodi Rekan Baru\"");
        }
        assertTrue("the creation by admin is audited: " + audit, created);
        assertTrue("the unit operator's edit is audited with the stored before and after: " + audit, edited);
    }

    // ---------------------------------------------------------------- documents and self-service corrections

    private Http.Answer uploadAs(String token, String nip, String query, byte[] body, String type) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(http().base() + P + "/employees/" + nip + "/documents?" + query))
                .timeout(Duration.ofMinutes(1)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http().send(r);
    }

    @Test
    public void documentsAreCheckedStoredAndShownOnlyToThoseWhoSeeTheEmployee() throws Exception {
        fixture();
        String emp = linkedToken("mtx.pegawai", "EMPLOYEE", EMP1);
        String outsider = linkedToken("mty.pegawai", "EMPLOYEE", EMP3);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Http.Answer up = uploadAs(emp, EMP1, "kind=KARTU_KELUARGA&filename=kk.pdf", pdf, "application/pdf");
        assertEquals(up.toString(), 201, up.status());
        long id = up.json().get("id").asLong();
        assertEquals(64, up.json().get("sha256").asText().length());
        assertProblem(uploadAs(emp, EMP1, "kind=KARTU_KELUARGA&filename=kk.png", pdf, "image/png"), 422);
        assertProblem(uploadAs(emp, EMP1, "kind=KARTU_KELUARGA&filename=kk.txt", pdf, "text/plain"), 415);
        assertProblem(uploadAs(emp, EMP1, "kind=RAHASIA&filename=kk.pdf", pdf, "application/pdf"), 422);
        assertProblem(uploadAs(emp, EMP2, "kind=KARTU_KELUARGA&filename=kk.pdf", pdf, "application/pdf"), 404);
        byte[] big = new byte[5_242_881];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertProblem(uploadAs(adminToken(), EMP1, "kind=LAINNYA&filename=besar.pdf", big, "application/pdf"), 413);
        assertTrue(http().get(P + "/employees/" + EMP1 + "/documents", emp).body().contains("\"id\":" + id + ","));
        for (String token : List.of(emp, linkedToken("mtx.atasan", "SUPERVISOR", SUP), adminToken())) {
            HttpResponse<byte[]> d = download("/employees/" + EMP1 + "/documents/" + id, "*/*", token);
            assertEquals(200, d.statusCode());
            assertTrue(java.util.Arrays.equals(pdf, d.body()));
            assertEquals("nosniff", d.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertEquals(404, download("/employees/" + EMP1 + "/documents/" + id, "*/*", outsider).statusCode());
        assertEquals(404, http().get(P + "/employees/" + EMP1 + "/documents", outsider).status());
    }

    @Test
    public void wrongEntriesAreDeletedAndUnitsRenamed() throws Exception {
        fixture();
        String admin = adminToken();
        String hr = userToken("mtx.bkpsdm", "HR_OPERATOR");
        String op = linkedToken("mtx.operator", "UNIT_OPERATOR", OPX);
        Http.Answer renamed = http().send("PUT", P + "/units/MTY", hr, "{\"name\":\"Unit Uji Y Baru\",\"latitude\":-3.7,"
                + "\"longitude\":103.8}", "application/json");
        assertEquals(renamed.toString(), 200, renamed.status());
        assertEquals("Unit Uji Y Baru", http().get(P + "/units/MTY", admin).json().get("name").asText());
        assertEquals(403, http().send("PUT", P + "/units/MTY", op, "{\"name\":\"x\"}", "application/json").status());
        assertEquals(201, http().post(P + "/units", hr, "{\"code\":\"MTW\",\"name\":\"Unit Uji W\"}").status());
        String nip = "199207072017032001"; // born 1992-07-07, CPNS March 2017, female, in MTW
        assertEquals(201, http().post(P + "/employees", admin,
                employee(nip, "Nia Koreksi", "1992-07-07", "2017-03-01", "FEMALE", "MTW", null)).status());
        long rank = http().post(P + "/employees/" + nip + "/ranks", hr, "{\"rank\":\"III/b\",\"tmt\":\"2021-04-01\"}")
                .json().get("id").asLong();
        assertEquals("III/b", http().get(P + "/employees/" + nip, admin).json().get("currentRank").get("rank").asText());
        assertEquals(403, http().send("DELETE", P + "/employees/" + nip + "/ranks/" + rank, op, null, null).status());
        assertEquals(204, http().send("DELETE", P + "/employees/" + nip + "/ranks/" + rank, hr, null, null).status());
        assertEquals("III/a", http().get(P + "/employees/" + nip, admin).json().get("currentRank").get("rank").asText());
        assertEquals(404, http().send("DELETE", P + "/employees/" + nip + "/ranks/" + rank, hr, null, null).status());
        long edu = http().post(P + "/employees/" + nip + "/education", hr,
                "{\"level\":\"S1\",\"institution\":\"Universitas Sriwijaya\"}").json().get("id").asLong();
        assertEquals(204, http().send("DELETE", P + "/employees/" + nip + "/education/" + edu, hr, null, null).status());
        assertEquals(0, http().get(P + "/employees/" + nip + "/education", admin).json().size());
        byte[] pdf = "%PDF-1.4\nsalah unggah\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long doc = uploadAs(hr, nip, "kind=LAINNYA&filename=salah.pdf", pdf, "application/pdf").json().get("id").asLong();
        assertEquals(204, http().send("DELETE", P + "/employees/" + nip + "/documents/" + doc, hr, null, null).status());
        assertEquals(0, http().get(P + "/employees/" + nip + "/documents", admin).json().size());
    }

    @Test
    public void aCorrectionChangesTheRecordOnlyWhenHrApprovesIt() throws Exception {
        fixture();
        String emp = linkedToken("mtx.pegawai", "EMPLOYEE", EMP1);
        String hr = userToken("mtx.bkpsdm", "HR_OPERATOR");
        byte[] pdf = "%PDF-1.4\nsurat keterangan domisili\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long doc = uploadAs(emp, EMP1, "kind=LAINNYA&filename=domisili.pdf", pdf, "application/pdf").json().get("id").asLong();
        String address = "Jl. Pramuka No. 7, Muara Enim";
        Http.Answer p = http().post(P + "/employees/" + EMP1 + "/corrections", emp, "{\"changes\":{\"address\":\""
                + address + "\",\"phone\":\"081234567890\"},\"reason\":\"Pindah rumah\",\"documentId\":" + doc + "}");
        assertEquals(p.toString(), 201, p.status());
        long id = p.json().get("id").asLong();
        assertEquals("PENDING", p.json().get("status").asText());
        assertEquals(P + "/employees/" + EMP1 + "/corrections/" + id, location(p));
        assertEquals("PENDING", http().get(location(p), emp).json().get("status").asText());
        assertEquals(404, http().get(P + "/employees/" + EMP1 + "/corrections/" + (id + 100_000), emp).status());
        assertFalse(address.equals(http().get(P + "/employees/" + EMP1, emp).json().get("address").asText()));
        // Not for someone else's record, not for fields bound to the NIP, not with invalid values.
        assertProblem(http().post(P + "/employees/" + EMP2 + "/corrections", emp,
                "{\"changes\":{\"address\":\"x\"},\"reason\":\"r\"}"), 403);
        assertProblem(http().post(P + "/employees/" + EMP1 + "/corrections", emp,
                "{\"changes\":{\"birthDate\":\"1985-02-11\"},\"reason\":\"r\"}"), 422);
        assertProblem(http().post(P + "/employees/" + EMP1 + "/corrections", emp,
                "{\"changes\":{\"email\":\"bukan-surel\"},\"reason\":\"r\"}"), 422);
        assertProblem(http().post(P + "/employees/" + EMP1 + "/corrections", emp, "{\"changes\":{\"address\":\"x\"}}"), 422);
        // HR's work list; employees cannot decide.
        assertTrue(http().get(P + "/corrections?status=PENDING", hr).body().contains("\"id\":" + id + ","));
        assertEquals(403, http().get(P + "/corrections", emp).status());
        assertEquals(403, http().post(P + "/corrections/" + id + "/approve", emp, "{}").status());
        assertProblem(http().post(P + "/corrections/" + id + "/reject", hr, "{}"), 422);
        Http.Answer ok = http().post(P + "/corrections/" + id + "/approve", hr, "{\"reason\":\"Sesuai surat domisili\"}");
        assertEquals(ok.toString(), 200, ok.status());
        assertEquals("APPROVED", ok.json().get("status").asText());
        JsonNode after = http().get(P + "/employees/" + EMP1, emp).json();
        assertEquals(address, after.get("address").asText());
        assertEquals("081234567890", after.get("phone").asText());
        assertProblem(http().post(P + "/corrections/" + id + "/approve", hr, "{}"), 409);
        // A rejected one changes nothing.
        long second = http().post(P + "/employees/" + EMP1 + "/corrections", emp,
                "{\"changes\":{\"name\":\"Eka Pegawai Baru\"},\"reason\":\"Salah ketik\"}").json().get("id").asLong();
        Http.Answer no = http().post(P + "/corrections/" + second + "/reject", hr, "{\"reason\":\"Tidak sesuai ijazah\"}");
        assertEquals("REJECTED", no.json().get("status").asText());
        assertEquals("Eka Pegawai", http().get(P + "/employees/" + EMP1, emp).json().get("name").asText());
        JsonNode mine = http().get(P + "/employees/" + EMP1 + "/corrections", emp).json();
        assertEquals("Tidak sesuai ijazah", mine.get(0).get("decisionReason").asText());
        String audit = http().get("/api/v1/platform/audit?action=personnel.correction.approve", adminToken()).body();
        assertTrue(audit, audit.contains("\"entityId\":\"" + id + "\""));
    }

    // ---------------------------------------------------------------- validation, derived values, events

    @Test
    public void optionsListsOnlyTheMethodsAPathServes() throws Exception {
        fixture();
        String admin = adminToken();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(P + "/employees", "GET, HEAD, OPTIONS, POST");
        expected.put(P + "/employees/" + EMP2, "GET, HEAD, OPTIONS, PUT");
        expected.put(P + "/units/MTX", "GET, HEAD, OPTIONS, PUT");
        expected.put(P + "/corrections", "GET, HEAD, OPTIONS");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Http.Answer o = http().send("OPTIONS", e.getKey(), admin, null, "application/json");
            assertEquals(e.getKey() + ": " + o, 204, o.status());
            String allow = o.raw().headers().firstValue("Allow").orElse("");
            assertEquals(e.getKey(), e.getValue(), allow);
            for (String m : List.of("GET", "PUT", "POST", "DELETE", "PATCH")) {
                if (!allow.contains(m)) {
                    Http.Answer no = http().send(m, e.getKey(), admin, m.equals("GET") || m.equals("DELETE") ? null : "{}",
                            "application/json");
                    assertEquals(m + " " + e.getKey() + " is not listed, so it answers 405: " + no, 405, no.status());
                }
            }
        }
        assertEquals(404, http().send("OPTIONS", P + "/nothing-here", admin, null, "application/json").status());
    }

    @Test
    public void supervisorsUnitsAndOwnCorrectionsStayInTheRightHands() throws Exception {
        fixture();
        String admin = adminToken();
        String op = linkedToken("mtx.operator", "UNIT_OPERATOR", OPX);
        String body = "{\"name\":\"Dodi Rekan\",\"birthPlace\":\"Lahat\",\"birthDate\":\"1987-03-22\",\"gender\":\"MALE\","
                + "\"employmentType\":\"PNS\",\"cpnsDate\":\"2012-02-01\",\"unitCode\":\"MTX\",\"supervisorNip\":%s,"
                + "\"version\":%d}";
        // A unit operator may not name a supervisor outside their unit (that would give them read access to EMP2),
        // and the answer for an unknown NIP is the same, so it does not tell which NIPs exist.
        int v = http().get(P + "/employees/" + EMP2, admin).json().get("version").asInt();
        Http.Answer outside = http().send("PUT", P + "/employees/" + EMP2, op, String.format(body, "\"" + EMP3 + "\"", v),
                "application/json");
        assertProblem(outside, 422);
        Http.Answer unknown = http().send("PUT", P + "/employees/" + EMP2, op,
                String.format(body, "\"199999999999999999\"", v), "application/json");
        assertProblem(unknown, 422);
        assertEquals(outside.json().get("errors").toString(), unknown.json().get("errors").toString());
        assertTrue(outside.body(), outside.body().contains("supervisorNip"));
        assertEquals(v, http().get(P + "/employees/" + EMP2, admin).json().get("version").asInt());
        assertProblem(http().send("PUT", P + "/employees/" + EMP2, op, String.format(body, "\"" + EMP2 + "\"", v),
                "application/json"), 422);
        // Within the unit it works; HR may set one outside it, and the unit operator's later edits keep it.
        Http.Answer inside = http().send("PUT", P + "/employees/" + EMP2, op, String.format(body, "\"" + SUP + "\"", v),
                "application/json");
        assertEquals(inside.toString(), 200, inside.status());
        v = inside.json().get("version").asInt();
        Http.Answer hr = http().send("PUT", P + "/employees/" + EMP2, admin, String.format(body, "\"" + EMP3 + "\"", v),
                "application/json");
        assertEquals(hr.toString(), 200, hr.status());
        v = hr.json().get("version").asInt();
        Http.Answer kept = http().send("PUT", P + "/employees/" + EMP2, op, String.format(body, "\"" + EMP3 + "\"", v),
                "application/json");
        assertEquals(kept.toString(), 200, kept.status());
        v = kept.json().get("version").asInt();
        assertEquals(200, http().send("PUT", P + "/employees/" + EMP2, admin, String.format(body, "null", v),
                "application/json").status());

        // A unit's code and parent cannot change: refused, not silently ignored; the audit holds what was stored.
        Http.Answer recode = http().send("PUT", P + "/units/MTY", admin, "{\"code\":\"MTY2\",\"name\":\"Unit Uji Y\"}",
                "application/json");
        assertProblem(recode, 422);
        assertTrue(recode.body(), recode.body().contains("\"code\""));
        Http.Answer reparent = http().send("PUT", P + "/units/MTY", admin, "{\"name\":\"Unit Uji Y\",\"parentCode\":\"MTX\"}",
                "application/json");
        assertProblem(reparent, 422);
        assertTrue(reparent.body(), reparent.body().contains("parentCode"));
        Http.Answer renamed = http().send("PUT", P + "/units/MTY", admin, "{\"code\":\"MTY\",\"name\":\"Unit Uji Y Baru\","
                + "\"latitude\":-3.71,\"longitude\":103.81}", "application/json");
        assertEquals(renamed.toString(), 200, renamed.status());
        JsonNode trail = http().get("/api/v1/platform/audit?action=personnel.unit.update&entityId=MTY&size=1", admin).json();
        JsonNode last = trail.get("items").get(0);
        String after = last.get("after").asText();
        assertTrue(last.toString(), after.contains("Unit Uji Y Baru") && after.contains("-3.71") && after.contains("MTY"));
        assertFalse("the audit shows the stored unit, not the request: " + after, after.contains("MTY2"));
        assertTrue(last.get("before").asText(), last.get("before").asText().contains("\"name\":\"Unit Uji Y\""));
        assertEquals(200, http().send("PUT", P + "/units/MTY", admin, "{\"name\":\"Unit Uji Y\",\"latitude\":-3.70,"
                + "\"longitude\":103.80}", "application/json").status());

        // An HR operator does not decide a correction of their own record.
        String hrSelf = linkedToken("mtx.bkpsdm.sendiri", "HR_OPERATOR", EMP2);
        Http.Answer proposed = http().post(P + "/employees/" + EMP2 + "/corrections", hrSelf,
                "{\"changes\":{\"address\":\"Jl. Sendiri 1\"},\"reason\":\"pindah rumah\"}");
        assertEquals(proposed.toString(), 201, proposed.status());
        long id = proposed.json().get("id").asLong();
        assertProblem(http().post(P + "/corrections/" + id + "/approve", hrSelf, "{}"), 403);
        assertProblem(http().post(P + "/corrections/" + id + "/reject", hrSelf, "{\"reason\":\"tidak\"}"), 403);
        assertEquals("PENDING", http().get(P + "/employees/" + EMP2 + "/corrections", admin).json().get(0).get("status")
                .asText());
        Http.Answer byOther = http().post(P + "/corrections/" + id + "/approve", admin, "{}");
        assertEquals(byOther.toString(), 200, byOther.status());
        assertEquals("Jl. Sendiri 1", http().get(P + "/employees/" + EMP2, admin).json().get("address").asText());
    }

    @Test
    public void badInputIsRefusedWithFieldErrorsAndChangesNothing() throws Exception {
        fixture();
        String admin = adminToken();
        // NIP encodes 1985-02-10, Jan 2010, female: a record saying otherwise is refused field by field.
        Http.Answer a = http().post(P + "/employees", admin,
                employee("198502102010012003", "Salah", "1985-02-11", "2011-01-01", "MALE", "MTX", null));
        assertProblem(a, 422);
        String errors = a.json().get("errors").toString();
        assertTrue(errors, errors.contains("birthDate") && errors.contains("cpnsDate") && errors.contains("gender"));
        assertProblem(http().post(P + "/employees", admin, "{\"nip\":\"123\"}"), 422);
        assertProblem(http().post(P + "/employees", admin, employee(EMP1, "Ganda", "1985-02-10", "2010-01-01", "FEMALE",
                "MTX", null)), 409);
        assertProblem(http().post(P + "/employees", admin, employee("199201012016011001", "Tanpa Unit", "1992-01-01",
                "2016-01-01", "MALE", "NOPE", null)), 422);
        assertProblem(http().post(P + "/employees", admin, "{\"nip\":"), 400);
        assertProblem(http().post(P + "/units", admin, "{\"code\":\"bad code!\",\"name\":\"\"}"), 422);
        assertProblem(http().get(P + "/employees?sort=salary", admin), 422);
        assertProblem(http().get(P + "/schedules/retirements?from=2027-01-01", admin), 422);
        assertEquals(404, http().get(P + "/employees/199201012016011001", admin).status());
        // PPPK numbers are not checked as PNS NIPs.
        Http.Answer pppk = http().post(P + "/employees", admin, "{\"nip\":\"199305052024211001\",\"name\":\"Rina PPPK\","
                + "\"birthPlace\":\"Lahat\",\"birthDate\":\"1991-07-07\",\"gender\":\"FEMALE\",\"employmentType\":\"PPPK\","
                + "\"cpnsDate\":\"2024-03-01\",\"unitCode\":\"MTY\",\"rank\":\"IX\"}");
        assertEquals(pppk.toString(), 201, pppk.status());
        assertEquals("IX", pppk.json().get("currentRank").get("rank").asText());
    }

    @Test
    public void derivedValuesFollowTheHistoriesAndEventsGoOut() throws Exception {
        fixture();
        String admin = adminToken();
        List<Event> events = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "serasan/personnel/*");
        ServiceRegistration<EventHandler> reg = bundleContext.registerService(EventHandler.class, events::add, props);
        try {
            Http.Answer mtz = http().post(P + "/units", admin, "{\"code\":\"MTZ\",\"name\":\"Unit Uji Z\"}");
            assertEquals(mtz.toString(), 201, mtz.status());
            String nip = "196805172000031001"; // born 1968-05-17, CPNS March 2000, male
            assertEquals(201, http().post(P + "/employees", admin,
                    employee(nip, "Hendra Kepala", "1968-05-17", "2000-03-01", "MALE", "MTY", null)).status());
            Http.Answer rank = http().post(P + "/employees/" + nip + "/ranks", admin,
                    "{\"rank\":\"IV/a\",\"tmt\":\"2024-04-01\",\"decreeNumber\":\"823.3/77/BKPSDM/2024\"}");
            assertEquals(rank.toString(), 201, rank.status());
            // the created entry's address, from the configured public base URL
            assertEquals("http://localhost:8181" + P + "/employees/" + nip + "/ranks/" + rank.json().get("id").asLong(),
                    rank.raw().headers().firstValue("Location").orElse(""));
            assertEquals(201, http().post(P + "/employees/" + nip + "/positions", admin,
                    "{\"type\":\"JPT_PRATAMA\",\"name\":\"Kepala Dinas Uji\",\"tmt\":\"2025-01-02\"}").status());
            JsonNode e = http().get(P + "/employees/" + nip, admin).json();
            assertEquals("IV/a", e.get("currentRank").get("rank").asText());
            assertEquals("Pembina", e.get("currentRank").get("pangkat").asText());
            assertEquals("JPT_PRATAMA", e.get("currentPosition").get("type").asText());
            JsonNode d = e.get("derived");
            assertEquals(60, d.get("retirementAge").asInt()); // JPT: 60
            assertEquals("2028-06-01", d.get("retirementDate").asText()); // 60 on 2028-05-17 -> 1 June 2028
            assertEquals("2028-04-01", d.get("nextPromotionEligible").asText()); // IV/a since 2024-04 + 4 years
            assertEquals("IV/b", d.get("nextPromotionRank").asText());
            // Schedules and the DUK see it.
            String ret = http().get(P + "/schedules/retirements?from=2028-06-01&to=2028-06-01&unit=MTY", admin).body();
            assertTrue(ret, ret.contains(nip));
            JsonNode duk = http().get(P + "/duk?unit=MTY", admin).json();
            assertEquals(nip, duk.get("items").get(0).get("nip").asText()); // IV/a heads a unit of III/a
            // Transfer: unit changes, history records it, an event goes out.
            int v = e.get("version").asInt();
            Http.Answer moved = http().send("PUT", P + "/employees/" + nip, admin, "{\"name\":\"Hendra Kepala\","
                    + "\"birthPlace\":\"Muara Enim\",\"birthDate\":\"1968-05-17\",\"gender\":\"MALE\",\"employmentType\":\"PNS\","
                    + "\"cpnsDate\":\"2000-03-01\",\"unitCode\":\"MTZ\",\"status\":\"RETIRED\",\"version\":" + v + "}",
                    "application/json");
            assertEquals(moved.toString(), 200, moved.status());
            JsonNode transfers = http().get(P + "/employees/" + nip + "/transfers", admin).json();
            assertEquals("MTY", transfers.get(0).get("fromUnitCode").asText());
            long end = System.currentTimeMillis() + 10_000;
            while (events.size() < 5 && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            List<String> topics = new ArrayList<>();
            for (Event ev : events) {
                if (nip.equals(ev.getProperty("nip"))) {
                    topics.add(ev.getTopic());
                }
            }
            assertTrue(topics.toString(), topics.containsAll(List.of("serasan/personnel/EmployeeCreated",
                    "serasan/personnel/RankChanged", "serasan/personnel/PositionChanged",
                    "serasan/personnel/EmployeeTransferred", "serasan/personnel/EmployeeLeft")));
        } finally {
            reg.unregister();
        }
    }

    // ---------------------------------------------------------------- the rule pack

    private JsonNode derivedOf(String nip) throws Exception {
        return http().get(P + "/employees/" + nip, adminToken()).json().get("derived");
    }

    /** Polls until the derived retirement age of {@code nip} is {@code age} (configuration applies asynchronously). */
    private JsonNode awaitRetirementAge(String nip, int age) throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        JsonNode d = derivedOf(nip);
        while (d.get("retirementAge").asInt() != age && System.currentTimeMillis() < end) {
            Thread.sleep(100);
            d = derivedOf(nip);
        }
        assertEquals(d.toString(), age, d.get("retirementAge").asInt());
        return d;
    }

    @Test
    public void theRulePackIsReadFromItsPidAndAChangeThroughConfigurationAdminAppliesLive() throws Exception {
        fixture();
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.ConfigurationAdmin cm = bundleContext.getService(ref);
        org.osgi.service.cm.Configuration cfg = cm.getConfiguration("id.serasan.personnel", "?");
        Dictionary<String, Object> shipped = cfg.getProperties();
        assertNotNull("etc/id.serasan.personnel.cfg is read under its PID", shipped);
        // the shipped file is typed: arrays arrive as arrays, numbers as numbers
        assertTrue(String.valueOf(shipped.get("promotionWindowMonths")), shipped.get("promotionWindowMonths") instanceof int[]);
        assertTrue(shipped.get("salaryStepSchedule") instanceof String[]);
        assertEquals(58, shipped.get("retirementAgeDefault"));
        // EMP2: PELAKSANA born 1987-03-22: BUP 58 -> 2045-04-01
        JsonNode before = awaitRetirementAge(EMP2, 58);
        assertEquals("2045-04-01", before.get("retirementDate").asText());
        assertTrue(before.get("rulePack").asText(), before.get("rulePack").asText().contains("PP 11/2017"));
        Dictionary<String, Object> changed = new Hashtable<>();
        for (java.util.Enumeration<String> k = shipped.keys(); k.hasMoreElements(); ) {
            String key = k.nextElement();
            changed.put(key, shipped.get(key));
        }
        changed.put("retirementAgeDefault", 59);
        changed.put("rulePack", "Perbup Uji 1/2026");
        try {
            cfg.update(changed);
            JsonNode after = awaitRetirementAge(EMP2, 59);
            assertEquals("2046-04-01", after.get("retirementDate").asText());
            assertEquals("Perbup Uji 1/2026", after.get("rulePack").asText());
            String ret = http().get(P + "/schedules/retirements?from=2046-04-01&to=2046-04-01&unit=MTX", adminToken()).body();
            assertTrue("the schedule follows the same rule pack: " + ret, ret.contains(EMP2));
            // a rule pack that does not parse is refused and the rules in force stay
            changed.put("salaryStepSchedule", new String[] {"II=satu"});
            cfg.update(changed);
            Thread.sleep(1_500);
            assertEquals(59, derivedOf(EMP2).get("retirementAge").asInt());
        } finally {
            Dictionary<String, Object> back = new Hashtable<>();
            for (java.util.Enumeration<String> k = shipped.keys(); k.hasMoreElements(); ) {
                String key = k.nextElement();
                back.put(key, shipped.get(key));
            }
            cfg.update(back);
            bundleContext.ungetService(ref);
        }
        awaitRetirementAge(EMP2, 58);
    }

    static String person(String nip, String name, String birth, String type, String cpns, String rank, String rankTmt,
                         String positionType, String level, String positionName) {
        return "{\"nip\":\"" + nip + "\",\"name\":\"" + name + "\",\"birthPlace\":\"Muara Enim\",\"birthDate\":\""
                + birth + "\",\"gender\":\"" + (nip.charAt(14) == '2' ? "FEMALE" : "MALE") + "\",\"employmentType\":\""
                + type + "\",\"cpnsDate\":\"" + cpns + "\",\"unitCode\":\"MTR\""
                + (rank == null ? "" : ",\"rank\":\"" + rank + "\",\"rankTmt\":\"" + rankTmt + "\"")
                + (positionType == null ? "" : ",\"positionType\":\"" + positionType + "\",\"positionName\":\""
                        + positionName + "\"" + (level == null ? "" : ",\"positionLevel\":\"" + level + "\"")) + "}";
    }

    private long retirementsNext12Months() throws Exception {
        for (JsonNode w : http().get("/api/v1/platform/dashboard", adminToken()).json()) {
            if ("personnel.summary".equals(w.get("id").asText())) {
                return w.get("data").get("retirementsNext12Months").asLong();
            }
        }
        throw new AssertionError("no personnel dashboard widget");
    }

    @Test
    public void teachersPppkFunctionalsAndSalaryStepsFollowTheirOwnRulesEverywhere() throws Exception {
        fixture();
        String admin = adminToken();
        synchronized (LOCK) {
            Http.Answer u = http().post(P + "/units", admin, "{\"code\":\"MTR\",\"name\":\"Unit Uji Aturan\"}");
            assertEquals(u.toString(), 201, u.status());
        }
        // A teacher (Guru Ahli Pertama) born 1970-06-10 retires at 60 (UU 14/2005), not 58: TMT 2030-07-01;
        // promoted on credit points, so no date but the next rank
        String guru = "197006102000032001";
        Http.Answer a = http().post(P + "/employees", admin, person(guru, "Guru Uji", "1970-06-10", "PNS", "2000-03-01",
                "III/b", "2021-04-01", "FUNGSIONAL", "AHLI_PERTAMA", "Guru Ahli Pertama"));
        assertEquals(a.toString(), 201, a.status());
        JsonNode g = a.json().get("derived");
        assertEquals(g.toString(), 60, g.get("retirementAge").asInt());
        assertEquals("2030-07-01", g.get("retirementDate").asText());
        assertEquals("CREDIT_POINTS", g.get("promotionBasis").asText());
        assertTrue(g.toString(), g.get("nextPromotionEligible").isNull());
        assertEquals("III/c", g.get("nextPromotionRank").asText());
        assertTrue(g.get("promotionRule").asText().contains("angka kredit"));
        String sched = http().get(P + "/schedules/retirements?from=2030-07-01&to=2030-07-01&unit=MTR", admin).body();
        assertTrue(sched, sched.contains(guru));
        String none = http().get(P + "/schedules/retirements?from=2028-07-01&to=2028-07-01&unit=MTR", admin).body();
        assertFalse("not at 58: " + none, none.contains(guru));
        String promotions = http().get(P + "/schedules/promotions?from=2025-01-01&to=2034-12-31&unit=MTR", admin).body();
        assertFalse("no 4-year date for a functional: " + promotions, promotions.contains(guru));

        // A II/a entrant with TMT 2015-03-01 (MKG 0) steps at MKG 1, 3, 5: 2016, 2018, 2020
        String entrant = "199501202015031001";
        a = http().post(P + "/employees", admin, person(entrant, "Pengatur Uji", "1995-01-20", "PNS", "2015-03-01",
                "II/a", "2015-03-01", "PELAKSANA", null, "Pengadministrasi Umum"));
        assertEquals(a.toString(), 201, a.status());
        JsonNode steps = http().get(P + "/schedules/salary-steps?from=2015-01-01&to=2021-12-31&unit=MTR&size=100", admin)
                .json();
        List<String> dates = new ArrayList<>();
        for (JsonNode item : steps.get("items")) {
            if (entrant.equals(item.get("nip").asText())) {
                dates.add(item.get("date").asText());
            }
        }
        assertEquals(steps.toString(), List.of("2016-03-01", "2018-03-01", "2020-03-01"), dates);
        JsonNode ed = a.json().get("derived");
        java.time.LocalDate next = java.time.LocalDate.parse("2016-03-01");
        while (!next.isAfter(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")))) {
            next = next.plusYears(2);
        }
        assertEquals(ed.toString(), next.toString(), ed.get("nextSalaryStep").asText());
        assertEquals((next.getYear() - 2015), ed.get("nextSalaryStepMkgYears").asInt());

        // A PPPK teacher whose age would retire a PNS within months: no BUP, KGB or promotion anywhere
        long retiringBefore = retirementsNext12Months();
        java.time.LocalDate birth = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusYears(58).plusMonths(3)
                .withDayOfMonth(10);
        String pppk = "2024" + "0101" + "1000" + "0000" + "42"; // 18 digits, not a PNS NIP
        a = http().post(P + "/employees", admin, person(pppk, "Pppk Uji", birth.toString(), "PPPK", "2024-03-01", "IX",
                "2024-03-01", "FUNGSIONAL", "AHLI_PERTAMA", "Guru Ahli Pertama"));
        assertEquals(a.toString(), 201, a.status());
        JsonNode p = a.json().get("derived");
        assertTrue(p.toString(), p.get("retirementAge").isNull());
        assertTrue(p.get("retirementDate").isNull());
        assertTrue(p.get("nextSalaryStep").isNull());
        assertTrue(p.get("nextPromotionEligible").isNull());
        assertEquals("NOT_APPLICABLE", p.get("promotionBasis").asText());
        assertTrue(p.get("retirementRule").asText().startsWith("PPPK"));
        assertEquals("the dashboard applies no PNS age to PPPK", retiringBefore, retirementsNext12Months());
        for (String kind : List.of("retirements", "salary-steps", "promotions")) {
            String body = http().get(P + "/schedules/" + kind + "?from=2024-01-01&to=2033-12-31&unit=MTR&size=200", admin)
                    .body();
            assertFalse(kind + ": " + body, body.contains(pppk));
        }

        // A PNS without a position: the record, the DUK and the schedules still answer
        String bare = "198001012005011001";
        a = http().post(P + "/employees", admin, person(bare, "Tanpa Jabatan", "1980-01-01", "PNS", "2005-01-01",
                "III/c", "2019-04-01", null, null, null));
        assertEquals(a.toString(), 201, a.status());
        assertEquals(58, a.json().get("derived").get("retirementAge").asInt());
        Http.Answer duk = http().get(P + "/duk?unit=MTR", admin);
        assertEquals(duk.toString(), 200, duk.status());
        List<String> order = new ArrayList<>();
        for (JsonNode line : duk.json().get("items")) {
            order.add(line.get("nip").asText());
        }
        // PNS only, by rank: III/c (2019) before III/b before II/a
        assertEquals(duk.body(), List.of(bare, guru, entrant), order);
    }

    // ---------------------------------------------------------------- import and export

    @Test
    public void aDryRunReportsEveryBadRowAndWritesNothing() throws Exception {
        fixture();
        String admin = adminToken();
        int before = http().get(P + "/employees?size=1", admin).json().get("total").asInt();
        String csv = "NIP;NAMA;TEMPAT_LAHIR;TANGGAL_LAHIR;JENIS_KELAMIN;JENIS_PEGAWAI;TMT_CPNS;KODE_UNOR;GOL_AKHIR\n"
                + "199102032019031004;Baik Sekali;Lahat;03-02-1991;L;PNS;01-03-2019;MTY;III/a\n" // row 2: fine
                + "199102032019031005;Lahir Salah;Lahat;04-02-1991;L;PNS;01-03-2019;MTY;III/a\n" // row 3: birth date
                + "199102032019031006;Unit Salah;Lahat;03-02-1991;L;PNS;01-03-2019;NOPE;III/a\n" // row 4: unit
                + "199102032019031004;Ganda;Lahat;03-02-1991;L;PNS;01-03-2019;MTY;III/a\n" // row 5: duplicate of row 2
                + "199102032019031007;;Lahat;03-02-1991;L;PNS;01-03-2019;MTY;V/a\n" // row 6: name, rank
                + "199102032019031008;Tanggal Salah;Lahat;31-02-1991;L;PNS;01-03-2019;MTY;III/a\n" // row 7: date
                + ";;;;;;;;\n" // row 8: empty, skipped but counted, as a spreadsheet numbers rows
                + EMP1 + ";Sudah Ada;Lahat;10-02-1985;P;PNS;01-01-2010;MTY;III/a\n"; // row 9: registered
        Http.Answer dry = upload("/imports?dryRun=true", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(dry.toString(), 200, dry.status());
        JsonNode r = dry.json();
        assertEquals(7, r.get("rows").asInt());
        assertEquals(1, r.get("valid").asInt());
        assertFalse(r.get("applied").asBoolean());
        String errs = r.get("errors").toString();
        for (String expect : List.of("\"row\":3,\"column\":\"TANGGAL_LAHIR\"", "\"row\":4,\"column\":\"KODE_UNOR\"",
                "\"row\":5,\"column\":\"NIP\"", "\"row\":6,\"column\":\"NAMA\"", "\"row\":6,\"column\":\"GOL_AKHIR\"",
                "\"row\":7,\"column\":\"TANGGAL_LAHIR\"", "\"row\":9,\"column\":\"NIP\"")) {
            assertTrue(expect + " in " + errs, errs.contains(expect));
        }
        assertFalse(errs, errs.contains("\"row\":2,"));
        // The real import of the same file is refused as a whole.
        Http.Answer real = upload("/imports?dryRun=false", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertProblem(real, 422);
        assertEquals(before, http().get(P + "/employees?size=1", admin).json().get("total").asInt());
        assertEquals(404, http().get(P + "/employees/199102032019031004", admin).status());
        // Files that are not what they claim, or lack columns, are refused.
        assertProblem(upload("/imports", "NIP,NAMA\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv"), 422);
        assertProblem(upload("/imports", "bukan xlsx".getBytes(StandardCharsets.UTF_8),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), 400);
    }

    /** An .xlsx whose first tab (rId7) is stored as sheet2.xml, after an older tab stored as sheet1.xml. */
    static byte[] workbook(String firstTabRows) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Pegawai\" sheetId=\"2\" r:id=\"rId7\"/><sheet name=\"Lama\" sheetId=\"1\" r:id=\"rId3\"/>"
                    + "</sheets></workbook>");
            parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId3\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
            parts.put("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                    + "<t>TAB LAMA</t></is></c></row></sheetData></worksheet>");
            parts.put("xl/worksheets/sheet2.xml", "<worksheet><sheetData>" + firstTabRows + "</sheetData></worksheet>");
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    static String xlsxRow(int n, String... cells) {
        StringBuilder b = new StringBuilder("<row r=\"" + n + "\">");
        for (int i = 0; i < cells.length; i++) {
            String ref = (char) ('A' + i) + String.valueOf(n);
            String v = cells[i];
            if (v.startsWith("#")) { // a number cell, as a spreadsheet stores an 18-digit number typed without care
                b.append("<c r=\"").append(ref).append("\"><v>").append(v.substring(1)).append("</v></c>");
            } else {
                b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(v).append("</t></is></c>");
            }
        }
        return b.append("</row>").toString();
    }

    @Test
    public void anXlsxImportReadsTheFirstTabAndRefusesNipsStoredAsNumbers() throws Exception {
        fixture();
        String admin = adminToken();
        String[] header = {"NIP", "NAMA", "TEMPAT_LAHIR", "TANGGAL_LAHIR", "JENIS_KELAMIN", "JENIS_PEGAWAI", "TMT_CPNS",
            "KODE_UNOR", "GOL_AKHIR", "NIP_ATASAN"};
        String rows = xlsxRow(1, header)
                + xlsxRow(2, "199203042019031001", "Teks Baik", "Lahat", "1992-03-04", "L", "PNS", "2019-03-01", "MTY",
                        "III/a", "")
                // a PPPK number in a number cell: the spreadsheet kept 15 digits, ...211000 instead of ...211042
                + xlsxRow(3, "#2.02403011000211E17", "Angka Pppk", "Lahat", "1992-03-04", "L", "PPPK", "2024-03-01", "MTY",
                        "IX", "")
                + xlsxRow(4, "199203042019031002", "Atasan Angka", "Lahat", "1992-03-04", "L", "PNS", "2019-03-01", "MTY",
                        "III/a", "#1.97001152000031E17");
        Http.Answer dry = upload("/imports?dryRun=true", workbook(rows),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(dry.toString(), 200, dry.status());
        JsonNode r = dry.json();
        assertEquals("the first tab, not sheet1.xml: " + r, 3, r.get("rows").asInt());
        assertEquals(r.toString(), 1, r.get("valid").asInt());
        Map<String, String> byCell = new LinkedHashMap<>();
        for (JsonNode e : r.get("errors")) {
            byCell.put(e.get("row").asInt() + ":" + e.get("column").asText(), e.get("message").asText());
        }
        assertEquals(r.toString(), List.of("3:NIP", "4:NIP_ATASAN"), new ArrayList<>(byCell.keySet()));
        assertTrue(byCell.get("3:NIP"), byCell.get("3:NIP").contains("Text") && byCell.get("3:NIP").contains("Teks"));
        assertProblem(upload("/imports?dryRun=false", workbook(rows),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), 422);
        assertEquals(404, http().get(P + "/employees/202403011000211000", admin).status());
        assertEquals(404, http().get(P + "/employees/199203042019031001", admin).status());
    }

    @Test
    public void historiesImportWithBadRowsWritesNothingThenUpdatesTheDerivedValues() throws Exception {
        fixture();
        String admin = adminToken();
        String nip = "199106062016032001"; // born 1991-06-06, CPNS March 2016, female, in MTY
        Http.Answer made = http().post(P + "/employees", admin,
                employee(nip, "Wulan Riwayat", "1991-06-06", "2016-03-01", "FEMALE", "MTY", null));
        assertEquals(made.toString(), 201, made.status());
        String header = "NIP,JENIS_RIWAYAT,GOLONGAN,TMT,NOMOR_SK,JENIS_JABATAN,JENJANG_JABATAN,NAMA_JABATAN,PENDIDIKAN,"
                + "NAMA_SEKOLAH,TAHUN_LULUS,JENIS_DIKLAT,NAMA_DIKLAT,TANGGAL_SELESAI,JAM_PELAJARAN,HUBUNGAN,NAMA_KELUARGA\n";
        String good = nip + ",GOLONGAN,III/b,01-04-2020,800/1/BKPSDM/2020,,,,,,,,,,,,\n"
                + nip + ",JABATAN,,01-01-2022,,FUNGSIONAL,AHLI_PERTAMA,Analis Kepegawaian Ahli Pertama,,,,,,,,,\n"
                + nip + ",PENDIDIKAN,,,,,,,S2,Universitas Sriwijaya,2021,,,,,,\n"
                + nip + ",DIKLAT,,,,,,,,,,STRUKTURAL,Pelatihan Kepemimpinan Pengawas,2023-05-30,300,,\n"
                + nip + ",KELUARGA,,,,,,,,,,,,,,ANAK,Putri Riwayat\n";
        String bad = "199999999999999999,GOLONGAN,III/b,01-04-2020,,,,,,,,,,,,,\n" // row 7: unknown NIP
                + nip + ",JABATAN,,01-01-2022,,FUNGSIONAL,,Analis,,,,,,,,,\n" // row 8: level missing
                + nip + ",GOLONGAN,III/b,01-04-2010,,,,,,,,,,,,,\n" // row 9: before TMT CPNS
                + nip + ",CUTI,,,,,,,,,,,,,,,\n"; // row 10: no such kind
        Http.Answer dry = upload("/imports?kind=histories&dryRun=true", (header + good + bad).getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertEquals(dry.toString(), 200, dry.status());
        String errs = dry.json().get("errors").toString();
        for (String expect : List.of("\"row\":7,\"column\":\"NIP\"", "\"row\":8,\"column\":\"JENJANG_JABATAN\"",
                "\"row\":9,\"column\":\"TMT\"", "\"row\":10,\"column\":\"JENIS_RIWAYAT\"")) {
            assertTrue(expect + " in " + errs, errs.contains(expect));
        }
        assertEquals(5, dry.json().get("valid").asInt());
        assertProblem(upload("/imports?kind=histories&dryRun=false", (header + good + bad).getBytes(StandardCharsets.UTF_8),
                "text/csv"), 422);
        assertEquals(1, http().get(P + "/employees/" + nip + "/ranks", admin).json().size());
        Http.Answer real = upload("/imports?kind=histories&dryRun=false", (header + good).getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertEquals(real.toString(), 201, real.status());
        JsonNode e = http().get(P + "/employees/" + nip, admin).json();
        assertEquals("III/b", e.get("currentRank").get("rank").asText());
        assertEquals("Analis Kepegawaian Ahli Pertama", e.get("currentPosition").get("name").asText());
        // now a functional (Analis Kepegawaian Ahli Pertama): promoted on credit points, no 4-year date
        assertEquals("CREDIT_POINTS", e.get("derived").get("promotionBasis").asText());
        assertTrue(e.get("derived").toString(), e.get("derived").get("nextPromotionEligible").isNull());
        assertEquals("III/c", e.get("derived").get("nextPromotionRank").asText());
        assertTrue(http().get(P + "/employees/" + nip + "/education", admin).body().contains("Universitas Sriwijaya"));
        assertTrue(http().get(P + "/employees/" + nip + "/trainings", admin).body().contains("STRUKTURAL"));
        assertTrue(http().get(P + "/employees/" + nip + "/family", admin).body().contains("\"relation\":\"CHILD\""));
        assertProblem(upload("/imports?kind=pensions", "NIP\n1\n".getBytes(StandardCharsets.UTF_8), "text/csv"), 422);
    }

    @Test
    public void theGeneratedTwelveThousandImportAndExportRoundTrip() throws Exception {
        Path file = demoFile();
        String admin = adminToken();
        byte[] csv = Files.readAllBytes(file);
        if (!demoImported) {
            Http.Answer dry = upload("/imports?dryRun=true", csv, "text/csv");
            assertEquals(dry.toString(), 200, dry.status());
            assertEquals(dry.body(), DEMO_EMPLOYEES, dry.json().get("valid").asInt());
            assertEquals(0, dry.json().get("errors").size());
        }
        demoImported();
        JsonNode bkpsdm = http().get(P + "/employees?unit=BKPSDM&size=1", admin).json();
        assertTrue(bkpsdm.toString(), bkpsdm.get("total").asInt() > 20);
        // Export everything the demo holds (sorted by NIP, as the file was written): the same text comes back.
        StringBuilder units = new StringBuilder();
        for (JsonNode u : http().get(P + "/units", admin).json()) {
            if (u.get("parentCode").isNull() && !u.get("code").asText().startsWith("MT")) {
                units.append(units.length() == 0 ? "" : ",").append(u.get("code").asText());
            }
        }
        List<String> exported = new ArrayList<>();
        String header = null;
        for (String unit : units.toString().split(",")) {
            HttpResponse<byte[]> r = download("/employees/export?format=csv&sort=nip&unit=" + unit, "text/csv", admin);
            assertEquals(200, r.statusCode());
            String text = new String(r.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            String[] lines = text.split("\r\n(?=\\d{18},|NIP,)");
            header = lines[0];
            for (int i = 1; i < lines.length; i++) {
                exported.add(lines[i].replaceAll("\r\n$", ""));
            }
        }
        exported.sort(null);
        String original = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] lines = original.split("\r\n(?=\\d{18},|NIP,)");
        assertEquals(lines[0], header);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            expected.add(lines[i].replaceAll("\r\n$", ""));
        }
        expected.sort(null);
        assertEquals(expected.size(), exported.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals("row " + i, expected.get(i), exported.get(i));
        }
        // XLSX export of one unit reads back through the import (every row is already registered).
        HttpResponse<byte[]> x = download("/employees/export?format=xlsx&unit=BKPSDM", "application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet", admin);
        assertEquals(200, x.statusCode());
        int rows = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(x.body()))) {
            ZipEntry en;
            while ((en = zip.getNextEntry()) != null) {
                if (en.getName().equals("xl/worksheets/sheet1.xml")) {
                    rows = new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("<row ").length - 1;
                }
            }
        }
        assertEquals(bkpsdm.get("total").asInt() + 1, rows);
        Http.Answer back = upload("/imports?dryRun=true", x.body(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(back.toString(), 200, back.status());
        assertEquals(bkpsdm.get("total").asInt(), back.json().get("rows").asInt());
        assertEquals(back.body(), bkpsdm.get("total").asInt(), back.json().get("errors").size());
        assertTrue(back.body(), back.json().get("errors").get(0).get("message").asText().contains("already registered"));
    }

    @Test
    public void searchPagesSortsAndFiltersTheRegency() throws Exception {
        demoImported();
        String admin = adminToken();
        JsonNode page = http().get(P + "/employees?q=siti&size=5&sort=name", admin).json();
        assertTrue(page.get("total").asInt() > 5);
        assertEquals(5, page.get("items").size());
        for (JsonNode e : page.get("items")) {
            assertTrue(e.get("name").asText(), e.get("name").asText().toUpperCase().startsWith("SITI"));
        }
        String nip = page.get("items").get(0).get("nip").asText();
        JsonNode byNip = http().get(P + "/employees?q=" + nip.substring(0, 14), admin).json();
        assertTrue(byNip.toString(), byNip.get("total").asInt() >= 1);
        JsonNode teachers = http().get(P + "/employees?unit=DISDIK&positionType=FUNGSIONAL&employmentType=PPPK&size=1",
                admin).json();
        assertTrue(teachers.get("total").asInt() > 100);
        JsonNode top = http().get(P + "/employees?sort=rank&size=3&employmentType=PNS", admin).json();
        assertTrue(top.toString(), top.get("items").get(0).get("rank").asText().startsWith("IV/"));
        // The DUK numbers its lines across pages and orders them by rank, higher first.
        List<String> ranks = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b",
                "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");
        JsonNode duk = http().get(P + "/duk?unit=BKPSDM&size=20", admin).json();
        JsonNode duk2 = http().get(P + "/duk?unit=BKPSDM&size=20&page=1", admin).json();
        assertTrue(duk.toString(), duk.get("total").asInt() > 20);
        List<JsonNode> lines = new ArrayList<>();
        duk.get("items").forEach(lines::add);
        duk2.get("items").forEach(lines::add);
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i).toString(), i + 1, lines.get(i).get("number").asInt());
            if (i > 0) {
                int prev = ranks.indexOf(lines.get(i - 1).get("rank").asText());
                int here = ranks.indexOf(lines.get(i).get("rank").asText());
                assertTrue(lines.get(i - 1) + " before " + lines.get(i), prev >= here && here >= 0);
                if (prev == here) {
                    assertTrue("within a rank, longer in it first", lines.get(i - 1).get("rankTmt").asText()
                            .compareTo(lines.get(i).get("rankTmt").asText()) <= 0);
                }
            }
        }
        // Schedules: dated within the range, in date order, and each item is the employee's own derived value.
        java.time.LocalDate from = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(1);
        String to = from.plusYears(1).toString();
        JsonNode promotions = http().get(P + "/schedules/promotions?from=" + from + "&to=" + to + "&size=200", admin)
                .json();
        assertScheduleMatchesTheRecords(promotions, from.toString(), to, "nextPromotionEligible");
        String kgbTo = from.plusMonths(1).toString();
        JsonNode kgb = http().get(P + "/schedules/salary-steps?from=" + from + "&to=" + kgbTo + "&size=200", admin).json();
        assertScheduleMatchesTheRecords(kgb, from.toString(), kgbTo, "nextSalaryStep");
    }

    /** A non-empty schedule page in date order within [from, to]; its first items agree with their records. */
    private void assertScheduleMatchesTheRecords(JsonNode page, String from, String to, String derivedField)
            throws Exception {
        assertTrue(page.toString(), page.get("total").asInt() > 0);
        String previous = "";
        int checked = 0;
        for (JsonNode item : page.get("items")) {
            String date = item.get("date").asText();
            assertTrue(item.toString(), date.compareTo(from) >= 0 && date.compareTo(to) <= 0 && date.compareTo(previous) >= 0);
            previous = date;
            if (checked++ < 5) {
                JsonNode d = http().get(P + "/employees/" + item.get("nip").asText(), adminToken()).json().get("derived");
                assertEquals(item + " vs " + d, date, d.get(derivedField).asText());
            }
        }
    }

    @Test
    public void consoleFindsShowsAndImports() throws Exception {
        fixture();
        String found = console("serasan:employee-find --unit MTX.1");
        assertTrue(found, found.contains(EMP1));
        String shown = console("serasan:employee-show " + SUP);
        assertTrue(shown, shown.contains("Sukri Pengawas") && shown.contains("BUP 58"));
        Path bad = Paths.get(System.getProperty("karaf.data"), "bad.csv");
        Files.writeString(bad, "NIP,NAMA,TEMPAT_LAHIR,TANGGAL_LAHIR,JENIS_KELAMIN,JENIS_PEGAWAI,TMT_CPNS,KODE_UNOR\n"
                + "199102032019031009,Lahir Salah,Lahat,1991-02-04,L,PNS,2019-03-01,MTY\n");
        String dry = console("serasan:employee-import " + bad);
        assertTrue(dry, dry.contains("Dry run") && dry.contains("row 2"));
        assertNotNull(dry);
    }

    /** The path of an answer's Location header (its host is the configured public base URL). */
    private static String location(Http.Answer a) {
        return a.raw().headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

}
