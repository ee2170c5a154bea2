package id.serasan.attendance.internal.checkin;

import id.serasan.attendance.api.AttendanceEvents;
import id.serasan.attendance.internal.config.AttendanceSettings;
import id.serasan.attendance.internal.config.Settings;
import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.calendar.RosterService;
import id.serasan.attendance.internal.day.DayService;
import id.serasan.attendance.internal.request.Excuses;
import id.serasan.attendance.internal.rules.DayType;
import id.serasan.attendance.internal.rules.Excuse;
import id.serasan.attendance.internal.day.DayStatus;
import id.serasan.attendance.internal.rules.Geo;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.CheckInRepository;
import id.serasan.attendance.internal.store.CheckInRow;
import id.serasan.attendance.internal.store.DaySummary;
import id.serasan.attendance.internal.store.GroupCommitWriter;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.event.EventTopics;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The check-in path. For the caller's own record only: the employee is the caller's linked NIP, never a field of
 * the request. In order: validate; answer a repeated client id with the stored record; judge the phone's time;
 * match the position against the employee's sites (outside every one: refused with the distance, and kept as an
 * attempt); gather the review signals; hand the row to the group-commit writer and answer once it is committed.
 */
@Component(service = CheckInService.class)
public class CheckInService {
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._:-]{4,64}");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private final AttendanceDatabase db;
    private final AttendanceSettings settings;
    private final Staff staff;
    private final SiteService sites;
    private final DayService days;
    private final Excuses excuses;
    private final RosterService rosters;
    private final EventAdmin events;
    private final CheckInRepository repo = new CheckInRepository();
    private final GroupCommitWriter writer;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    /** The answer to a check-in: the stored record and the day's status. */
    public record CheckInResult(String clientId, String kind, Instant at, Instant deviceTime, Instant receivedAt,
                                LocalDate workDate, boolean offline, String site, double distanceMetres,
                                List<String> flags, String review, Text message, DayStatus day) {
    }

    @Activate
    public CheckInService(@Reference AttendanceDatabase db, @Reference AttendanceSettings settings,
                          @Reference Staff staff, @Reference SiteService sites, @Reference DayService days,
                          @Reference Excuses excuses, @Reference RosterService rosters,
                          @Reference EventAdmin events) {
        this.excuses = excuses;
        this.rosters = rosters;
        this.db = db;
        this.settings = settings;
        this.staff = staff;
        this.sites = sites;
        this.days = days;
        this.events = events;
        this.writer = new GroupCommitWriter(db, repo, () -> settings.get().batchSize(), 20_000);
    }

    @Deactivate
    void stop() {
        writer.close();
    }

    /**
     * The employee record behind the caller. An account with no NIP, or a NIP personnel does not know, has no
     * attendance: 404 {@code not-linked} (as personnel's own {@code /me}); an employee no longer active: 403.
     */
    public Staff.Member self(SerasanPrincipal p) {
        Staff.Member m = p.nip() == null ? null : staff.member(p.nip()).orElse(null);
        if (m == null) {
            throw new ProblemException(404, "not-linked", "Tidak ditemukan / Not found",
                    "Akun ini belum ditautkan ke data pegawai; hubungi operator BKPSDM / This account is not linked to an"
                            + " employee record; ask the BKPSDM operator", List.of());
        }
        if (!m.active()) {
            throw ProblemException.forbidden("Pegawai tidak aktif / The employee is not active");
        }
        return m;
    }

    /** Records a check-in of the caller. */
    public CheckInResult checkIn(SerasanPrincipal caller, CheckInRequest b) {
        validate(b);
        if (b.nip() != null && !b.nip().equals(caller.nip())) {
            throw ProblemException.forbidden("Presensi hanya untuk diri sendiri / You can only check in for yourself");
        }
        Staff.Member m = self(caller);
        String key = m.nip() + "/" + b.clientId();
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = inFlight.putIfAbsent(key, mine);
        if (other != null) {
            try {
                other.get(settings.get().commitTimeoutMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unavailable();
            } catch (ExecutionException | TimeoutException e) {
                // the first try failed or is slow: look at what is stored
            }
            return db.read(c -> repo.find(c, m.nip(), b.clientId())).map(r -> answer(m, r, System.currentTimeMillis()))
                    .orElseThrow(CheckInService::unavailable);
        }
        try {
            return record(m, b);
        } finally {
            inFlight.remove(key, mine);
            mine.complete(null);
        }
    }

    /** What the check-in path reads before it writes, on one connection. */
    private record Before(List<DaySummary> recent, String boundDevice) {
    }

    private CheckInResult record(Staff.Member m, CheckInRequest b) {
        Settings s = settings.get();
        long received = System.currentTimeMillis();
        Timing t = Timing.judge(b.deviceTime() == null ? null : b.deviceTime().toEpochMilli(),
                b.sentTime() == null ? null : b.sentTime().toEpochMilli(), received, s.clockSkewMillis(),
                s.offlineAfterMillis(), s.lateOfflineMillis(), (x, y) -> workDate(x).equals(workDate(y)));
        LocalDate workDate = rosters.workDate(m.nip(), DayRules.local(t.atMillis()), "OUT".equals(b.kind()));
        // one borrowed connection for the two reads: the last two days' summaries (the previous fix and the day so
        // far) and the bound device. A repeated client id is not looked for here: the unique key finds it at commit
        // (DUPLICATE below), so the common case pays no extra query
        Before before = db.read(c -> new Before(repo.summaries(c, m.nip(), workDate.minusDays(1), workDate),
                repo.boundDevice(c, m.nip()).orElse(null)));
        Geo.Point point = new Geo.Point(b.latitude(), b.longitude());
        List<Site> mySites = sites.sitesOf(m);
        Site.Match match = Site.match(mySites, point);
        Signals.Fix[] previous = new Signals.Fix[1];
        String[] bound = {before.boundDevice()};
        DaySummary today = null;
        for (DaySummary d : before.recent()) {
            if (previous[0] == null || d.lastMs() > previous[0].atMillis()) {
                previous[0] = new Signals.Fix(d.lastLatitude(), d.lastLongitude(), d.lastMs());
            }
            if (d.workDate().equals(workDate)) {
                today = d;
            }
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(t.flags());
        flags.addAll(Signals.of(point, b.accuracy(), Boolean.TRUE.equals(b.mockLocation()), t.atMillis(),
                match == null ? s.defaultRadiusMetres() : match.site().radius(), previous[0],
                s.impossibleSpeedMetresPerSecond(), b.deviceId(), bound[0]));
        String flagText = flags.stream().map(Enum::name).collect(Collectors.joining(","));
        // outside every office: an approved duty travel or flexible-work day moves the check-in point there
        Excuse away = match != null && match.inside() ? null : excuses.on(m.nip(), workDate)
                .filter(e -> e.type() == DayType.DUTY_TRAVEL || e.type() == DayType.FLEXIBLE_WORK).orElse(null);
        CheckInRow row = new CheckInRow(m.nip(), b.clientId(), b.kind(), workDate, t.atMillis(),
                b.deviceTime() == null ? null : b.deviceTime().toEpochMilli(),
                b.sentTime() == null ? null : b.sentTime().toEpochMilli(), received, b.latitude(), b.longitude(),
                b.accuracy(), match == null ? -1 : Math.round(match.distance() * 10) / 10.0,
                away != null ? cut(awaySite(away), 120) : match == null ? "-" : cut(match.site().name(), 120),
                m.unitCode(), b.deviceId(), t.offline(), flagText, flags.isEmpty() ? "NONE" : "PENDING");
        if (away == null && (match == null || !match.inside())) {
            String reason = match == null ? "NO_SITE" : "OUTSIDE_GEOFENCE";
            db.tx(c -> {
                repo.insertAttempt(c, row, reason);
                return null;
            });
            if (match == null) {
                throw new ProblemException(422, "no-site", "Lokasi kantor belum diatur / No office location set",
                        "Unit Anda belum punya titik lokasi; hubungi operator BKPSDM / Your unit has no office location yet;"
                                + " ask the BKPSDM operator", List.of(), Map.of("distanceMetres", -1));
            }
            long metres = Math.round(match.distance());
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("distanceMetres", metres);
            ext.put("site", match.site().name());
            ext.put("radiusMetres", match.site().radius());
            throw new ProblemException(422, "outside-geofence", "Di luar lokasi kantor / Outside the office area",
                    "Anda " + metres + " m dari " + match.site().name() + " (batas " + match.site().radius()
                            + " m) / You are " + metres + " m from " + match.site().name() + " (limit "
                            + match.site().radius() + " m)", List.of(), ext);
        }
        GroupCommitWriter.Outcome outcome;
        try {
            outcome = writer.submit(row, bound[0] == null).get(s.commitTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (TimeoutException e) {
            throw unavailable();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re && !(re instanceof GroupCommitWriter.Unavailable)) {
                throw re;
            }
            throw unavailable();
        }
        if (outcome == GroupCommitWriter.Outcome.DUPLICATE) {
            return db.read(c -> repo.find(c, m.nip(), b.clientId())).map(r -> answer(m, r, System.currentTimeMillis()))
                    .orElseThrow(CheckInService::unavailable);
        }
        DaySummary day = today == null ? DaySummary.of(row) : today.with(row);
        events.postEvent(new Event(AttendanceEvents.CHECK_IN_RECORDED, Map.of(AttendanceEvents.NIP, m.nip(),
                AttendanceEvents.WORK_DATE, workDate.toString(), AttendanceEvents.KIND, row.kind(),
                AttendanceEvents.FLAGS, flagText, EventTopics.ACTOR, m.nip(), EventTopics.ENTITY_ID, b.clientId(),
                EventTopics.AT, Instant.ofEpochMilli(received).toString())));
        return answer(m, row, days.day(m, workDate, day, received));
    }

    private static String awaySite(Excuse e) {
        String what = e.type() == DayType.DUTY_TRAVEL ? "Dinas luar" : "Kerja fleksibel";
        return what + " #" + e.id() + (e.place() == null ? "" : ": " + e.place());
    }

    /** The answer for a stored row, with its day's status now (read). */
    public CheckInResult answer(Staff.Member m, CheckInRow r, long now) {
        return answer(m, r, days.day(m, r.workDate(), now));
    }

    /** The answer for a stored row with its day's status. */
    CheckInResult answer(Staff.Member m, CheckInRow r, DayStatus day) {
        String time = HHMM.format(DayRules.local(r.atMs()));
        boolean in = "IN".equals(r.kind());
        StringBuilder id = new StringBuilder(in ? "Presensi masuk tercatat pukul " : "Presensi pulang tercatat pukul ")
                .append(time).append(" WIB.");
        StringBuilder en = new StringBuilder(in ? "Check-in recorded at " : "Check-out recorded at ").append(time)
                .append(" WIB.");
        if (r.offline()) {
            id.append(" Dikirim dari mode luring.");
            en.append(" Sent from offline mode.");
        }
        if (in && day.lateMinutes() > 0) {
            id.append(" Terlambat ").append(day.lateMinutes()).append(" menit.");
            en.append(' ').append(day.lateMinutes()).append(" minutes late.");
        } else if (in && !day.code().equals("NOT_YET")) {
            id.append(" Tepat waktu.");
            en.append(" On time.");
        }
        if (!r.flags().isEmpty()) {
            id.append(" Akan diperiksa atasan.");
            en.append(" Your supervisor will review it.");
        }
        List<String> flags = r.flags().isEmpty() ? List.of() : List.of(r.flags().split(","));
        return new CheckInResult(r.clientId(), r.kind(), Instant.ofEpochMilli(r.atMs()),
                r.deviceMs() == null ? null : Instant.ofEpochMilli(r.deviceMs()), Instant.ofEpochMilli(r.receivedMs()),
                r.workDate(), r.offline(), r.site(), r.distance(), flags, r.review(),
                new Text(id.toString(), en.toString()), day);
    }

    static LocalDate workDate(long ms) {
        return DayRules.local(ms).toLocalDate();
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "busy", "Sedang sibuk / Busy",
                "Presensi belum tersimpan; ponsel akan mengirim ulang / Not stored yet; the phone will send it again",
                List.of());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static void validate(CheckInRequest b) {
        if (b == null) {
            throw ProblemException.badRequest("Kirim {\"clientId\",\"kind\",\"latitude\",\"longitude\",\"accuracy\","
                    + "\"deviceId\",\"deviceTime\"} / Send the check-in as JSON");
        }
        List<FieldError> e = new ArrayList<>();
        if (b.clientId() == null || !CLIENT_ID.matcher(b.clientId()).matches()) {
            e.add(new FieldError("clientId", "8–64 huruf, angka, . _ : - / 8–64 letters, digits, . _ : -"));
        }
        if (!"IN".equals(b.kind()) && !"OUT".equals(b.kind())) {
            e.add(new FieldError("kind", "IN atau OUT / IN or OUT"));
        }
        if (b.latitude() == null || !(b.latitude() >= -90 && b.latitude() <= 90)) {
            e.add(new FieldError("latitude", "Antara -90 dan 90 / Between -90 and 90"));
        }
        if (b.longitude() == null || !(b.longitude() >= -180 && b.longitude() <= 180)) {
            e.add(new FieldError("longitude", "Antara -180 dan 180 / Between -180 and 180"));
        }
        if (b.accuracy() == null || !(b.accuracy() >= 0 && b.accuracy() <= 100_000)) {
            e.add(new FieldError("accuracy", "0–100000 meter / 0–100000 metres"));
        }
        if (b.deviceId() == null || !DEVICE_ID.matcher(b.deviceId()).matches()) {
            e.add(new FieldError("deviceId", "4–64 huruf, angka, . _ : - / 4–64 letters, digits, . _ : -"));
        }
        long now = System.currentTimeMillis();
        if (b.deviceTime() != null && b.deviceTime().toEpochMilli() < now - 40L * 86_400_000L) {
            e.add(new FieldError("deviceTime", "Lebih dari 40 hari lalu / More than 40 days ago"));
        }
        if (!e.isEmpty()) {
            throw ProblemException.invalid(e);
        }
    }
}
