package id.serasan.attendance.internal.day;

import id.serasan.attendance.internal.calendar.CalendarService;
import id.serasan.attendance.internal.calendar.OutageService;
import id.serasan.attendance.internal.calendar.RosterService;
import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.attendance.internal.config.AttendanceSettings;
import id.serasan.attendance.internal.config.Settings;
import id.serasan.attendance.internal.request.Excuses;
import id.serasan.attendance.internal.rules.Deductions;
import id.serasan.attendance.internal.rules.Excuse;
import id.serasan.attendance.internal.rules.Verdict;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.CheckInRepository;
import id.serasan.attendance.internal.store.CheckInRow;
import id.serasan.attendance.internal.store.DaySummary;
import id.serasan.personnel.api.StaffMember;
import id.serasan.personnel.api.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Days, months and recaps: the check-ins judged under the settings, the calendar and the outages. */
@Component(service = DayService.class)
public class DayService {
    private final AttendanceDatabase db;
    private final AttendanceSettings settings;
    private final CalendarService calendar;
    private final OutageService outages;
    private final Staff staff;
    private final Excuses excuses;
    private final RosterService rosters;
    private final CheckInRepository repo = new CheckInRepository();

    /** A month of one employee: every day up to today and the month's deduction, explained. */
    public record MonthView(String nip, String name, YearMonth month, List<DayStatus> days, BigDecimal cutPercent,
                            BigDecimal uncappedPercent, boolean capped, String rulePack,
                            List<Deductions.Line> deductions) {
    }

    @Activate
    public DayService(@Reference AttendanceDatabase db, @Reference AttendanceSettings settings,
                      @Reference CalendarService calendar, @Reference OutageService outages, @Reference Staff staff,
                      @Reference Excuses excuses, @Reference RosterService rosters) {
        this.excuses = excuses;
        this.rosters = rosters;
        this.db = db;
        this.settings = settings;
        this.calendar = calendar;
        this.outages = outages;
        this.staff = staff;
    }

    /** The day of {@code m} on {@code date}, judged from {@code rows} (the check-ins of that day). */
    public DayStatus day(Staff.Member m, LocalDate date, List<CheckInRow> rows, long nowMs) {
        return judge(settings.get(), m, date, rows, nowMs).status();
    }

    /** The day of {@code m} on {@code date} from its summary (the check-in path: no scan of the check-ins). */
    public DayStatus day(Staff.Member m, LocalDate date, DaySummary d, long nowMs) {
        List<DayRules.Mark> marks = new ArrayList<>(2);
        if (d != null && d.firstInMs() != null) {
            marks.add(new DayRules.Mark("IN", d.firstInMs(), d.firstInId(), d.flags(), "NONE"));
        }
        if (d != null && d.lastOutMs() != null) {
            marks.add(new DayRules.Mark("OUT", d.lastOutMs(), d.lastOutId(), d.firstInMs() == null ? d.flags() : "",
                    "NONE"));
        }
        long from = date.atStartOfDay(DayRules.ZONE).toInstant().toEpochMilli();
        return DayRules.judge(settings.get(), date, calendar.holiday(date), excuses.on(m.nip(), date).orElse(null),
                rosters.plan(m.nip(), date), marks, outages.windows(m.unitPath(), from, from + 2 * 86_400_000L), nowMs)
                .status()
                .withRecords(d == null ? 0 : d.checkIns());
    }

    /** The day of {@code m} on {@code date}, read from the database. */
    public DayStatus day(Staff.Member m, LocalDate date, long nowMs) {
        List<CheckInRow> rows = db.read(c -> repo.between(c, m.nip(), date, date));
        return day(m, date, rows, nowMs);
    }

    private DayRules.Judged judge(Settings s, Staff.Member m, LocalDate date, List<CheckInRow> rows, long nowMs) {
        return judge(s, m, date, rows, excuses.on(m.nip(), date).orElse(null), rosters.plan(m.nip(), date), nowMs);
    }

    private DayRules.Judged judge(Settings s, Staff.Member m, LocalDate date, List<CheckInRow> rows, Excuse excuse,
                                  DayRules.Plan plan, long nowMs) {
        List<DayRules.Mark> marks = new ArrayList<>(rows.size());
        for (CheckInRow r : rows) {
            if (r.workDate().equals(date)) {
                marks.add(new DayRules.Mark(r.kind(), r.atMs(), r.clientId(), r.flags(), r.review()));
            }
        }
        long from = date.atStartOfDay(DayRules.ZONE).toInstant().toEpochMilli();
        return DayRules.judge(s, date, calendar.holiday(date), excuse, plan, marks,
                outages.windows(m.unitPath(), from, from + 2 * 86_400_000L), nowMs);
    }

    /** The month of {@code m}: its days up to today (all of them for a past month) and the deduction. */
    public MonthView month(Staff.Member m, YearMonth month, long nowMs) {
        Settings s = settings.get();
        LocalDate today = DayRules.local(nowMs).toLocalDate();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
        List<CheckInRow> rows = last.isBefore(first) ? List.of() : db.read(c -> repo.between(c, m.nip(), first, last));
        Map<LocalDate, List<CheckInRow>> byDay = new HashMap<>();
        rows.forEach(r -> byDay.computeIfAbsent(r.workDate(), k -> new ArrayList<>()).add(r));
        Map<LocalDate, Excuse> excused = last.isBefore(first) ? Map.of() : excuses.between(m.nip(), first, last);
        Map<LocalDate, id.serasan.attendance.internal.rules.Shift> roster = rosters.month(m.nip(), month);
        List<DayStatus> days = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            DayRules.Judged j = judge(s, m, d, byDay.getOrDefault(d, List.of()), excused.get(d),
                    roster == null ? DayRules.Plan.REGULAR : new DayRules.Plan(true, roster.get(d)), nowMs);
            days.add(j.status());
            if (j.verdict() != null) {
                verdicts.add(j.verdict());
            }
        }
        Deductions.Month dm = Deductions.of(s.rules(), verdicts);
        return new MonthView(m.nip(), m.name(), month, days, dm.totalPercent(), dm.uncapped(), dm.capped(),
                dm.rulePack(), dm.lines());
    }

    /** One employee's closed day, as the nightly job posts it. */
    public record ClosedDay(String nip, LocalDate date, String code, BigDecimal cutPercent) {
    }

    /**
     * Every active employee's status on {@code date} (a day that is over): one pass over the day's summaries, the
     * day's excuses and the outages of each unit.
     */
    public List<ClosedDay> closeDay(LocalDate date, long nowMs) {
        Settings s = settings.get();
        List<StaffMember> members = staff.members(null);
        Recap.Marks marks = new Recap.Marks(YearMonth.from(date));
        db.read(c -> {
            repo.forEachDay(c, date, date, marks::add);
            return null;
        });
        Map<String, Map<LocalDate, Excuse>> excused = excuses.all(date, date);
        Map<String, Map<LocalDate, id.serasan.attendance.internal.rules.Shift>> roster = rosters.all(
                YearMonth.from(date));
        long from = date.atStartOfDay(DayRules.ZONE).toInstant().toEpochMilli();
        Map<String, List<id.serasan.attendance.internal.rules.DayJudge.Outage>> byUnit = new HashMap<>();
        java.util.Optional<id.serasan.attendance.api.Holiday> holiday = calendar.holiday(date);
        List<ClosedDay> out = new ArrayList<>(members.size());
        for (StaffMember m : members) {
            List<DayRules.Mark> day = new ArrayList<>(2);
            long in = marks.in(m.nip(), date.getDayOfMonth());
            long outMs = marks.out(m.nip(), date.getDayOfMonth());
            if (in != 0) {
                day.add(new DayRules.Mark("IN", in, null, "", "NONE"));
            }
            if (outMs != 0) {
                day.add(new DayRules.Mark("OUT", outMs, null, "", "NONE"));
            }
            String unit = m.unitCode() == null ? "" : m.unitCode();
            List<id.serasan.attendance.internal.rules.DayJudge.Outage> o = byUnit.computeIfAbsent(unit,
                    code -> outages.windows(staff.unit(code).map(Unit::path).orElse(code), from,
                            from + 2 * 86_400_000L));
            Map<LocalDate, id.serasan.attendance.internal.rules.Shift> mine = roster.get(m.nip());
            DayRules.Plan plan = mine == null ? DayRules.Plan.REGULAR : new DayRules.Plan(true, mine.get(date));
            DayStatus st = DayRules.judge(s, date, holiday, excused.getOrDefault(m.nip(), Map.of()).get(date), plan,
                    day, o, nowMs).status();
            out.add(new ClosedDay(m.nip(), date, st.code(), st.cutPercent()));
        }
        return out;
    }

    /** The recap of a unit (and its sub-units), or of everyone when {@code unitCode} is null. */
    public Recap.RecapResult recap(String unitCode, YearMonth month, long nowMs) {
        Settings s = settings.get();
        List<StaffMember> members = staff.members(unitCode);
        Recap.Marks marks = new Recap.Marks(month);
        db.read(c -> {
            repo.forEachDay(c, month.atDay(1), month.atEndOfMonth(), marks::add);
            return null;
        });
        long from = month.atDay(1).atStartOfDay(DayRules.ZONE).toInstant().toEpochMilli();
        long to = month.atEndOfMonth().plusDays(1).atStartOfDay(DayRules.ZONE).toInstant().toEpochMilli();
        Map<String, Map<LocalDate, Excuse>> excused = excuses.all(month.atDay(1), month.atEndOfMonth());
        return Recap.compute(s, month, unitCode, members, marks, calendar::holiday,
                code -> outages.windows(staff.unit(code).map(Unit::path).orElse(code), from, to), excused,
                rosters.all(month), nowMs);
    }
}
