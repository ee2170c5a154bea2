package id.serasan.personnel.internal.rules;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.Rank;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates derived from an employee's record and histories under a {@link RulePack}. Pure functions of their
 * arguments, so they are tested on hand-checked cases.
 */
public final class Derivations {
    private final RulePack rules;

    public Derivations(RulePack rules) {
        this.rules = rules;
    }

    public RulePack rules() {
        return rules;
    }

    /** Length of service (masa kerja) from TMT CPNS to {@code on}; zero before TMT CPNS. */
    public static Period serviceLength(LocalDate cpnsDate, LocalDate on) {
        if (cpnsDate == null || on.isBefore(cpnsDate)) {
            return Period.ZERO;
        }
        return Period.between(cpnsDate, on);
    }

    /**
     * Retirement age (BUP, PP 11/2017 art. 239): JPT and ahli madya 60, ahli utama 65, every other position 58
     * (numbers from the rule pack). Without a position, the default age.
     */
    public int retirementAge(PositionType type, FunctionalLevel level) {
        if (type == null) {
            return rules.retirementAgeDefault();
        }
        if (type.isJpt()) {
            return rules.retirementAgeJpt();
        }
        if (type == PositionType.FUNGSIONAL && level == FunctionalLevel.AHLI_UTAMA) {
            return rules.retirementAgeAhliUtama();
        }
        if (type == PositionType.FUNGSIONAL && level == FunctionalLevel.AHLI_MADYA) {
            return rules.retirementAgeAhliMadya();
        }
        return rules.retirementAgeDefault();
    }

    /**
     * TMT of retirement: the first day of the month after the employee reaches the retirement age
     * (born 1966-03-15, age 58: 2024-04-01).
     */
    public LocalDate retirementDate(LocalDate birthDate, PositionType type, FunctionalLevel level) {
        int age = retirementAge(type, level);
        return YearMonth.from(birthDate.plusYears(age)).plusMonths(1).atDay(1);
    }

    /**
     * The first date a regular promotion from {@code rank} (held since {@code rankTmt}) may take effect: the first
     * promotion window (first day of a window month) on or after {@code rankTmt} + the years in rank. Null at
     * IV/e, for PPPK and CPNS, and when the rank is unknown.
     */
    public LocalDate nextPromotion(EmploymentType type, Rank rank, LocalDate rankTmt) {
        if (type != EmploymentType.PNS || rank == null || rank.next() == null || rankTmt == null) {
            return null;
        }
        LocalDate earliest = rankTmt.plusYears(rules.promotionYearsInRank());
        return nextWindow(earliest);
    }

    /** The first promotion window on or after {@code date}. */
    LocalDate nextWindow(LocalDate date) {
        YearMonth m = YearMonth.from(date);
        if (date.getDayOfMonth() > 1) {
            m = m.plusMonths(1);
        }
        for (int i = 0; i < 12; i++) {
            YearMonth c = m.plusMonths(i);
            for (int w : rules.promotionWindowMonths()) {
                if (w == c.getMonthValue()) {
                    return c.atDay(1);
                }
            }
        }
        throw new IllegalStateException("no promotion window in 12 months");
    }

    /** The next periodic salary step (KGB) strictly after {@code after}: TMT CPNS plus a whole number of intervals. */
    public LocalDate nextSalaryStep(LocalDate cpnsDate, LocalDate after) {
        if (cpnsDate == null) {
            return null;
        }
        int step = rules.salaryStepYears();
        int k = 1;
        if (after.isAfter(cpnsDate)) {
            k = Math.max(1, (after.getYear() - cpnsDate.getYear()) / step);
        }
        LocalDate d = cpnsDate.plusYears((long) k * step);
        while (!d.isAfter(after)) {
            k++;
            d = cpnsDate.plusYears((long) k * step);
        }
        while (k > 1 && cpnsDate.plusYears((long) (k - 1) * step).isAfter(after)) {
            k--;
            d = cpnsDate.plusYears((long) k * step);
        }
        return d;
    }

    /** Every salary-step date in {@code [from, to]}. */
    public List<LocalDate> salarySteps(LocalDate cpnsDate, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate d = nextSalaryStep(cpnsDate, from.minusDays(1));
        while (d != null && !d.isAfter(to)) {
            out.add(d);
            d = nextSalaryStep(cpnsDate, d);
        }
        return out;
    }
}
