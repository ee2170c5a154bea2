package id.serasan.attendance.internal.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A shift of a roster (hospitals, health centres): it starts on its day and ends the same day, or the next when its
 * end is not after its start (a night shift across midnight).
 */
public record Shift(String code, LocalTime start, LocalTime end) {
    public Shift {
        if (code == null || code.isBlank() || start == null || end == null || start.equals(end)) {
            throw new IllegalArgumentException("shift " + code + " " + start + "–" + end);
        }
    }

    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** When the shift of {@code day} starts. */
    public LocalDateTime startOn(LocalDate day) {
        return day.atTime(start);
    }

    /** When the shift of {@code day} ends: on the next day for a night shift. */
    public LocalDateTime endOn(LocalDate day) {
        return (crossesMidnight() ? day.plusDays(1) : day).atTime(end);
    }

    /** How long after a night shift's end its late check-out still belongs to it, in hours. */
    public static final int CHECK_OUT_GRACE_HOURS = 6;
    /** How long before a shift's start its early check-in belongs to it (not to the night before), in hours. */
    public static final int CHECK_IN_EARLY_HOURS = 2;

    /**
     * The working day a tap counts for when the employee works to a roster: the day before when it falls inside
     * (or, for a check-out, up to {@value #CHECK_OUT_GRACE_HOURS} h after) that day's night shift and not near the
     * start of a shift of its own day; else its own date.
     *
     * @param tap       the tap's office time
     * @param checkOut  whether it is a check-out
     * @param yesterday the shift of the day before the tap's date, or null
     * @param today     the shift of the tap's date, or null
     */
    public static LocalDate workDate(LocalDateTime tap, boolean checkOut, Shift yesterday, Shift today) {
        LocalDate date = tap.toLocalDate();
        if (yesterday == null || !yesterday.crossesMidnight()) {
            return date;
        }
        LocalDate before = date.minusDays(1);
        LocalDateTime end = yesterday.endOn(before);
        LocalDateTime todayStart = today == null ? null : today.startOn(date);
        if (checkOut) {
            boolean inOrAfterShift = tap.isBefore(end.plusHours(CHECK_OUT_GRACE_HOURS));
            boolean notOwnShift = todayStart == null || tap.isBefore(todayStart);
            return inOrAfterShift && notOwnShift ? before : date;
        }
        boolean inShift = tap.isBefore(end);
        boolean notNearOwnShift = todayStart == null || tap.isBefore(todayStart.minusHours(CHECK_IN_EARLY_HOURS));
        return inShift && notNearOwnShift ? before : date;
    }
}
