package id.serasan.personnel.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.Rank;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Hand-checked cases for the derived dates under the default rule pack. */
class DerivationsTest {
    private final Derivations d = new Derivations(RulePack.DEFAULT);

    static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void serviceLengthCountsWholeYearsAndMonthsFromTmtCpns() {
        assertThat(Derivations.serviceLength(day("2015-05-01"), day("2026-11-28"))).isEqualTo(Period.of(11, 6, 27));
        assertThat(Derivations.serviceLength(day("2015-05-01"), day("2015-04-30"))).isEqualTo(Period.ZERO);
    }

    @Test
    void retirementAgeFollowsThePositionType() {
        assertThat(d.retirementAge(PositionType.PELAKSANA, null)).isEqualTo(58);
        assertThat(d.retirementAge(PositionType.ADMINISTRATOR, null)).isEqualTo(58);
        assertThat(d.retirementAge(PositionType.PENGAWAS, null)).isEqualTo(58);
        assertThat(d.retirementAge(PositionType.JPT_PRATAMA, null)).isEqualTo(60);
        assertThat(d.retirementAge(PositionType.JPT_MADYA, null)).isEqualTo(60);
        assertThat(d.retirementAge(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_PERTAMA)).isEqualTo(58);
        assertThat(d.retirementAge(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA)).isEqualTo(58);
        assertThat(d.retirementAge(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MADYA)).isEqualTo(60);
        assertThat(d.retirementAge(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_UTAMA)).isEqualTo(65);
        assertThat(d.retirementAge(PositionType.FUNGSIONAL, FunctionalLevel.PENYELIA)).isEqualTo(58);
        assertThat(d.retirementAge(null, null)).isEqualTo(58);
    }

    @Test
    void retirementTakesEffectOnTheFirstOfTheNextMonth() {
        assertThat(d.retirementDate(day("1966-03-15"), PositionType.PELAKSANA, null)).isEqualTo(day("2024-04-01"));
        assertThat(d.retirementDate(day("1968-12-31"), PositionType.JPT_PRATAMA, null)).isEqualTo(day("2029-01-01"));
        assertThat(d.retirementDate(day("1961-04-01"), PositionType.FUNGSIONAL, FunctionalLevel.AHLI_UTAMA))
                .isEqualTo(day("2026-05-01"));
    }

    @Test
    void nextPromotionIsTheFirstWindowFourYearsAfterTheRankTmt() {
        assertThat(d.nextPromotion(EmploymentType.PNS, Rank.III_A, day("2019-04-01"))).isEqualTo(day("2023-04-01"));
        assertThat(d.nextPromotion(EmploymentType.PNS, Rank.III_B, day("2022-05-01"))).isEqualTo(day("2026-06-01"));
        assertThat(d.nextPromotion(EmploymentType.PNS, Rank.III_C, day("2021-12-15"))).isEqualTo(day("2026-02-01"));
        assertThat(d.nextPromotion(EmploymentType.PNS, Rank.IV_E, day("2021-12-01"))).isNull();
        assertThat(d.nextPromotion(EmploymentType.CPNS, Rank.III_A, day("2021-12-01"))).isNull();
        assertThat(d.nextPromotion(EmploymentType.PPPK, null, day("2021-12-01"))).isNull();
    }

    @Test
    void aRegencyRulePackChangesTheWindowsAndAges() {
        Derivations own = new Derivations(new RulePack("Perbup uji", 58, 60, 60, 65, 4, new int[] {4, 10}, 2));
        assertThat(own.nextPromotion(EmploymentType.PNS, Rank.III_A, day("2020-11-01"))).isEqualTo(day("2025-04-01"));
        Derivations older = new Derivations(new RulePack("uji", 60, 62, 62, 67, 5, new int[] {4, 10}, 3));
        assertThat(older.retirementDate(day("1966-03-15"), PositionType.PELAKSANA, null)).isEqualTo(day("2026-04-01"));
        assertThat(older.nextSalaryStep(day("2015-05-01"), day("2026-11-28"))).isEqualTo(day("2027-05-01"));
        assertThat(older.nextPromotion(EmploymentType.PNS, Rank.III_A, day("2020-04-01"))).isEqualTo(day("2025-04-01"));
    }

    @Test
    void salaryStepsComeEveryTwoYearsFromTmtCpns() {
        assertThat(d.nextSalaryStep(day("2015-05-01"), day("2026-11-28"))).isEqualTo(day("2027-05-01"));
        assertThat(d.nextSalaryStep(day("2015-05-01"), day("2025-05-01"))).isEqualTo(day("2027-05-01"));
        assertThat(d.nextSalaryStep(day("2015-05-01"), day("2025-04-30"))).isEqualTo(day("2025-05-01"));
        assertThat(d.nextSalaryStep(day("2015-05-01"), day("2015-01-01"))).isEqualTo(day("2017-05-01"));
        assertThat(d.salarySteps(day("2015-05-01"), day("2020-01-01"), day("2024-12-31")))
                .containsExactly(day("2021-05-01"), day("2023-05-01"));
        assertThat(d.salarySteps(day("2015-05-01"), day("2021-05-01"), day("2021-05-01"))).containsExactly(day("2021-05-01"));
    }
}
