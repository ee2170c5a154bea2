package id.serasan.attendance.internal.rules;

/**
 * Annual leave (cuti tahunan, PP 11/2017 and Perban BKN 24/2017): 12 working days a year after one year of
 * service, at least one day at a time; up to 6 unused days of the previous year carry over.
 */
public final class AnnualLeave {
    public static final int DAYS_PER_YEAR = 12;
    public static final int MAX_CARRY_OVER = 6;

    private AnnualLeave() {
    }

    /**
     * The balance of a year.
     *
     * @param entitlement this year's days
     * @param carried     days carried from the previous year
     * @param taken       days taken (or approved) this year
     * @param available   what may still be requested
     */
    public record Balance(int entitlement, int carried, int taken, int available) {
    }

    /**
     * @param fullYearsOfService completed years of service at the start of the year
     * @param unusedLastYear     days of last year's balance not taken (its own carry-over does not carry again)
     * @param takenThisYear      working days taken or approved this year
     */
    public static Balance balance(int fullYearsOfService, int unusedLastYear, int takenThisYear) {
        if (fullYearsOfService < 0 || unusedLastYear < 0 || takenThisYear < 0) {
            throw new IllegalArgumentException("negative: " + fullYearsOfService + ", " + unusedLastYear + ", "
                    + takenThisYear);
        }
        int entitlement = fullYearsOfService >= 1 ? DAYS_PER_YEAR : 0;
        int carried = fullYearsOfService >= 2 ? Math.min(MAX_CARRY_OVER, unusedLastYear) : 0;
        return new Balance(entitlement, carried, takenThisYear, Math.max(0, entitlement + carried - takenThisYear));
    }

    /**
     * What of a year's own entitlement was not taken and may carry over: days taken use the carried days first, so
     * a carried day never carries twice.
     */
    public static int unused(Balance b) {
        return Math.max(0, b.entitlement() - Math.max(0, b.taken() - b.carried()));
    }

    /**
     * The balance of {@code year}, carried forward year by year from {@code firstYear} (the first year with records;
     * nothing carries into it).
     *
     * @param yearsOfService completed years of service counted for a year
     * @param taken          working days of annual leave taken (or approved, or asked for) in a year
     */
    public static Balance forYear(int year, int firstYear, java.util.function.IntUnaryOperator yearsOfService,
                                  java.util.function.IntUnaryOperator taken) {
        int unused = 0;
        for (int y = Math.min(firstYear, year); y < year; y++) {
            unused = unused(balance(yearsOfService.applyAsInt(y), unused, taken.applyAsInt(y)));
        }
        return balance(yearsOfService.applyAsInt(year), unused, taken.applyAsInt(year));
    }

    /** Whether a request of {@code days} working days fits the balance (at least one day). */
    public static boolean fits(Balance b, int days) {
        return days >= 1 && days <= b.available();
    }
}
