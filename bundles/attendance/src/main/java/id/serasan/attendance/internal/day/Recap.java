package id.serasan.attendance.internal.day;

import id.serasan.attendance.api.Holiday;
import id.serasan.attendance.internal.config.Settings;
import id.serasan.attendance.internal.rules.DayJudge;
import id.serasan.attendance.internal.rules.DayType;
import id.serasan.attendance.internal.rules.Deductions;
import id.serasan.attendance.internal.rules.Excuse;
import id.serasan.attendance.internal.rules.Shift;
import id.serasan.attendance.internal.rules.Verdict;
import id.serasan.attendance.internal.rules.WorkWeek;
import id.serasan.personnel.api.StaffMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The monthly recap of many employees at once: one pass over the month's check-ins keeps each employee's first
 * check-in and last check-out per day, then every closed day of every employee is judged and the month's TPP cut
 * summed under the rule pack. The same rules as one employee's month ({@link DayRules}); days not over yet are left
 * out.
 */
public final class Recap {
    /** The codes counted per line, in order. */
    public static final List<String> STATUSES = List.of("PRESENT", "ABSENT", "HOLIDAY", "DAY_OFF");

    /** One employee's month (named for the OpenAPI description, whose schemas go by simple names). */
    public record RecapLine(String nip, String name, String unitCode, String unitName, int workingDays, int onTime,
                            int absent, Map<String, Integer> bands, Map<String, Integer> excused,
                            BigDecimal cutPercent, boolean capped) {
    }

    /** The day types an excused working day is counted under, in order (the recap's columns). */
    public static final List<Verdict.Status> EXCUSED = List.of(Verdict.Status.LEAVE, Verdict.Status.DUTY_TRAVEL,
            Verdict.Status.FLEXIBLE_WORK, Verdict.Status.PERMISSION, Verdict.Status.CORRECTED);

    /** The recap. {@code through} is the last day judged (null when none is closed yet). */
    public record RecapResult(YearMonth month, String unitCode, String rulePack, LocalDate through, List<RecapLine> lines) {
    }

    /** Gathers the month's check-ins: first IN and last OUT per employee and day. */
    public static final class Marks {
        private final YearMonth month;
        private final Map<String, long[]> byNip = new HashMap<>();

        public Marks(YearMonth month) {
            this.month = month;
        }

        /** Takes one day's first check-in and last check-out from its summary (0: none). */
        public void add(String nip, LocalDate day, long firstInMs, long lastOutMs) {
            if (firstInMs != 0) {
                add(nip, day, "IN", firstInMs, "NONE");
            }
            if (lastOutMs != 0) {
                add(nip, day, "OUT", lastOutMs, "NONE");
            }
        }

        /** Takes one check-in (rejected ones are ignored). */
        public void add(String nip, LocalDate day, String kind, long atMs, String review) {
            if ("REJECTED".equals(review) || !YearMonth.from(day).equals(month)) {
                return;
            }
            long[] a = byNip.computeIfAbsent(nip, k -> new long[62]);
            int i = (day.getDayOfMonth() - 1) * 2;
            if ("IN".equals(kind)) {
                if (a[i] == 0 || atMs < a[i]) {
                    a[i] = atMs;
                }
            } else if (a[i + 1] == 0 || atMs > a[i + 1]) {
                a[i + 1] = atMs;
            }
        }

        long in(String nip, int day) {
            long[] a = byNip.get(nip);
            return a == null ? 0 : a[(day - 1) * 2];
        }

        long out(String nip, int day) {
            long[] a = byNip.get(nip);
            return a == null ? 0 : a[(day - 1) * 2 + 1];
        }
    }

    private Recap() {
    }

    /**
     * Computes the recap.
     *
     * @param staff    the employees, in the order the recap lists them
     * @param holidays the holiday of a day, if any
     * @param outages  the outage windows of the month for a unit code
     * @param nowMs    the current time: days not over are left out
     */
    public static RecapResult compute(Settings s, YearMonth month, String unitCode, List<StaffMember> staff, Marks marks,
                                 Function<LocalDate, Optional<Holiday>> holidays,
                                 Function<String, List<DayJudge.Outage>> outages, long nowMs) {
        return compute(s, month, unitCode, staff, marks, holidays, outages, Map.of(), nowMs);
    }

    /**
     * Computes the recap with the excused days (approved requests, accepted appeals) of each employee by NIP.
     */
    public static RecapResult compute(Settings s, YearMonth month, String unitCode, List<StaffMember> staff, Marks marks,
                                      Function<LocalDate, Optional<Holiday>> holidays,
                                      Function<String, List<DayJudge.Outage>> outages,
                                      Map<String, Map<LocalDate, Excuse>> excused, long nowMs) {
        return compute(s, month, unitCode, staff, marks, holidays, outages, excused, Map.of(), nowMs);
    }

    /**
     * Computes the recap with excused days and rosters: an employee in {@code rosters} (NIP → the month's shifts by
     * day) works those shifts — a night shift judged against its next-morning end, a day counted once its shift is
     * over — and has the other days off.
     */
    public static RecapResult compute(Settings s, YearMonth month, String unitCode, List<StaffMember> staff, Marks marks,
                                      Function<LocalDate, Optional<Holiday>> holidays,
                                      Function<String, List<DayJudge.Outage>> outages,
                                      Map<String, Map<LocalDate, Excuse>> excused,
                                      Map<String, Map<LocalDate, Shift>> rosters, long nowMs) {
        LocalDateTime now = DayRules.local(nowMs);
        int last = month.lengthOfMonth();
        DayType[] types = new DayType[last + 1];
        LocalDateTime[] starts = new LocalDateTime[last + 1];
        LocalDateTime[] ends = new LocalDateTime[last + 1];
        LocalDate through = null;
        int closedDays = 0;
        for (int d = 1; d <= last; d++) {
            LocalDate date = month.atDay(d);
            Optional<WorkWeek.Hours> h = s.weekOf(date).on(date.getDayOfWeek());
            types[d] = holidays.apply(date).isPresent() ? DayType.HOLIDAY
                    : h.isPresent() ? DayType.WORKDAY : DayType.DAY_OFF;
            starts[d] = h.map(x -> date.atTime(x.start())).orElse(null);
            ends[d] = h.map(x -> date.atTime(x.end())).orElse(null);
            LocalDateTime dayOver = ends[d] != null ? ends[d] : date.plusDays(1).atStartOfDay();
            if (!now.isBefore(dayOver)) {
                through = date;
                closedDays = d;
            }
        }
        DayJudge judge = new DayJudge(s.rules());
        Map<String, List<DayJudge.Outage>> outagesByUnit = new HashMap<>();
        List<RecapLine> lines = new ArrayList<>(staff.size());
        for (StaffMember m : staff) {
            List<DayJudge.Outage> o = outagesByUnit.computeIfAbsent(m.unitCode() == null ? "" : m.unitCode(), outages);
            List<Verdict> verdicts = new ArrayList<>(closedDays);
            Map<String, Integer> bands = new LinkedHashMap<>();
            Map<String, Integer> excusedDays = new LinkedHashMap<>();
            Map<LocalDate, Excuse> mine = excused.getOrDefault(m.nip(), Map.of());
            Map<LocalDate, Shift> roster = rosters.get(m.nip());
            int working = 0;
            int onTime = 0;
            int absent = 0;
            for (int d = 1; d <= (roster == null ? closedDays : last); d++) {
                LocalDateTime start = starts[d];
                LocalDateTime end = ends[d];
                if (roster != null) {
                    Shift shift = roster.get(month.atDay(d));
                    if (shift == null || now.isBefore(shift.endOn(month.atDay(d)))) {
                        continue; // a day off, or a shift not over yet
                    }
                    start = shift.startOn(month.atDay(d));
                    end = shift.endOn(month.atDay(d));
                } else if (types[d] != DayType.WORKDAY) {
                    continue;
                }
                working++;
                Excuse e = mine.get(month.atDay(d));
                if (e != null) {
                    Verdict v = judge.judge(month.atDay(d), e.type(), start, end, null, null, o);
                    verdicts.add(v);
                    excusedDays.merge(v.status().name(), 1, Integer::sum);
                    continue;
                }
                long in = marks.in(m.nip(), d);
                long out = marks.out(m.nip(), d);
                if (in != 0 && out != 0 && out < in) {
                    out = 0;
                }
                Verdict v = judge.judge(month.atDay(d), DayType.WORKDAY, start, end,
                        in == 0 ? null : DayRules.local(in), out == 0 ? null : DayRules.local(out), o);
                verdicts.add(v);
                if (v.status() == Verdict.Status.ABSENT) {
                    absent++;
                } else if (v.lateBand() == null && v.earlyBand() == null) {
                    onTime++;
                }
                if (v.lateBand() != null) {
                    bands.merge(v.lateBand().code(), 1, Integer::sum);
                }
                if (v.earlyBand() != null) {
                    bands.merge(v.earlyBand().code(), 1, Integer::sum);
                }
            }
            Deductions.Month month1 = Deductions.of(s.rules(), verdicts);
            lines.add(new RecapLine(m.nip(), m.name(), m.unitCode(), m.unitName(), working, onTime, absent, bands,
                    excusedDays, month1.totalPercent(), month1.capped()));
        }
        return new RecapResult(month, unitCode, s.rules().name(), through, lines);
    }
}
