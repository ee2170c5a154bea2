package id.serasan.attendance.internal.request;

import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.rules.DayType;
import id.serasan.attendance.internal.rules.Excuse;
import id.serasan.attendance.internal.rules.LeaveType;
import id.serasan.attendance.internal.rules.RequestKind;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.RequestRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The days approved requests and accepted appeals excuse: never late, never absent. Today's are kept in memory for
 * the check-in path (one query for everyone, read again after a decision here and at least every
 * {@value #RELOAD_MILLIS} ms for decisions made on another node); other days are read from the database.
 */
@Component(service = Excuses.class)
public class Excuses {
    static final long RELOAD_MILLIS = 30_000;
    private final AttendanceDatabase db;
    private final RequestRepository repo = new RequestRepository();
    private volatile Snapshot today;

    private record Snapshot(LocalDate day, Map<String, Excuse> byNip, long loadedAt) {
    }

    @Activate
    public Excuses(@Reference AttendanceDatabase db) {
        this.db = db;
    }

    /** The excuse of {@code nip} on {@code day}, if any. */
    public Optional<Excuse> on(String nip, LocalDate day) {
        long now = System.currentTimeMillis();
        LocalDate current = DayRules.local(now).toLocalDate();
        if (!day.equals(current)) {
            return Optional.ofNullable(between(nip, day, day).get(day));
        }
        Snapshot s = today;
        if (s == null || !s.day().equals(current) || now - s.loadedAt() > RELOAD_MILLIS) {
            Map<String, Excuse> m = new HashMap<>();
            all(current, current).forEach((n, days) -> m.put(n, days.get(current)));
            s = new Snapshot(current, Map.copyOf(m), now);
            today = s;
        }
        return Optional.ofNullable(s.byNip().get(nip));
    }

    /** The excused days of one employee in {@code from}–{@code to}. */
    public Map<LocalDate, Excuse> between(String nip, LocalDate from, LocalDate to) {
        Map<String, Map<LocalDate, Excuse>> m = read(nip, from, to);
        return m.getOrDefault(nip, Map.of());
    }

    /** The excused days of everyone in {@code from}–{@code to}, by NIP. */
    public Map<String, Map<LocalDate, Excuse>> all(LocalDate from, LocalDate to) {
        return read(null, from, to);
    }

    /** Forgets today's excuses (after a decision). */
    public void changed() {
        today = null;
    }

    private Map<String, Map<LocalDate, Excuse>> read(String nip, LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<String, Map<LocalDate, Excuse>> out = new HashMap<>();
            for (RequestRepository.AppealRow a : repo.accepted(c, nip, from, to)) {
                out.computeIfAbsent(a.nip(), k -> new HashMap<>()).put(a.workDate(), new Excuse(DayType.CORRECTED,
                        "Banding #" + a.id() + " diterima atasan / Appeal #" + a.id() + " accepted", "appeal", a.id(),
                        null));
            }
            for (RequestRepository.RequestRow r : repo.approved(c, nip, from, to)) {
                Excuse e = excuse(r);
                Map<LocalDate, Excuse> days = out.computeIfAbsent(r.nip(), k -> new HashMap<>());
                LocalDate first = r.from().isBefore(from) ? from : r.from();
                LocalDate last = r.to().isAfter(to) ? to : r.to();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    days.put(d, e); // an approved request outranks an appeal of the same day
                }
            }
            return out;
        });
    }

    static Excuse excuse(RequestRepository.RequestRow r) {
        RequestKind k = RequestKind.valueOf(r.kind());
        String id = k.id();
        String en = k.en();
        if (k == RequestKind.LEAVE && r.leaveType() != null) {
            LeaveType t = LeaveType.valueOf(r.leaveType());
            id = t.id();
            en = t.en();
        }
        String place = r.place() == null || r.place().isBlank() ? "" : " — " + r.place();
        return new Excuse(k.dayType(), id + " disetujui (permohonan #" + r.id() + ")" + place + " / " + en
                + " approved (request #" + r.id() + ")" + place, "request", r.id(), r.place());
    }
}
