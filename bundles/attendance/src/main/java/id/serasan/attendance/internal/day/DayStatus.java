package id.serasan.attendance.internal.day;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One employee's day as the API and pages show it.
 *
 * @param code          {@code PRESENT}, {@code TL1}..{@code TL4}, {@code PSW1}..{@code PSW4} (both joined with
 *                      {@code +}), {@code ABSENT}, {@code HOLIDAY}, {@code DAY_OFF}, {@code NOT_YET} (today, nothing
 *                      yet), and later {@code LEAVE}, {@code DUTY_TRAVEL}, {@code PERMISSION}
 * @param open          true while the day is not over: the verdict may still change
 * @param expectedStart the start of the hours that day, or null on a day off
 * @param checkIn       the first check-in that counts, or null
 * @param checkInId     its client id (the record the verdict rests on)
 * @param cutPercent    the TPP cut of the day
 * @param reasons       the verdict in words, each "Indonesian / English"
 * @param flags         review signals of the day's check-ins
 * @param holiday       the holiday's name, or null
 * @param records       how many check-ins and check-outs count that day (rejected ones do not)
 */
public record DayStatus(LocalDate date, String code, boolean open, LocalTime expectedStart, LocalTime expectedEnd,
                        Instant checkIn, String checkInId, Instant checkOut, String checkOutId, long lateMinutes,
                        long earlyMinutes, BigDecimal cutPercent, List<String> reasons, List<String> flags,
                        String holiday, int records) {
    public DayStatus {
        reasons = List.copyOf(reasons);
        flags = List.copyOf(flags);
    }

    /** The same day with {@code n} records. */
    public DayStatus withRecords(int n) {
        return new DayStatus(date, code, open, expectedStart, expectedEnd, checkIn, checkInId, checkOut, checkOutId,
                lateMinutes, earlyMinutes, cutPercent, reasons, flags, holiday, n);
    }
}
