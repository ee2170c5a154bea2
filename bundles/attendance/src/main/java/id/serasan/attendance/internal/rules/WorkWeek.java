package id.serasan.attendance.internal.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Regular office hours: per working day a start, an end and the break, whose working time must add up to the
 * national weekly frame (Perpres 21/2023: 37 h 30 min without breaks, from 07:30; in Ramadan 32 h 30 min from 08:00).
 * Days without hours are not working days (Saturday and Sunday in the standard week).
 */
public final class WorkWeek {
    /** A working day's hours. */
    public record Hours(LocalTime start, LocalTime end, Duration breakTime) {
        public Hours {
            if (start == null || end == null || !end.isAfter(start)) {
                throw new IllegalArgumentException("office hours " + start + "–" + end + " (shifts across midnight "
                        + "are a Shift)");
            }
            if (breakTime == null || breakTime.isNegative() || breakTime.compareTo(Duration.between(start, end)) >= 0) {
                throw new IllegalArgumentException("break " + breakTime + " in " + start + "–" + end);
            }
        }

        /** Working time: the span less the break. */
        public Duration working() {
            return Duration.between(start, end).minus(breakTime);
        }
    }

    /** The national weekly frame outside Ramadan. */
    public static final Duration NATIONAL = Duration.ofMinutes(37 * 60 + 30);
    /** The national weekly frame in Ramadan. */
    public static final Duration RAMADAN = Duration.ofMinutes(32 * 60 + 30);

    private final Map<DayOfWeek, Hours> days;

    private WorkWeek(Map<DayOfWeek, Hours> days) {
        this.days = Map.copyOf(days);
    }

    /**
     * A week that must add up to {@code frame} and start no earlier than {@code earliestStart}.
     *
     * @throws IllegalArgumentException naming the difference when it does not
     */
    public static WorkWeek of(Map<DayOfWeek, Hours> days, Duration frame, LocalTime earliestStart) {
        WorkWeek w = new WorkWeek(new EnumMap<>(days));
        Duration total = w.total();
        if (!total.equals(frame)) {
            throw new IllegalArgumentException("the week adds up to " + format(total) + ", not " + format(frame));
        }
        for (Map.Entry<DayOfWeek, Hours> e : days.entrySet()) {
            if (e.getValue().start().isBefore(earliestStart)) {
                throw new IllegalArgumentException(e.getKey() + " starts at " + e.getValue().start() + ", before "
                        + earliestStart);
            }
        }
        return w;
    }

    /** The common pattern: Monday–Thursday 07:30–16:00 with 60 min break, Friday 07:30–16:30 with 90 min. */
    public static WorkWeek standard() {
        Map<DayOfWeek, Hours> d = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY}) {
            d.put(day, new Hours(LocalTime.of(7, 30), LocalTime.of(16, 0), Duration.ofMinutes(60)));
        }
        d.put(DayOfWeek.FRIDAY, new Hours(LocalTime.of(7, 30), LocalTime.of(16, 30), Duration.ofMinutes(90)));
        return of(d, NATIONAL, LocalTime.of(7, 30));
    }

    /** Ramadan: Monday–Thursday 08:00–15:00 with 30 min break, Friday 08:00–15:30 with 60 min. */
    public static WorkWeek ramadan() {
        Map<DayOfWeek, Hours> d = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY}) {
            d.put(day, new Hours(LocalTime.of(8, 0), LocalTime.of(15, 0), Duration.ofMinutes(30)));
        }
        d.put(DayOfWeek.FRIDAY, new Hours(LocalTime.of(8, 0), LocalTime.of(15, 30), Duration.ofMinutes(60)));
        return of(d, RAMADAN, LocalTime.of(8, 0));
    }

    /** The hours of a day of the week, or empty on a day off. */
    public Optional<Hours> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    /** The week's working time. */
    public Duration total() {
        return days.values().stream().map(Hours::working).reduce(Duration.ZERO, Duration::plus);
    }

    static String format(Duration d) {
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
}
