package id.serasan.attendance.internal.calendar;

import id.serasan.attendance.internal.rules.DayJudge;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.CalendarRepository;
import id.serasan.attendance.internal.store.CalendarRepository.OutageRow;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outage switch: HR declares a window of system disruption for all units or some (a unit covers its
 * sub-units), and time inside it is never held against anyone. Windows are kept in memory like the holidays.
 */
@Component(service = OutageService.class)
public class OutageService {
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final long RELOAD_MILLIS = 30_000;
    /** Outages reach back this far: older days are closed. */
    private static final long HORIZON_MILLIS = 400L * 86_400_000L;

    private final AttendanceDatabase db;
    private final AuditService audit;
    private final CalendarRepository repo = new CalendarRepository();
    private volatile List<OutageRow> cache;
    private volatile long loadedAt;

    /** An outage as the API shows it. */
    public record Outage(long id, Instant from, Instant to, List<String> units, String note, String createdBy,
                         Instant createdAt, Instant cancelledAt) {
    }

    @Activate
    public OutageService(@Reference AttendanceDatabase db, @Reference AuditService audit) {
        this.db = db;
        this.audit = audit;
    }

    private List<OutageRow> rows() {
        long now = System.currentTimeMillis();
        List<OutageRow> c = cache;
        if (c == null || now - loadedAt > RELOAD_MILLIS) {
            c = List.copyOf(db.read(x -> repo.outages(x, now - HORIZON_MILLIS)));
            cache = c;
            loadedAt = now;
        }
        return c;
    }

    /** Outages in force (not cancelled) touching {@code [from, to)}, for a unit on {@code unitPath}. */
    public List<DayJudge.Outage> windows(String unitPath, long from, long to) {
        List<DayJudge.Outage> out = new ArrayList<>();
        for (OutageRow o : rows()) {
            if (o.cancelledMs() == null && o.fromMs() < to && o.toMs() > from && applies(o, unitPath)) {
                out.add(new DayJudge.Outage(local(o.fromMs()), local(o.toMs())));
            }
        }
        return out;
    }

    /** The outages in force now or later that apply to the unit (the app's notice). */
    public List<Outage> current(String unitPath, long now) {
        return rows().stream().filter(o -> o.cancelledMs() == null && o.toMs() > now && applies(o, unitPath))
                .map(OutageService::view).toList();
    }

    /** Every outage ending on or after {@code since}, cancelled ones too (HR's list). */
    public List<Outage> list(LocalDate since) {
        long from = since.atStartOfDay(ZONE).toInstant().toEpochMilli();
        return db.read(c -> repo.outages(c, from)).stream().map(OutageService::view).toList();
    }

    static boolean applies(OutageRow o, String unitPath) {
        if (o.units() == null || o.units().isBlank()) {
            return true;
        }
        if (unitPath == null) {
            return false;
        }
        List<String> path = Arrays.asList(unitPath.split("/"));
        for (String u : o.units().split(",")) {
            if (path.contains(u.trim())) {
                return true;
            }
        }
        return false;
    }

    /** Declares an outage (HR): at most 7 days long, not ending before it starts. */
    public Outage declare(String actor, Instant from, Instant to, List<String> units, String note) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw ProblemException.invalid(List.of(new id.serasan.platform.api.FieldError("to",
                    "Harus sesudah 'from' / Must be after 'from'")));
        }
        if (to.toEpochMilli() - from.toEpochMilli() > 7L * 86_400_000L) {
            throw ProblemException.invalid(List.of(new id.serasan.platform.api.FieldError("to",
                    "Paling lama 7 hari / At most 7 days")));
        }
        String unitList = units == null || units.isEmpty() ? null : String.join(",", units);
        long now = System.currentTimeMillis();
        long id = db.tx(c -> {
            long newId = repo.insertOutage(c, from.toEpochMilli(), to.toEpochMilli(), unitList, note, actor, now);
            Outage stored = view(repo.outage(c, newId).orElseThrow());
            audit.record(c, actor, "attendance.outage.declare", "outage", Long.toString(newId), null, stored);
            return newId;
        });
        cache = null;
        return view(db.read(c -> repo.outage(c, id)).orElseThrow());
    }

    /** Cancels an outage (HR): its time counts normally again. */
    public Outage cancel(String actor, long id) {
        Outage after = db.tx(c -> {
            OutageRow before = repo.outage(c, id).orElseThrow(() -> ProblemException.notFound(
                    "Gangguan " + id + " tidak ada / No outage " + id));
            if (before.cancelledMs() != null) {
                throw ProblemException.conflict("Sudah dibatalkan / Cancelled already");
            }
            repo.cancelOutage(c, id, System.currentTimeMillis());
            Outage a = view(repo.outage(c, id).orElseThrow());
            audit.record(c, actor, "attendance.outage.cancel", "outage", Long.toString(id), view(before), a);
            return a;
        });
        cache = null;
        return after;
    }

    private static LocalDateTime local(long ms) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), ZONE);
    }

    private static Outage view(OutageRow o) {
        return new Outage(o.id(), Instant.ofEpochMilli(o.fromMs()), Instant.ofEpochMilli(o.toMs()),
                o.units() == null ? List.of() : List.of(o.units().split(",")), o.note(), o.createdBy(),
                Instant.ofEpochMilli(o.createdMs()), o.cancelledMs() == null ? null : Instant.ofEpochMilli(o.cancelledMs()));
    }
}
