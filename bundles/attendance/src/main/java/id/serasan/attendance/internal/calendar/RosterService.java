package id.serasan.attendance.internal.calendar;

import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.rules.Shift;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.RosterRepository;
import id.serasan.attendance.internal.store.RosterRepository.RosterRow;
import id.serasan.attendance.internal.store.RosterRepository.ShiftRow;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Shift rosters: a unit's shifts and each rostered employee's shift per day. An employee with any roster day in a
 * month works to the roster that month (the other days are off); everyone else keeps the regular week. Today's and
 * yesterday's rosters of everyone are kept in memory for the check-in path (read again at once after a change here,
 * and at least every {@value #RELOAD_MILLIS} ms for changes on another node); other days are read when asked.
 */
@Component(service = RosterService.class)
public class RosterService {
    static final long RELOAD_MILLIS = 30_000;
    public static final int MAX_SHIFTS = 20;
    private final AttendanceDatabase db;
    private final AuditService audit;
    private final RosterRepository repo = new RosterRepository();
    private volatile Snapshot snapshot;

    /** A shift as shown and sent: times as HH:MM; {@code crossesMidnight} is computed. */
    public record ShiftView(String code, String name, String start, String end, boolean crossesMidnight) {
    }

    /** A shift to store: times as HH:MM (an end not after the start: a night shift ending the next morning). */
    public record ShiftInput(String code, String name, String start, String end) {
    }

    /** An employee's roster of a month: shift codes by day (days not listed are off). */
    public record RosterView(String nip, YearMonth month, Map<LocalDate, String> days) {
    }

    private record Snapshot(LocalDate today, Map<String, Shift> shifts, Map<String, Map<LocalDate, Shift>> near,
                            Set<String> rosteredThisMonth, Set<String> rosteredLastMonth, long loadedAt) {
    }

    @Activate
    public RosterService(@Reference AttendanceDatabase db, @Reference AuditService audit) {
        this.db = db;
        this.audit = audit;
    }

    // --- judging

    /** The plan of {@code nip} on {@code date}: the regular week, or the roster's shift (null: a day off). */
    public DayRules.Plan plan(String nip, LocalDate date) {
        Snapshot s = snapshot();
        if (date.equals(s.today()) || date.equals(s.today().minusDays(1))) {
            boolean rostered = YearMonth.from(date).equals(YearMonth.from(s.today())) ? s.rosteredThisMonth()
                    .contains(nip) : s.rosteredLastMonth().contains(nip);
            if (!rostered) {
                return DayRules.Plan.REGULAR;
            }
            return new DayRules.Plan(true, s.near().getOrDefault(nip, Map.of()).get(date));
        }
        Map<LocalDate, Shift> month = month(nip, YearMonth.from(date));
        return month == null ? DayRules.Plan.REGULAR : new DayRules.Plan(true, month.get(date));
    }

    /** The shifts of {@code nip}'s month by day, or null when they are not on a roster that month. */
    public Map<LocalDate, Shift> month(String nip, YearMonth month) {
        Snapshot s = snapshot();
        List<RosterRow> rows = db.read(c -> repo.roster(c, nip, month.atDay(1), month.atEndOfMonth()));
        if (rows.isEmpty()) {
            return null;
        }
        Map<LocalDate, Shift> out = new TreeMap<>();
        rows.forEach(r -> {
            Shift sh = s.shifts().get(r.unitCode() + "/" + r.shiftCode());
            if (sh != null) {
                out.put(r.date(), sh);
            }
        });
        return out;
    }

    /** Everyone's rosters of a month (recaps): NIP → shifts by day. */
    public Map<String, Map<LocalDate, Shift>> all(YearMonth month) {
        Snapshot s = snapshot();
        Map<String, Map<LocalDate, Shift>> out = new HashMap<>();
        for (RosterRow r : db.read(c -> repo.roster(c, null, month.atDay(1), month.atEndOfMonth()))) {
            Map<LocalDate, Shift> m = out.computeIfAbsent(r.nip(), k -> new TreeMap<>());
            Shift sh = s.shifts().get(r.unitCode() + "/" + r.shiftCode());
            if (sh != null) {
                m.put(r.date(), sh);
            }
        }
        return out;
    }

    /** The working day a tap of {@code nip} counts for: the day before for a night shift's late part. */
    public LocalDate workDate(String nip, java.time.LocalDateTime tap, boolean checkOut) {
        LocalDate date = tap.toLocalDate();
        DayRules.Plan before = plan(nip, date.minusDays(1));
        if (!before.rostered() || before.shift() == null) {
            return date;
        }
        DayRules.Plan own = plan(nip, date);
        return Shift.workDate(tap, checkOut, before.shift(), own.shift());
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        long now = System.currentTimeMillis();
        LocalDate today = LocalDate.now(DayRules.ZONE);
        if (s == null || !s.today().equals(today) || now - s.loadedAt() > RELOAD_MILLIS) {
            Map<String, Shift> shifts = new HashMap<>();
            for (ShiftRow r : db.read(c -> repo.shifts(c, null))) {
                shifts.put(r.unitCode() + "/" + r.code(), new Shift(r.code(), LocalTime.parse(r.start()),
                        LocalTime.parse(r.end())));
            }
            YearMonth m = YearMonth.from(today);
            YearMonth previous = m.minusMonths(1);
            Map<String, Map<LocalDate, Shift>> near = new HashMap<>();
            Set<String> thisMonth = db.read(c -> repo.rostered(c, m.atDay(1), m.atEndOfMonth()));
            Set<String> lastMonth = db.read(c -> repo.rostered(c, previous.atDay(1), previous.atEndOfMonth()));
            for (RosterRow r : db.read(c -> repo.roster(c, null, today.minusDays(1), today))) {
                Shift sh = shifts.get(r.unitCode() + "/" + r.shiftCode());
                if (sh != null) {
                    near.computeIfAbsent(r.nip(), k -> new HashMap<>()).put(r.date(), sh);
                }
            }
            s = new Snapshot(today, Map.copyOf(shifts), near, Set.copyOf(thisMonth), Set.copyOf(lastMonth), now);
            snapshot = s;
        }
        return s;
    }

    // --- keeping the rosters

    public List<ShiftView> shifts(String unitCode) {
        List<ShiftView> out = new ArrayList<>();
        for (ShiftRow r : db.read(c -> repo.shifts(c, unitCode))) {
            out.add(view(r));
        }
        return out;
    }

    /** Replaces a unit's shifts; 422 for a bad shift, 409 when a removed one is on any roster. */
    public List<ShiftView> setShifts(String actor, String unitCode, List<ShiftInput> in) {
        List<FieldError> errors = new ArrayList<>();
        List<ShiftRow> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (in.size() > MAX_SHIFTS) {
            errors.add(new FieldError("shifts", "Paling banyak " + MAX_SHIFTS + " / At most " + MAX_SHIFTS));
        }
        for (int i = 0; i < in.size(); i++) {
            ShiftInput v = in.get(i);
            String f = "shifts[" + i + "]";
            if (v == null || v.code() == null || !v.code().matches("[A-Za-z0-9]{1,10}")) {
                errors.add(new FieldError(f + ".code", "1–10 huruf atau angka / 1–10 letters or digits"));
                continue;
            }
            if (!codes.add(v.code())) {
                errors.add(new FieldError(f + ".code", "Kode ganda / Duplicate code: " + v.code()));
            }
            String name = v.name() == null || v.name().isBlank() ? v.code() : v.name().strip();
            if (name.length() > 100) {
                errors.add(new FieldError(f + ".name", "Paling banyak 100 huruf / At most 100 characters"));
            }
            try {
                LocalTime a = LocalTime.parse(v.start());
                LocalTime b = LocalTime.parse(v.end());
                if (a.equals(b)) {
                    errors.add(new FieldError(f + ".end", "Jam selesai sama dengan jam mulai / The end is the start"));
                }
                rows.add(new ShiftRow(unitCode, v.code(), name, hhmm(a), hhmm(b)));
            } catch (DateTimeParseException | NullPointerException e) {
                errors.add(new FieldError(f + ".start", "Jam sebagai JJ:MM / Times as HH:MM"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<ShiftView> after = db.tx(c -> {
            List<ShiftRow> before = repo.shifts(c, unitCode);
            for (ShiftRow old : before) {
                if (!codes.contains(old.code()) && repo.shiftInUse(c, unitCode, old.code())) {
                    throw ProblemException.conflict("Sif " + old.code() + " dipakai di jadwal (hari yang lalu dinilai"
                            + " dengannya) / Shift " + old.code() + " is on a roster (past days are judged by it)");
                }
            }
            repo.replaceShifts(c, unitCode, rows, System.currentTimeMillis());
            List<ShiftView> stored = repo.shifts(c, unitCode).stream().map(RosterService::view).toList();
            audit.record(c, actor, "attendance.shifts.set", "unit", unitCode,
                    before.stream().map(RosterService::view).toList(), stored);
            return stored;
        });
        snapshot = null;
        return after;
    }

    public RosterView roster(String nip, YearMonth month) {
        Map<LocalDate, String> days = new TreeMap<>();
        db.read(c -> repo.roster(c, nip, month.atDay(1), month.atEndOfMonth())).forEach(r -> days.put(r.date(),
                r.shiftCode()));
        return new RosterView(nip, month, days);
    }

    /**
     * Replaces an employee's roster of a month: shift codes of their unit by day (an empty map takes them off the
     * roster for that month). 422 for a day outside the month or an unknown code.
     */
    public RosterView setRoster(String actor, String nip, String unitCode, YearMonth month, Map<String, String> days) {
        Set<String> known = new HashSet<>();
        shifts(unitCode).forEach(s -> known.add(s.code()));
        List<FieldError> errors = new ArrayList<>();
        Map<LocalDate, String> parsed = new TreeMap<>();
        for (Map.Entry<String, String> e : days.entrySet()) {
            LocalDate d;
            try {
                d = LocalDate.parse(e.getKey());
            } catch (DateTimeParseException ex) {
                errors.add(new FieldError("days." + e.getKey(), "YYYY-MM-DD"));
                continue;
            }
            if (!YearMonth.from(d).equals(month)) {
                errors.add(new FieldError("days." + e.getKey(), "Di luar bulan " + month + " / Outside " + month));
            }
            String code = e.getValue() == null ? "" : e.getValue().trim();
            if (code.isEmpty()) {
                continue; // a day off
            }
            if (!known.contains(code)) {
                errors.add(new FieldError("days." + e.getKey(), "Sif " + code + " tidak ada di unit " + unitCode
                        + " / No shift " + code + " in unit " + unitCode));
            }
            parsed.put(d, code);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        RosterView after = db.tx(c -> {
            Map<LocalDate, String> before = new TreeMap<>();
            repo.roster(c, nip, month.atDay(1), month.atEndOfMonth()).forEach(r -> before.put(r.date(),
                    r.shiftCode()));
            repo.replaceRoster(c, nip, unitCode, month.atDay(1), month.atEndOfMonth(), parsed);
            RosterView stored = new RosterView(nip, month, parsed);
            audit.record(c, actor, "attendance.roster.set", "employee", nip + "/" + month,
                    new RosterView(nip, month, before), stored);
            return stored;
        });
        snapshot = null;
        return after;
    }

    static ShiftView view(ShiftRow r) {
        LocalTime a = LocalTime.parse(r.start());
        LocalTime b = LocalTime.parse(r.end());
        return new ShiftView(r.code(), r.name(), r.start(), r.end(), !b.isAfter(a));
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
