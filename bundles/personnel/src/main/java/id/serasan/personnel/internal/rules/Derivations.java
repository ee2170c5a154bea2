package id.serasan.personnel.internal.rules;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.PromotionBasis;
import id.serasan.personnel.api.Rank;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates derived from an employee's {@link Career} under a {@link RulePack}. Pure functions of their arguments, so
 * they are tested on hand-checked cases. One rule everywhere: the record, the schedules and the dashboard all ask
 * here, so PPPK get no PNS promotion, salary step or retirement age anywhere.
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

    // ---------------------------------------------------------------- retirement

    /**
     * Retirement age (BUP): a named position's own age first (teachers 60, UU 14/2005), then PP 11/2017 art. 239 —
     * JPT and ahli madya 60, ahli utama 65, every other position (and none) the default 58. Null for PPPK.
     */
    public Integer retirementAge(Career c) {
        if (c.pppk()) {
            return null;
        }
        if (c.positionType() == PositionType.FUNGSIONAL) {
            for (RulePack.NamedAge n : rules.retirementByPosition()) {
                if (n.matches(c.positionName())) {
                    return n.age();
                }
            }
        }
        return levelAge(c.positionType(), c.positionLevel());
    }

    private int levelAge(PositionType type, FunctionalLevel level) {
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
     * TMT of retirement: the first day of the month after the employee reaches the retirement age (born 1966-03-15,
     * age 58: 2024-04-01). Someone born on 29 February reaches an age on 28 February of a common year, so the TMT is
     * 1 March either way (born 1968-02-29, age 58: 2026-03-01). Null for PPPK.
     */
    public LocalDate retirementDate(Career c) {
        Integer age = retirementAge(c);
        if (age == null || c.birthDate() == null) {
            return null;
        }
        return YearMonth.from(c.birthDate().plusYears(age)).plusMonths(1).atDay(1);
    }

    /** The rule behind {@link #retirementAge}, in plain words. */
    public String retirementRule(Career c) {
        if (c.pppk()) {
            return "PPPK: tidak ada BUP PNS, yang berlaku masa perjanjian kerja / PPPK: no PNS retirement age, the "
                    + "contract's end governs";
        }
        if (c.positionType() == PositionType.FUNGSIONAL) {
            for (RulePack.NamedAge n : rules.retirementByPosition()) {
                if (n.matches(c.positionName())) {
                    return "BUP " + n.age() + " tahun untuk jabatan " + n.prefix() + " (undang-undang jabatannya) / "
                            + "retirement age " + n.age() + " for " + n.prefix() + " positions (their own law)";
                }
            }
        }
        int age = levelAge(c.positionType(), c.positionLevel());
        return "BUP " + age + " tahun menurut jenis jabatan (PP 11/2017 ps. 239); pensiun mulai tanggal 1 bulan "
                + "berikutnya / retirement age " + age + " by position type; retirement from the 1st of the next month";
    }

    // ---------------------------------------------------------------- promotion

    /** The next promotion: how it is decided and, for a regular one, its earliest date. */
    public record Promotion(PromotionBasis basis, LocalDate date, Rank to, String rule) {
    }

    /**
     * Regular promotion: the first promotion window (first day of a window month) on or after the rank's TMT plus
     * the years in rank. Functional positions are promoted on credit points: no date. PPPK, CPNS, IV/e and an
     * unknown rank: none.
     */
    public Promotion promotion(Career c) {
        if (c.type() != EmploymentType.PNS || c.rank() == null || c.rank().next() == null || c.rankTmt() == null) {
            String why = c.pppk() ? "PPPK tidak naik pangkat PNS / PPPK have no PNS promotion"
                    : c.type() == EmploymentType.CPNS ? "CPNS belum dapat naik pangkat / a CPNS is not yet promoted"
                    : c.rank() == null || c.rankTmt() == null ? "golongan belum tercatat / no rank recorded"
                    : "golongan tertinggi / the highest rank";
            return new Promotion(PromotionBasis.NOT_APPLICABLE, null, null, why);
        }
        if (c.positionType() == PositionType.FUNGSIONAL) {
            return new Promotion(PromotionBasis.CREDIT_POINTS, null, c.rank().next(),
                    "Jabatan fungsional: naik pangkat bila angka kredit terpenuhi (Perban BKN 3/2023), tanggal tidak "
                            + "dapat dihitung dari data ini / functional position: promoted when the credit points are "
                            + "reached; no date can be derived");
        }
        LocalDate earliest = c.rankTmt().plusYears(rules.promotionYearsInRank());
        return new Promotion(PromotionBasis.REGULAR, nextWindow(earliest), c.rank().next(),
                "KP reguler: " + rules.promotionYearsInRank() + " tahun dalam pangkat, pada periode KP berikutnya / "
                        + "regular: " + rules.promotionYearsInRank() + " years in rank, at the next promotion window");
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

    // ---------------------------------------------------------------- salary steps

    /** A periodic salary step (KGB): its date and the masa kerja golongan (years) it is for. */
    public record SalaryStep(LocalDate date, int mkgYears) {
    }

    /**
     * The next salary step strictly after {@code after}, from the masa kerja golongan recorded on the current rank's
     * decree: MKG grows from the rank's TMT, and the golongan's rule says at which MKG the steps fall (golongan II at
     * 1, 3, 5, …; the others at 2, 4, 6, …). An MKG not recorded counts as 0 at the TMT. Null for PPPK and without a
     * rank.
     */
    public SalaryStep nextSalaryStep(Career c, LocalDate after) {
        if (c.pppk() || c.rank() == null || c.rankTmt() == null) {
            return null;
        }
        RulePack.SalaryStepRule rule = rules.salarySteps().get(c.rank().golongan());
        int mkgAtTmt = c.rankMkgMonths() == null ? 0 : Math.max(0, c.rankMkgMonths());
        // MKG (months) on 'after': what the decree credits plus the months since its TMT
        long monthsSince = after.isBefore(c.rankTmt()) ? -1
                : java.time.temporal.ChronoUnit.MONTHS.between(c.rankTmt(), after);
        long mkgNow = mkgAtTmt + monthsSince;
        int year = rule.stepAtOrAfter((int) Math.max(0, Math.floorDiv(mkgNow, 12)));
        while (true) {
            long offset = (long) year * 12 - mkgAtTmt;
            if (offset >= 0) {
                LocalDate d = c.rankTmt().plusMonths(offset);
                if (d.isAfter(after)) {
                    return new SalaryStep(d, year);
                }
            }
            year = rule.stepAtOrAfter(year + 1);
        }
    }

    /** Every salary step in {@code [from, to]}. */
    public List<SalaryStep> salarySteps(Career c, LocalDate from, LocalDate to) {
        List<SalaryStep> out = new ArrayList<>();
        SalaryStep s = nextSalaryStep(c, from.minusDays(1));
        while (s != null && !s.date().isAfter(to)) {
            out.add(s);
            s = nextSalaryStep(c, s.date());
        }
        return out;
    }

    /** The rule behind {@link #nextSalaryStep}, in plain words. */
    public String salaryStepRule(Career c) {
        if (c.pppk()) {
            return "PPPK: tidak ada KGB menurut golongan PNS / PPPK: no PNS salary steps";
        }
        if (c.rank() == null || c.rankTmt() == null) {
            return "golongan belum tercatat / no rank recorded";
        }
        RulePack.SalaryStepRule r = rules.salarySteps().get(c.rank().golongan());
        return "KGB golongan " + c.rank().golongan() + " pada masa kerja golongan " + r.firstYears() + ", lalu tiap "
                + r.everyYears() + " tahun, dihitung dari MKG pada SK pangkat" + (c.rankMkgMonths() == null
                ? " (MKG tidak tercatat, dianggap 0)" : "") + " / salary step of golongan " + c.rank().golongan()
                + " at MKG " + r.firstYears() + ", then every " + r.everyYears() + " years, from the MKG on the rank "
                + "decree" + (c.rankMkgMonths() == null ? " (MKG not recorded, taken as 0)" : "");
    }
}
