package id.serasan.attendance.internal.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * The types of leave of PP 11/2017 and Perban BKN 24/2017: who may take them (completed years of service), how long
 * one leave may be, and when a letter must come with the request.
 */
public enum LeaveType {
    /** Cuti tahunan: after 1 year; 12 working days a year (the balance, {@link AnnualLeave}). */
    ANNUAL("Cuti tahunan", "Annual leave", 1, null, false),
    /** Cuti besar: after 5 years' continuous service; up to 3 months. */
    LONG("Cuti besar", "Long leave", 5, Period.ofMonths(3), false),
    /** Cuti sakit: from 2 days with a doctor's letter; up to 1 year and 6 months. */
    SICK("Cuti sakit", "Sick leave", 0, Period.of(1, 6, 0), false),
    /** Cuti melahirkan: 3 months, with a letter from the doctor or midwife. */
    MATERNITY("Cuti melahirkan", "Maternity leave", 0, Period.ofMonths(3), true),
    /** Cuti karena alasan penting: family illness or death, own marriage, a birth, a disaster; up to 1 month. */
    IMPORTANT("Cuti karena alasan penting", "Leave for important reasons", 0, Period.ofMonths(1), true),
    /** Cuti di luar tanggungan negara (CLTN): after 5 years' service; up to 3 years. */
    UNPAID("Cuti di luar tanggungan negara", "Unpaid leave", 5, Period.ofYears(3), true);

    private final String id;
    private final String en;
    private final int minYearsOfService;
    private final Period longest;
    private final boolean letterAlways;

    LeaveType(String id, String en, int minYearsOfService, Period longest, boolean letterAlways) {
        this.id = id;
        this.en = en;
        this.minYearsOfService = minYearsOfService;
        this.longest = longest;
        this.letterAlways = letterAlways;
    }

    public String id() {
        return id;
    }

    public String en() {
        return en;
    }

    /** Completed years of service needed. */
    public int minYearsOfService() {
        return minYearsOfService;
    }

    /** Whether one leave of this type from {@code from} to {@code to} (both included) is longer than allowed. */
    public boolean tooLong(LocalDate from, LocalDate to) {
        return longest != null && !to.isBefore(from.plus(longest));
    }

    /** The longest one leave may be, in words; null when the balance decides (annual leave). */
    public String longestText() {
        return switch (this) {
            case LONG, MATERNITY -> "3 bulan / 3 months";
            case SICK -> "1 tahun 6 bulan / 1 year 6 months";
            case IMPORTANT -> "1 bulan / 1 month";
            case UNPAID -> "3 tahun / 3 years";
            case ANNUAL -> null;
        };
    }

    /** Whether a letter (attachment) must come with a leave of this type over {@code calendarDays} days. */
    public boolean needsLetter(long calendarDays) {
        return letterAlways || (this == SICK && calendarDays >= 2);
    }
}
