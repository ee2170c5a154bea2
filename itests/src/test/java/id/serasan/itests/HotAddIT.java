package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The platform's core promise: while clients keep reading and writing personnel records (and calling the platform),
 * another module (the example add-on, feature {@value #GUESTBOOK}) is installed, updated, stopped, started,
 * uninstalled, dropped into deploy/ and removed again (and the attendance module stopped and started again), and
 * the clients never see an error: every answer is a 200 (or 201/204 for writes) with the expected body, every phase has successes of every kind of call, the slowest call
 * stays under {@value #WORST_LATENCY_MS} ms (a generous bound, reported), and neither the personnel module nor the
 * platform is refreshed, restarted or re-registered meanwhile.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotAddIT extends SerasanTestSupport {
    static final String GUESTBOOK = "serasan-example-guestbook";
    static final String P = "/api/v1/personnel";
    static final long WORST_LATENCY_MS = 3000;
    static final List<String> WATCHED = List.of("id.serasan.platform", "id.serasan.platform.api", "id.serasan.personnel",
            "id.serasan.personnel.api");

    /** What the pollers call, in this order, over and over. */
    enum Call { HEALTH, ME, NAVIGATION, MODULES, HOME_PAGE, MISSING_PAGE, SEARCH, EMPLOYEE, PUT_PHONE, ADD_TRAINING,
        DELETE_TRAINING }

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    /** What every answer is checked against (read once before the operations). */
    record Fixture(String admin, String hr, String searchPrefix, long searchTotal, JsonNode readEmployee,
                   Set<String> navigationIds) {
    }

    /** The phase the operations are in; every call counts towards the phase it started in. */
    final AtomicReference<String> phase = new AtomicReference<>("baseline");
    final Map<String, LongAdder> successes = new ConcurrentHashMap<>();

    /** Keeps making {@link Call}s over kept-alive or new connections, checking every answer. */
    final class Poller implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong puts = new AtomicLong();
        final Map<String, Integer> failures = new ConcurrentHashMap<>();
        final List<String> examples = new CopyOnWriteArrayList<>();
        final Map<Call, AtomicLong> worst = new ConcurrentHashMap<>();
        final AtomicReference<String> worstCall = new AtomicReference<>("");
        private final String base;
        private final Fixture f;
        private final boolean freshConnections;
        private final String writeNip;
        private JsonNode record;
        private String lastPhone;
        private HttpClient client = newClient();

        Poller(String base, Fixture f, boolean freshConnections, String writeNip, JsonNode record) {
            this.base = base;
            this.f = f;
            this.freshConnections = freshConnections;
            this.writeNip = writeNip;
            this.record = record;
        }

        @Override
        public void run() {
            long seq = 0;
            while (!stop.get()) {
                long trainingId = -1;
                for (Call call : Call.values()) {
                    // stop between rounds; a training this round added is still deleted, so the count is kept
                    if (stop.get() && !(call == Call.DELETE_TRAINING && trainingId >= 0)) {
                        break;
                    }
                    if (call == Call.DELETE_TRAINING && trainingId < 0) {
                        continue;
                    }
                    String at = phase.get();
                    long t0 = System.nanoTime();
                    String problem;
                    try {
                        Object result = call(call, ++seq, trainingId);
                        problem = result instanceof String s ? s : null;
                        if (call == Call.ADD_TRAINING) {
                            trainingId = result instanceof Long id ? id : -1;
                        }
                    } catch (Exception e) {
                        problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    AtomicLong w = worst.computeIfAbsent(call, k -> new AtomicLong());
                    if (ms > w.get()) {
                        w.set(ms);
                        worstCall.set(call + " in " + at);
                    }
                    if (problem == null) {
                        ok.incrementAndGet();
                        successes.computeIfAbsent(at + "/" + call, k -> new LongAdder()).increment();
                    } else {
                        failures.merge(at + " " + call, 1, Integer::sum);
                        if (examples.size() < 10) {
                            examples.add(at + " " + call + ": " + problem);
                        }
                    }
                }
            }
        }

        /** Makes one call; returns null (or the new training's id) when the answer is as expected, else why not. */
        private Object call(Call call, long seq, long trainingId) throws Exception {
            switch (call) {
                case HEALTH: {
                    // as ADMIN: the database check is shown (anonymous callers see only the status)
                    Http.Answer a = send("GET", "/api/health", f.admin(), null);
                    return a.status() != 200 ? a.toString()
                            : "UP".equals(a.json().path("status").asText()) && "UP".equals(a.json().path("database").path("status").asText())
                            ? null : "health body " + a.body();
                }
                case ME: {
                    Http.Answer a = send("GET", "/api/v1/auth/me", f.admin(), null);
                    return a.status() != 200 ? a.toString() : "admin".equals(a.json().path("username").asText()) ? null : "me " + a.body();
                }
                case NAVIGATION: {
                    Http.Answer a = send("GET", "/api/v1/platform/navigation", f.hr(), null);
                    if (a.status() != 200) {
                        return a.toString();
                    }
                    Set<String> ids = personnelIds(a.body());
                    return ids.containsAll(f.navigationIds()) ? null : "navigation lacks " + f.navigationIds() + ": " + a.body();
                }
                case MODULES: {
                    Http.Answer a = send("GET", "/api/v1/platform/modules", f.admin(), null);
                    if (a.status() != 200) {
                        return a.toString();
                    }
                    for (JsonNode m : a.json()) {
                        if ("personnel".equals(m.path("name").asText())) {
                            return "ACTIVE".equals(m.path("state").asText()) && m.path("serving").asBoolean() ? null
                                    : "personnel module " + m;
                        }
                    }
                    return "no personnel module in " + a.body();
                }
                case SEARCH: {
                    Http.Answer a = send("GET", P + "/employees?q="
                            + URLEncoder.encode(f.searchPrefix(), StandardCharsets.UTF_8) + "&size=10", f.hr(), null);
                    if (a.status() != 200) {
                        return a.toString();
                    }
                    JsonNode page = a.json();
                    if (page.path("total").asLong() != f.searchTotal() || page.path("items").size() == 0) {
                        return "search total " + page.path("total") + " (expected " + f.searchTotal() + "): " + a.body();
                    }
                    for (JsonNode e : page.path("items")) {
                        if (!nameKey(e.path("name").asText()).startsWith(f.searchPrefix()) || e.path("nip").asText().length() != 18) {
                            return "search item " + e;
                        }
                    }
                    return null;
                }
                case HOME_PAGE: {
                    // the platform's page entry point: a home page in the layout, as HTML, whatever comes and goes
                    // (the portal's while it runs, the platform's own while the portal is stopped)
                    Http.Answer a = send("GET", "/", null, null);
                    return a.status() == 200 && a.contentType().startsWith("text/html")
                            && a.body().contains("<main id=\"isi\"") && a.body().contains("</html>")
                            ? null : "home page " + a;
                }
                case MISSING_PAGE: {
                    Http.Answer a = send("GET", "/tidak-ada-" + seq, null, null);
                    return a.status() == 404 && a.contentType().startsWith("text/html")
                            && a.body().contains("Halaman tidak ditemukan") ? null : "404 page " + a;
                }
                case EMPLOYEE: {
                    JsonNode exp = f.readEmployee();
                    Http.Answer a = send("GET", P + "/employees/" + exp.get("nip").asText(), f.hr(), null);
                    if (a.status() != 200) {
                        return a.toString();
                    }
                    JsonNode e = a.json();
                    for (String field : List.of("nip", "name", "birthDate", "unitCode", "employmentType", "cpnsDate",
                            "currentRank", "currentPosition")) {
                        if (!exp.path(field).equals(e.path(field))) {
                            return "employee " + field + " " + e.path(field) + " (expected " + exp.path(field) + ")";
                        }
                    }
                    return null;
                }
                case PUT_PHONE: {
                    // As a form does it: load the record (a history change bumps its version too), then save it.
                    Http.Answer load = send("GET", P + "/employees/" + writeNip, f.hr(), null);
                    if (load.status() != 200) {
                        return "load " + load;
                    }
                    JsonNode before = load.json();
                    String phone = String.format("08%010d", seq % 10_000_000_000L);
                    int version = before.get("version").asInt();
                    Http.Answer a = send("PUT", P + "/employees/" + writeNip, f.hr(), putBody(before, phone));
                    if (a.status() != 200) {
                        return a.toString();
                    }
                    JsonNode e = a.json();
                    if (!phone.equals(e.path("phone").asText()) || e.path("version").asInt() != version + 1
                            || !writeNip.equals(e.path("nip").asText())) {
                        return "PUT answered " + a.body();
                    }
                    record = e;
                    lastPhone = phone;
                    puts.incrementAndGet();
                    return null;
                }
                case ADD_TRAINING: {
                    String name = "Pelatihan hot add " + seq;
                    Http.Answer a = send("POST", P + "/employees/" + writeNip + "/trainings", f.hr(),
                            "{\"kind\":\"TEKNIS\",\"name\":\"" + name + "\",\"endDate\":\"2025-11-20\",\"hours\":8}");
                    if (a.status() != 201) {
                        return a.toString();
                    }
                    JsonNode t = a.json();
                    if (t.path("id").asLong() <= 0 || !name.equals(t.path("name").asText()) || t.path("hours").asInt() != 8) {
                        return "training answered " + a.body();
                    }
                    return t.path("id").asLong();
                }
                case DELETE_TRAINING: {
                    Http.Answer a = send("DELETE", P + "/employees/" + writeNip + "/trainings/" + trainingId, f.hr(), null);
                    return a.status() == 204 ? null : a.toString();
                }
                default:
                    throw new IllegalStateException(call.toString());
            }
        }

        private Http.Answer send(String method, String path, String token, String body) throws Exception {
            if (freshConnections) {
                client = newClient();
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(r.statusCode(), r.body(), r);
        }
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The personal fields of {@code record} as a PUT body, with {@code phone} changed and the version read. */
    static String putBody(JsonNode record, String phone) {
        ObjectNode b = Http.JSON.createObjectNode();
        for (String field : List.of("frontTitle", "name", "backTitle", "birthPlace", "birthDate", "gender", "religion",
                "maritalStatus", "address", "email", "employmentType", "status", "cpnsDate", "pnsDate", "unitCode",
                "supervisorNip", "version")) {
            if (record.hasNonNull(field)) {
                b.set(field, record.get(field));
            }
        }
        b.put("phone", phone);
        return b.toString();
    }

    static String nameKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    static Set<String> personnelIds(String navigationBody) {
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"(personnel\\.[A-Za-z0-9_.-]+)\"").matcher(navigationBody);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    public void installingUpdatingAndRemovingAModuleNeverDisturbsPersonnelOrThePlatform() throws Exception {
        String admin = adminToken();
        String hr = userToken("hr.hotadd", "HR_OPERATOR");
        String demo = console("serasan:personnel-demo --employees 400 --seed 11");
        assertTrue(demo, demo.contains("400 pegawai"));
        JsonNode page = http().get(P + "/employees?size=20&sort=nip", hr).json();
        JsonNode read = http().get(P + "/employees/" + page.get("items").get(0).get("nip").asText(), hr).json();
        String first = nameKey(read.get("name").asText());
        String prefix = first.substring(0, Math.min(3, first.length())).trim();
        long total = http().get(P + "/employees?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8) + "&size=1", hr).json().get("total").asLong();
        assertTrue("the search finds the employee it was made from", total >= 1);
        Set<String> navigation = personnelIds(http().get("/api/v1/platform/navigation", hr).body());
        assertFalse("HR sees personnel navigation", navigation.isEmpty());
        Fixture f = new Fixture(admin, hr, prefix, total, read, navigation);
        // One employee per poller to write, so the pollers' versions never collide; the write works before we start.
        List<JsonNode> writes = new ArrayList<>();
        Map<String, Integer> trainingsBefore = new HashMap<>();
        for (int i = 1; i <= 2; i++) {
            String nip = page.get("items").get(i).get("nip").asText();
            JsonNode r = http().get(P + "/employees/" + nip, hr).json();
            Http.Answer put = http().send("PUT", P + "/employees/" + nip, hr, putBody(r, "081100000000"), "application/json");
            assertEquals(put.toString(), 200, put.status());
            writes.add(put.json());
            trainingsBefore.put(nip, http().get(P + "/employees/" + nip + "/trainings", hr).json().size());
        }

        // Neither the platform nor personnel may be refreshed, updated, stopped or re-registered.
        Map<String, Bundle> watched = new LinkedHashMap<>();
        Map<String, Long> modified = new HashMap<>();
        Map<String, BundleRevision> revisions = new HashMap<>();
        Map<String, Set<Long>> services = new HashMap<>();
        for (String bsn : WATCHED) {
            Bundle b = bundle(bsn);
            assertEquals(bsn, Bundle.ACTIVE, b.getState());
            watched.put(bsn, b);
            modified.put(bsn, b.getLastModified());
            revisions.put(bsn, b.adapt(BundleRevision.class));
            services.put(bsn, serviceIds(b));
        }
        List<String> events = new CopyOnWriteArrayList<>();
        SynchronousBundleListener listener = e -> {
            if (WATCHED.contains(e.getBundle().getSymbolicName()) && e.getType() != BundleEvent.STARTED) {
                events.add(e.getBundle().getSymbolicName() + " " + eventName(e.getType()) + " in " + phase.get());
            }
        };
        bundleContext.addBundleListener(listener);

        Poller kept = new Poller(http().base(), f, false, writes.get(0).get("nip").asText(), writes.get(0));
        Poller fresh = new Poller(http().base(), f, true, writes.get(1).get("nip").asText(), writes.get(1));
        Thread t1 = new Thread(kept, "poller-kept-alive");
        Thread t2 = new Thread(fresh, "poller-new-connections");
        List<String> phases = new ArrayList<>();
        t1.start();
        t2.start();
        try {
            covered("baseline", phases, kept, fresh);
            phase.set("install");
            features.installFeature(GUESTBOOK);
            await("/api/v1/guestbook/entries", null, 200, 60);
            await("/bukutamu", null, 200, 60); // the add-on's page is served as soon as its service is there
            assertEquals(201, http().post("/api/v1/guestbook/entries", admin, "{\"message\":\"hot\"}").status());
            covered("install", phases, kept, fresh);

            phase.set("update");
            Bundle gb = bundle("id.serasan.example.guestbook");
            gb.update();
            await("/api/v1/guestbook/entries", null, 200, 60);
            covered("update", phases, kept, fresh);

            phase.set("stop");
            gb.stop();
            await("/api/v1/guestbook/entries", null, 404, 60);
            covered("stop", phases, kept, fresh);

            phase.set("start");
            gb.start();
            await("/api/v1/guestbook/entries", null, 200, 60);
            covered("start", phases, kept, fresh);

            phase.set("uninstall");
            features.uninstallFeature(GUESTBOOK);
            await("/api/v1/guestbook/entries", null, 404, 60);
            await("/bukutamu", null, 404, 60);
            covered("uninstall", phases, kept, fresh);

            // The portal (a JPA module owning "/") stopped and started: "/" falls back to the platform's home page
            // and back, and nothing else notices.
            phase.set("portal-stop");
            Bundle portal = bundle("id.serasan.portal");
            portal.stop();
            await("/api/v1/portal/published", null, 404, 60);
            assertTrue(http().get("/", null).body().contains("Selamat datang di Serasan"));
            covered("portal-stop", phases, kept, fresh);

            phase.set("portal-start");
            portal.start();
            await("/api/v1/portal/published", null, 200, 60);
            await("/berita", null, 200, 60);
            covered("portal-start", phases, kept, fresh);

            // Attendance (a JDBC module with its own writer and day-closer threads and its pages) stopped and
            // started again: its API and pages go and come, its data stays, nothing else notices.
            phase.set("attendance-stop");
            assertEquals(201, http().post("/api/v1/attendance/holidays", admin, "{\"date\":\"2031-01-02\","
                    + "\"name\":\"Libur uji pasang-lepas\"}").status());
            Bundle attendance = bundle("id.serasan.attendance");
            attendance.stop();
            await("/api/v1/attendance/holidays?year=2031", null, 404, 60);
            await("/presensi/", null, 404, 60);
            covered("attendance-stop", phases, kept, fresh);

            phase.set("attendance-start");
            attendance.start();
            await("/api/v1/attendance/holidays?year=2031", null, 200, 60);
            await("/presensi/", null, 200, 60);
            assertTrue(http().get("/api/v1/attendance/holidays?year=2031", null).body()
                    .contains("Libur uji pasang-lepas"));
            covered("attendance-start", phases, kept, fresh);

            // A jar dropped into deploy/ (the JPA stack it needs stays installed from the boot) and removed again.
            phase.set("deploy");
            Path versions = Paths.get(System.getProperty("karaf.home"), "system", "id", "serasan",
                    "id.serasan.example.guestbook");
            Path jar;
            try (var dirs = Files.list(versions)) {
                jar = dirs.findFirst().orElseThrow();
            }
            Path dropped = Paths.get(System.getProperty("karaf.home"), "deploy", "guestbook.jar");
            try (var jars = Files.list(jar)) {
                Files.copy(jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow(), dropped,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            await("/api/v1/guestbook/entries", null, 200, 60);
            covered("deploy", phases, kept, fresh);

            phase.set("undeploy");
            Files.delete(dropped);
            await("/api/v1/guestbook/entries", null, 404, 60);
            covered("undeploy", phases, kept, fresh);
        } finally {
            kept.stop.set(true);
            fresh.stop.set(true);
            t1.join(60_000);
            t2.join(60_000);
            bundleContext.removeBundleListener(listener);
        }

        long calls = kept.ok.get() + fresh.ok.get();
        Map<Call, Long> worst = new LinkedHashMap<>();
        for (Call c : Call.values()) {
            worst.put(c, Math.max(kept.worst.getOrDefault(c, new AtomicLong()).get(),
                    fresh.worst.getOrDefault(c, new AtomicLong()).get()));
        }
        long worstMs = worst.values().stream().mapToLong(Long::longValue).max().orElse(0);
        System.out.println("HotAddIT (" + TestDatabase.kind() + "): " + calls + " checked calls (" + kept.puts.get()
                + " + " + fresh.puts.get() + " phone updates), phases " + phases + "; worst latency per call (ms) "
                + worst + ", slowest: kept-alive " + kept.worstCall.get() + ", new-connections " + fresh.worstCall.get()
                + "; failures kept-alive=" + kept.failures + " new-connections=" + fresh.failures);

        assertTrue("kept-alive connections saw failures: " + kept.failures + " " + kept.examples, kept.failures.isEmpty());
        assertTrue("new connections saw failures: " + fresh.failures + " " + fresh.examples, fresh.failures.isEmpty());
        assertTrue("worst latency " + worstMs + " ms (per call " + worst + ") exceeds " + WORST_LATENCY_MS + " ms",
                worstMs <= WORST_LATENCY_MS);
        assertTrue("bundle events of the platform or personnel: " + events, events.isEmpty());
        for (String bsn : WATCHED) {
            Bundle b = watched.get(bsn);
            assertSame(bsn + " is the same bundle", b, bundle(bsn));
            assertEquals(bsn + " still ACTIVE", Bundle.ACTIVE, b.getState());
            assertEquals(bsn + " not updated", (long) modified.get(bsn), b.getLastModified());
            assertSame(bsn + " not refreshed (same revision)", revisions.get(bsn), b.adapt(BundleRevision.class));
            Set<Long> now = serviceIds(b);
            assertTrue(bsn + " services re-registered: before " + services.get(bsn) + ", after " + now,
                    now.containsAll(services.get(bsn)));
        }
        // The writes were kept: the last phone and version of each written record; every added training deleted.
        for (Poller p : List.of(kept, fresh)) {
            JsonNode now = http().get(P + "/employees/" + p.writeNip, hr).json();
            assertTrue("the pollers wrote", p.puts.get() > 0);
            assertEquals(p.lastPhone, now.get("phone").asText());
            assertTrue("versions only grow", now.get("version").asInt() >= p.record.get("version").asInt());
            assertEquals((int) trainingsBefore.get(p.writeNip),
                    http().get(P + "/employees/" + p.writeNip + "/trainings", hr).json().size());
        }
    }

    /** Waits (at most 60 s) until every kind of call has succeeded in {@code name}; then the next phase may begin. */
    private void covered(String name, List<String> phases, Poller... pollers) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (true) {
            List<Call> missing = new ArrayList<>();
            for (Call c : Call.values()) {
                LongAdder n = successes.get(name + "/" + c);
                if (n == null || n.sum() == 0) {
                    missing.add(c);
                }
            }
            if (missing.isEmpty()) {
                long sum = 0;
                for (Call c : Call.values()) {
                    sum += successes.get(name + "/" + c).sum();
                }
                phases.add(name + "=" + sum);
                return;
            }
            if (System.currentTimeMillis() > end) {
                List<String> seen = new ArrayList<>();
                for (Poller p : pollers) {
                    seen.addAll(p.examples);
                }
                throw new AssertionError("phase " + name + ": no successful " + missing + " within 60 s; failures " + seen);
            }
            Thread.sleep(50);
        }
    }

    private Set<Long> serviceIds(Bundle b) {
        Set<Long> ids = new HashSet<>();
        ServiceReference<?>[] refs = b.getRegisteredServices();
        if (refs != null) {
            for (ServiceReference<?> r : refs) {
                ids.add((Long) r.getProperty("service.id"));
            }
        }
        return ids;
    }

    private static String eventName(int type) {
        return switch (type) {
            case BundleEvent.INSTALLED -> "INSTALLED";
            case BundleEvent.RESOLVED -> "RESOLVED";
            case BundleEvent.STARTING -> "STARTING";
            case BundleEvent.STOPPING -> "STOPPING";
            case BundleEvent.STOPPED -> "STOPPED";
            case BundleEvent.UNRESOLVED -> "UNRESOLVED";
            case BundleEvent.UPDATED -> "UPDATED";
            case BundleEvent.UNINSTALLED -> "UNINSTALLED";
            case BundleEvent.LAZY_ACTIVATION -> "LAZY_ACTIVATION";
            default -> String.valueOf(type);
        };
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : bundleContext.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + bsn);
    }
}
