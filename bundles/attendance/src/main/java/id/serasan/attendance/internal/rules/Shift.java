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
}
