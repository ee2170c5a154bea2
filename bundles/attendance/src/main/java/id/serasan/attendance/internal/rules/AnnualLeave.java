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

    /** Whether a request of {@code days} working days fits the balance (at least one day). */
    public static boolean fits(Balance b, int days) {
        return days >= 1 && days <= b.available();
    }
}
