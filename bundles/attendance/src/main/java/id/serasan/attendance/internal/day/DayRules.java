package id.serasan.attendance.internal.day;

import id.serasan.attendance.api.Holiday;
import id.serasan.attendance.internal.config.Settings;
import id.serasan.attendance.internal.rules.DayJudge;
import id.serasan.attendance.internal.rules.DayType;
import id.serasan.attendance.internal.rules.Excuse;
import id.serasan.attendance.internal.rules.Shift;
import id.serasan.attendance.internal.rules.Verdict;
import id.serasan.attendance.internal.rules.WorkWeek;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a day's check-ins into its status under the settings: the hours of that day (Ramadan's in Ramadan), the
 * holiday, the outages, and the first check-in and last check-out that count (rejected ones never do). A day that
 * is not over yet is shown as it stands: before its end a missing check-out is not held against anyone, and before
 * any check-in the day is {@code NOT_YET}.
 */
public final class DayRules {
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private DayRules() {
    }

    /** One check-in as the rules see it. */
    public record Mark(String kind, long atMs, String clientId, String flags, String review) {
    }

    /** The result: the status shown, and the verdict behind it (null while the day is open). */
    public record Judged(DayStatus status, Verdict verdict) {
    }

    public static Judged judge(Settings s, LocalDate date, Optional<Holiday> holiday, List<Mark> marks,
                               List<DayJudge.Outage> outages, long nowMs) {
        return judge(s, date, holiday, null, marks, outages, nowMs);
    }

    /**
     * The day with its excuse (an approved request or accepted appeal; null when none): on a working day it decides
     * the day, whatever the check-ins say; a holiday or a day off stays what it is.
     */
    public static Judged judge(Settings s, LocalDate date, Optional<Holiday> holiday, Excuse excuse, List<Mark> marks,
                               List<DayJudge.Outage> outages, long nowMs) {
        return judge(s, date, holiday, excuse, Plan.REGULAR, marks, outages, nowMs);
    }

    /**
     * Whose hours apply: the regular week, or a roster. An employee on a roster that month works the shift of a day
     * (a night shift ending the next morning) — on a holiday too — and has the days without one off.
     *
     * @param rostered whether the employee works to a roster this month
     * @param shift    the day's shift, or null (a day off) — only when rostered
     */
    public record Plan(boolean rostered, Shift shift) {
        public static final Plan REGULAR = new Plan(false, null);

        public Plan {
            if (!rostered && shift != null) {
                throw new IllegalArgumentException("a shift without a roster");
            }
        }
    }

    /** The day under its plan (regular hours or the roster's shift). */
    public static Judged judge(Settings s, LocalDate date, Optional<Holiday> holiday, Excuse excuse, Plan plan,
                               List<Mark> marks, List<DayJudge.Outage> outages, long nowMs) {
        Optional<WorkWeek.Hours> hours = plan.rostered() ? Optional.empty() : s.weekOf(date).on(date.getDayOfWeek());
        Mark in = null;
        Mark out = null;
        Set<String> flags = new LinkedHashSet<>();
        int counted = 0;
        for (Mark m : marks) {
            if ("REJECTED".equals(m.review())) {
                continue;
            }
            counted++;
            if (m.flags() != null && !m.flags().isEmpty()) {
                for (String f : m.flags().split(",")) {
                    flags.add(f);
                }
            }
            if ("IN".equals(m.kind())) {
                if (in == null || m.atMs() < in.atMs()) {
                    in = m;
                }
            } else if (out == null || m.atMs() > out.atMs()) {
                out = m;
            }
        }
        if (in != null && out != null && out.atMs() < in.atMs()) {
            out = null; // a check-out before the first check-in is not a day's end
        }
        DayType type;
        LocalDateTime start;
        LocalDateTime end;
        if (plan.rostered()) {
            Shift shift = plan.shift();
            type = shift == null ? (holiday.isPresent() ? DayType.HOLIDAY : DayType.DAY_OFF)
                    : excuse != null ? excuse.type() : DayType.WORKDAY;
            start = shift == null ? null : shift.startOn(date);
            end = shift == null ? null : shift.endOn(date);
        } else {
            type = holiday.isPresent() ? DayType.HOLIDAY : hours.isEmpty() ? DayType.DAY_OFF
                    : excuse != null ? excuse.type() : DayType.WORKDAY;
            start = hours.map(h -> date.atTime(h.start())).orElse(null);
            end = hours.map(h -> date.atTime(h.end())).orElse(null);
        }
        LocalDateTime now = LocalDateTime.ofInstant(Instant.ofEpochMilli(nowMs), ZONE);
        String holidayName = holiday.map(Holiday::name).orElse(null);
        if (type == DayType.WORKDAY && now.isBefore(end)) {
            // the day is not over: show what stands so far
            if (in == null) {
                List<String> reasons = new ArrayList<>();
                reasons.add(now.isBefore(start) ? "Belum waktunya masuk / Not started yet"
                        : "Belum presensi masuk / No check-in yet");
                return new Judged(new DayStatus(date, "NOT_YET", true, start.toLocalTime(), end.toLocalTime(), null,
                        null, at(out), id(out), 0, 0, BigDecimal.ZERO, reasons, List.copyOf(flags), null, counted), null);
            }
            LocalDateTime checkOut = out == null ? end : local(out.atMs());
            Verdict v = new DayJudge(s.rules()).judge(date, type, start, end, local(in.atMs()), checkOut, outages);
            return new Judged(status(v, true, start, end, in, out, flags, null).withRecords(counted), null);
        }
        Verdict v = new DayJudge(s.rules()).judge(date, type, start, end, in == null ? null : local(in.atMs()),
                out == null ? null : local(out.atMs()), outages);
        if (excuse != null && type == excuse.type()) {
            v = new Verdict(v.date(), v.status(), 0, 0, null, null, v.cutPercent(), List.of(excuse.reason()));
        }
        return new Judged(status(v, false, start, end, in, out, flags, holidayName).withRecords(counted), v);
    }

    static String code(Verdict v) {
        return switch (v.status()) {
            case PRESENT -> v.lateBand() == null && v.earlyBand() == null ? "PRESENT"
                    : (v.lateBand() == null ? "" : v.lateBand().code())
                    + (v.lateBand() != null && v.earlyBand() != null ? "+" : "")
                    + (v.earlyBand() == null ? "" : v.earlyBand().code());
            default -> v.status().name();
        };
    }

    private static DayStatus status(Verdict v, boolean open, LocalDateTime start, LocalDateTime end, Mark in,
                                    Mark out, Set<String> flags, String holiday) {
        return new DayStatus(v.date(), code(v), open, start == null ? null : start.toLocalTime(),
                end == null ? null : end.toLocalTime(), at(in), id(in), at(out), id(out), v.lateMinutes(),
                v.earlyMinutes(), v.cutPercent(), v.reasons(), List.copyOf(flags), holiday, 0);
    }

    private static Instant at(Mark m) {
        return m == null ? null : Instant.ofEpochMilli(m.atMs());
    }

    private static String id(Mark m) {
        return m == null ? null : m.clientId();
    }

    public static LocalDateTime local(long ms) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), ZONE);
    }
}
