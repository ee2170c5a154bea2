package id.serasan.attendance.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One employee's day as the rules judge it.
 *
 * @param lateMinutes  whole minutes after the start (0 when on time or not judged)
 * @param earlyMinutes whole minutes before the end (0 when not early or not judged)
 * @param lateBand     the TL band, or null
 * @param earlyBand    the PSW band, or null
 * @param cutPercent   what the day cuts from the month's TPP
 * @param reasons      each part of the verdict in words (Indonesian / English), for the explanation
 */
public record Verdict(LocalDate date, Status status, long lateMinutes, long earlyMinutes, Band lateBand,
                      Band earlyBand, BigDecimal cutPercent, List<String> reasons) {
    /** The day's status. */
    public enum Status {
        /** Checked in and out within the hours (bands may still apply: see lateBand, earlyBand). */
        PRESENT,
        /** A working day with neither check-in nor check-out and no valid reason. */
        ABSENT,
        DAY_OFF,
        HOLIDAY,
        LEAVE,
        DUTY_TRAVEL,
        PERMISSION,
        FLEXIBLE_WORK,
        /** Corrected by an accepted appeal: no cut. */
        CORRECTED
    }

    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
