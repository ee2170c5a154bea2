package id.serasan.attendance.internal.config;

import id.serasan.attendance.internal.rules.Band;
import id.serasan.attendance.internal.rules.RulePack;
import id.serasan.attendance.internal.rules.WorkWeek;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration, parsed and checked: the working weeks, the Ramadan periods, the rule pack and the limits. Built
 * from {@link AttendanceConfig}; throws {@link IllegalArgumentException} naming the bad entry, so a broken
 * configuration is refused as a whole.
 */
public record Settings(WorkWeek regular, WorkWeek ramadanWeek, List<LocalDate[]> ramadan, RulePack rules,
                       int defaultRadiusMetres, long clockSkewMillis, long offlineAfterMillis, long lateOfflineMillis,
                       double impossibleSpeedMetresPerSecond, int batchSize, long commitTimeoutMillis,
                       long directoryCacheMillis, Requests requests) {
    /**
     * The limits of requests and appeals.
     *
     * @param backdateDays       how many days back a request may start
     * @param appealDays         how many days after a day it may be appealed
     * @param attachmentMaxBytes the largest attachment
     */
    public record Requests(int backdateDays, int appealDays, int attachmentMaxBytes) {
        public static final Requests DEFAULT = new Requests(7, 30, 2048 * 1024);
    }


    public Settings {
        ramadan = List.copyOf(ramadan);
    }

    /** The settings of {@code c}. */
    public static Settings of(AttendanceConfig c) {
        WorkWeek regular = WorkWeek.of(hours("hours", c.hours()), WorkWeek.NATIONAL, LocalTime.of(7, 30));
        WorkWeek ramadanWeek = WorkWeek.of(hours("ramadanHours", c.ramadanHours()), WorkWeek.RAMADAN,
                LocalTime.of(8, 0));
        List<LocalDate[]> periods = new ArrayList<>();
        for (String p : c.ramadan()) {
            String[] ft = p.trim().split("/");
            if (ft.length != 2) {
                throw new IllegalArgumentException("ramadan: 'YYYY-MM-DD/YYYY-MM-DD', not '" + p + "'");
            }
            LocalDate from = LocalDate.parse(ft[0].trim());
            LocalDate to = LocalDate.parse(ft[1].trim());
            if (to.isBefore(from) || to.isAfter(from.plusDays(31))) {
                throw new IllegalArgumentException("ramadan: " + p + " is not a month");
            }
            periods.add(new LocalDate[] {from, to});
        }
        RulePack rules = new RulePack(c.rulePack(), bands("lateBands", c.lateBands()),
                bands("earlyBands", c.earlyBands()), number("absentCut", c.absentCut()),
                number("monthlyCap", c.monthlyCap()));
        positive("defaultRadiusMetres", c.defaultRadiusMetres());
        positive("batchSize", c.batchSize());
        positive("commitTimeoutMillis", c.commitTimeoutMillis());
        positive("impossibleSpeedKmh", c.impossibleSpeedKmh());
        return new Settings(regular, ramadanWeek, periods, rules, c.defaultRadiusMetres(),
                Math.max(0, c.clockSkewSeconds()) * 1000L, Math.max(0, c.offlineAfterSeconds()) * 1000L,
                Math.max(0, c.lateOfflineMinutes()) * 60_000L, c.impossibleSpeedKmh() / 3.6,
                Math.min(c.batchSize(), 10_000), c.commitTimeoutMillis(),
                Math.max(0, c.directoryCacheSeconds()) * 1000L, new Requests(Math.max(0, c.requestBackdateDays()),
                        Math.max(0, c.appealDays()), Math.max(1, c.attachmentMaxKilobytes()) * 1024));
    }

    /** The week that applies on {@code date}: Ramadan's inside a Ramadan period, else the regular one. */
    public WorkWeek weekOf(LocalDate date) {
        for (LocalDate[] p : ramadan) {
            if (!date.isBefore(p[0]) && !date.isAfter(p[1])) {
                return ramadanWeek;
            }
        }
        return regular;
    }

    static Map<DayOfWeek, WorkWeek.Hours> hours(String what, String[] entries) {
        Map<DayOfWeek, WorkWeek.Hours> out = new EnumMap<>(DayOfWeek.class);
        for (String e : entries) {
            try {
                String[] dayRest = e.split("=", 2);
                String[] rangeBreak = dayRest[1].split("/", 2);
                String[] fromTo = rangeBreak[0].split("-", 2);
                DayOfWeek day = DayOfWeek.valueOf(dayRest[0].trim().toUpperCase(Locale.ROOT));
                WorkWeek.Hours h = new WorkWeek.Hours(LocalTime.parse(fromTo[0].trim()),
                        LocalTime.parse(fromTo[1].trim()),
                        Duration.ofMinutes(rangeBreak.length > 1 ? Integer.parseInt(rangeBreak[1].trim()) : 0));
                if (out.put(day, h) != null) {
                    throw new IllegalArgumentException("twice");
                }
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(what + ": 'DAY=HH:MM-HH:MM/break', not '" + e + "' ("
                        + ex.getMessage() + ")", ex);
            }
        }
        return out;
    }

    static List<Band> bands(String what, String[] entries) {
        List<Band> out = new ArrayList<>();
        for (String e : entries) {
            try {
                String[] codeRest = e.split("=", 2);
                String[] rangeCut = codeRest[1].split(":", 2);
                String[] fromTo = rangeCut[0].split("-", 2);
                String to = fromTo[1].trim();
                out.add(new Band(codeRest[0].trim(), Integer.parseInt(fromTo[0].trim()),
                        to.isEmpty() ? null : Integer.valueOf(to), new BigDecimal(rangeCut[1].trim())));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(what + ": 'CODE=from-to:cut', not '" + e + "' (" + ex.getMessage()
                        + ")", ex);
            }
        }
        return out;
    }

    private static BigDecimal number(String what, String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(what + ": a number, not '" + value + "'", e);
        }
    }

    private static void positive(String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }
}
