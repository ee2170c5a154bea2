package id.serasan.personnel.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.PromotionBasis;
import id.serasan.personnel.api.Rank;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-checked cases for the derived dates under the default rule pack (docs/domain.md has the sources). */
class DerivationsTest {
    private final Derivations d = new Derivations(RulePack.DEFAULT);

    static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    /** A PNS born 1970-01-15 with TMT CPNS 1995-03-01 in {@code rank} since {@code rankTmt}. */
    static Career pns(Rank rank, String rankTmt, Integer mkgMonths, PositionType type, FunctionalLevel level,
                      String positionName) {
        return new Career(EmploymentType.PNS, day("1970-01-15"), day("1995-03-01"), rank,
                rankTmt == null ? null : day(rankTmt), mkgMonths, type, level, positionName);
    }

    static Career position(PositionType type, FunctionalLevel level, String name) {
        return pns(Rank.III_C, "2020-04-01", 0, type, level, name);
    }

    static Career born(String birth, PositionType type, FunctionalLevel level) {
        return new Career(EmploymentType.PNS, day(birth), day("1995-03-01"), Rank.III_C, day("2020-04-01"), 0, type,
                level, "Jabatan");
    }

    static Career pppk() {
        return new Career(EmploymentType.PPPK, day("1966-03-15"), day("2022-03-01"), null, day("2022-03-01"), 0,
                PositionType.FUNGSIONAL, FunctionalLevel.AHLI_PERTAMA, "Guru Ahli Pertama");
    }

    @Test
    void serviceLengthCountsWholeYearsAndMonthsFromTmtCpns() {
        assertThat(Derivations.serviceLength(day("2015-05-01"), day("2026-11-28"))).isEqualTo(Period.of(11, 6, 27));
        assertThat(Derivations.serviceLength(day("2015-05-01"), day("2015-04-30"))).isEqualTo(Period.ZERO);
        assertThat(Derivations.serviceLength(null, day("2015-04-30"))).isEqualTo(Period.ZERO);
    }

    @Test
    void retirementAgeFollowsThePositionType() {
        assertThat(d.retirementAge(position(PositionType.PELAKSANA, null, "Pengadministrasi Umum"))).isEqualTo(58);
        assertThat(d.retirementAge(position(PositionType.ADMINISTRATOR, null, "Kepala Bidang"))).isEqualTo(58);
        assertThat(d.retirementAge(position(PositionType.PENGAWAS, null, "Kepala Seksi"))).isEqualTo(58);
        assertThat(d.retirementAge(position(PositionType.JPT_PRATAMA, null, "Kepala Dinas"))).isEqualTo(60);
        assertThat(d.retirementAge(position(PositionType.JPT_MADYA, null, "Sekda"))).isEqualTo(60);
        assertThat(d.retirementAge(position(PositionType.JPT_UTAMA, null, "X"))).isEqualTo(60);
        assertThat(d.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_PERTAMA, "Analis")))
                .isEqualTo(58);
        assertThat(d.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA, "Analis")))
                .isEqualTo(58);
        assertThat(d.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MADYA, "Analis")))
                .isEqualTo(60);
        assertThat(d.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_UTAMA, "Analis")))
                .isEqualTo(65);
        assertThat(d.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.PENYELIA, "Perawat Penyelia")))
                .isEqualTo(58);
        assertThat(d.retirementAge(position(null, null, null))).isEqualTo(58);
    }

    @Test
    void teachersRetireAtSixtyWhateverTheirLevel() {
        assertThat(d.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_PERTAMA, "Guru Ahli Pertama")))
                .isEqualTo(60);
        assertThat(d.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA, "guru kelas")))
                .isEqualTo(60);
        assertThat(d.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_UTAMA, "Guru Ahli Utama")))
                .as("the teachers' law governs, not the level").isEqualTo(60);
        assertThat(d.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA, "Gurubesar")))
                .as("whole words only").isEqualTo(58);
        assertThat(d.retirementAge(position(PositionType.PELAKSANA, null, "Guru Honorer")))
                .as("only functional positions").isEqualTo(58);
        assertThat(d.retirementDate(new Career(EmploymentType.PNS, day("1968-07-10"), day("1995-03-01"), Rank.IV_A,
                day("2012-04-01"), 0, PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA, "Guru Ahli Muda")))
                .isEqualTo(day("2028-08-01"));
        assertThat(d.retirementRule(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA, "Guru Ahli Muda")))
                .contains("60").contains("Guru");
    }

    @Test
    void retirementTakesEffectOnTheFirstOfTheNextMonth() {
        assertThat(d.retirementDate(born("1966-03-15", PositionType.PELAKSANA, null))).isEqualTo(day("2024-04-01"));
        assertThat(d.retirementDate(born("1968-12-31", PositionType.JPT_PRATAMA, null))).isEqualTo(day("2029-01-01"));
        assertThat(d.retirementDate(born("1961-04-01", PositionType.FUNGSIONAL, FunctionalLevel.AHLI_UTAMA)))
                .isEqualTo(day("2026-05-01"));
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayIsReachedOnTheTwentyEighthInACommonYear() {
        // 2026 is a common year: age 58 is reached on 2026-02-28, so the TMT is 1 March, not 1 April
        assertThat(d.retirementDate(born("1968-02-29", PositionType.PELAKSANA, null))).isEqualTo(day("2026-03-01"));
        // 2028 is a leap year: the birthday itself, 2028-02-29
        assertThat(d.retirementDate(born("1968-02-29", PositionType.JPT_PRATAMA, null))).isEqualTo(day("2028-03-01"));
    }

    @Test
    void pppkGetNoPnsRetirementSalaryStepOrPromotion() {
        Career c = pppk();
        assertThat(d.retirementAge(c)).isNull();
        assertThat(d.retirementDate(c)).isNull();
        assertThat(d.nextSalaryStep(c, day("2026-01-01"))).isNull();
        assertThat(d.salarySteps(c, day("2020-01-01"), day("2030-01-01"))).isEmpty();
        Derivations.Promotion p = d.promotion(c);
        assertThat(p.basis()).isEqualTo(PromotionBasis.NOT_APPLICABLE);
        assertThat(p.date()).isNull();
        assertThat(d.retirementRule(c)).startsWith("PPPK");
        assertThat(d.salaryStepRule(c)).startsWith("PPPK");
        assertThat(p.rule()).startsWith("PPPK");
    }

    @Test
    void nextPromotionIsTheFirstWindowFourYearsAfterTheRankTmt() {
        assertThat(d.promotion(pns(Rank.III_A, "2019-04-01", 0, PositionType.PELAKSANA, null, "x")).date())
                .isEqualTo(day("2023-04-01"));
        Derivations.Promotion p = d.promotion(pns(Rank.III_B, "2022-05-01", 0, PositionType.PELAKSANA, null, "x"));
        assertThat(p.date()).isEqualTo(day("2026-06-01"));
        assertThat(p.to()).isEqualTo(Rank.III_C);
        assertThat(p.basis()).isEqualTo(PromotionBasis.REGULAR);
        assertThat(d.promotion(pns(Rank.III_C, "2021-12-15", 0, PositionType.PENGAWAS, null, "x")).date())
                .isEqualTo(day("2026-02-01"));
        assertThat(d.promotion(pns(Rank.III_C, "2021-12-15", 0, null, null, null)).date())
                .as("without a position: the regular rule").isEqualTo(day("2026-02-01"));
        assertThat(d.promotion(pns(Rank.IV_E, "2021-12-01", 0, PositionType.JPT_MADYA, null, "x")).basis())
                .isEqualTo(PromotionBasis.NOT_APPLICABLE);
        assertThat(d.promotion(pns(null, null, null, PositionType.PELAKSANA, null, "x")).basis())
                .isEqualTo(PromotionBasis.NOT_APPLICABLE);
        Career cpns = new Career(EmploymentType.CPNS, day("1995-01-01"), day("2024-03-01"), Rank.III_A,
                day("2024-03-01"), 0, PositionType.PELAKSANA, null, "x");
        assertThat(d.promotion(cpns).basis()).isEqualTo(PromotionBasis.NOT_APPLICABLE);
        assertThat(d.promotion(cpns).date()).isNull();
    }

    @Test
    void functionalPositionsArePromotedOnCreditPointsWithoutADate() {
        Derivations.Promotion p = d.promotion(pns(Rank.III_B, "2018-04-01", 0, PositionType.FUNGSIONAL,
                FunctionalLevel.AHLI_PERTAMA, "Analis Kepegawaian Ahli Pertama"));
        assertThat(p.basis()).isEqualTo(PromotionBasis.CREDIT_POINTS);
        assertThat(p.date()).isNull();
        assertThat(p.to()).isEqualTo(Rank.III_C);
        assertThat(p.rule()).contains("angka kredit").contains("credit points");
    }

    @Test
    void golonganTwoStepsAtMkgOneThreeFive() {
        // a II/a entrant with TMT 2015-03-01 and MKG 0: steps in 2016, 2018, 2020 (not 2017, 2019, 2021)
        Career c = pns(Rank.II_A, "2015-03-01", 0, PositionType.PELAKSANA, null, "x");
        assertThat(d.salarySteps(c, day("2015-01-01"), day("2021-12-31"))).extracting(Derivations.SalaryStep::date)
                .containsExactly(day("2016-03-01"), day("2018-03-01"), day("2020-03-01"));
        assertThat(d.salarySteps(c, day("2015-01-01"), day("2021-12-31"))).extracting(Derivations.SalaryStep::mkgYears)
                .containsExactly(1, 3, 5);
        assertThat(d.nextSalaryStep(c, day("2015-03-01")).date()).isEqualTo(day("2016-03-01"));
        assertThat(d.nextSalaryStep(c, day("2016-03-01")).date()).as("strictly after").isEqualTo(day("2018-03-01"));
        assertThat(d.nextSalaryStep(c, day("2016-02-29")).date()).isEqualTo(day("2016-03-01"));
    }

    @Test
    void golonganThreeStepsAtEvenMkgFromTheRankDecree() {
        // III/a since 2019-04-01 with MKG 3 years 4 months on the decree (prior service): MKG 4 on 2019-12-01,
        // then 6 on 2021-12-01 and 8 on 2023-12-01
        Career c = pns(Rank.III_A, "2019-04-01", 3 * 12 + 4, PositionType.PELAKSANA, null, "x");
        assertThat(d.salarySteps(c, day("2019-01-01"), day("2023-12-31"))).containsExactly(
                new Derivations.SalaryStep(day("2019-12-01"), 4), new Derivations.SalaryStep(day("2021-12-01"), 6),
                new Derivations.SalaryStep(day("2023-12-01"), 8));
        assertThat(d.nextSalaryStep(c, day("2026-12-02"))).isEqualTo(
                new Derivations.SalaryStep(day("2027-12-01"), 12));
        // golongan I and IV follow the even rule too
        Career one = pns(Rank.I_C, "2010-01-01", 0, PositionType.PELAKSANA, null, "x");
        assertThat(d.nextSalaryStep(one, day("2010-01-01")).date()).isEqualTo(day("2012-01-01"));
        Career four = pns(Rank.IV_B, "2010-07-01", 12, PositionType.ADMINISTRATOR, null, "x");
        assertThat(d.nextSalaryStep(four, day("2010-07-01")).date()).isEqualTo(day("2011-07-01"));
    }

    @Test
    void anMkgNotRecordedCountsAsZeroAndSaysSo() {
        Career c = pns(Rank.III_A, "2020-01-01", null, PositionType.PELAKSANA, null, "x");
        assertThat(d.nextSalaryStep(c, day("2020-01-01")).date()).isEqualTo(day("2022-01-01"));
        assertThat(d.salaryStepRule(c)).contains("dianggap 0").contains("taken as 0");
        assertThat(d.salaryStepRule(pns(Rank.III_A, "2020-01-01", 0, PositionType.PELAKSANA, null, "x")))
                .doesNotContain("taken as 0");
        assertThat(d.nextSalaryStep(pns(null, null, null, PositionType.PELAKSANA, null, "x"), day("2020-01-01")))
                .isNull();
    }

    @Test
    void aRegencyRulePackChangesTheWindowsAgesAndSteps() {
        RulePack own = new RulePack("Perbup uji", 59, 61, 62, 66, List.of(new RulePack.NamedAge("Guru", 61),
                new RulePack.NamedAge("Pengawas Sekolah", 62)), 5, new int[] {4, 10},
                Map.of("I", new RulePack.SalaryStepRule(3, 3), "II", new RulePack.SalaryStepRule(2, 3),
                        "III", new RulePack.SalaryStepRule(3, 3), "IV", new RulePack.SalaryStepRule(4, 4)));
        Derivations o = new Derivations(own);
        assertThat(o.promotion(pns(Rank.III_A, "2020-11-01", 0, PositionType.PELAKSANA, null, "x")).date())
                .isEqualTo(day("2026-04-01"));
        assertThat(o.retirementDate(born("1966-03-15", PositionType.PELAKSANA, null))).isEqualTo(day("2025-04-01"));
        assertThat(o.retirementAge(position(PositionType.JPT_PRATAMA, null, "x"))).isEqualTo(61);
        assertThat(o.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MADYA, "Analis")))
                .isEqualTo(62);
        assertThat(o.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_UTAMA, "Analis")))
                .isEqualTo(66);
        assertThat(o.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA, "Guru Ahli Muda")))
                .isEqualTo(61);
        assertThat(o.retirementAge(position(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA,
                "Pengawas Sekolah Ahli Muda"))).isEqualTo(62);
        assertThat(o.salarySteps(pns(Rank.II_B, "2015-03-01", 0, PositionType.PELAKSANA, null, "x"),
                day("2015-01-01"), day("2022-12-31"))).extracting(Derivations.SalaryStep::date)
                .containsExactly(day("2017-03-01"), day("2020-03-01"));
        assertThat(o.salarySteps(pns(Rank.IV_A, "2015-03-01", 0, PositionType.PELAKSANA, null, "x"),
                day("2015-01-01"), day("2023-12-31"))).extracting(Derivations.SalaryStep::date)
                .containsExactly(day("2019-03-01"), day("2023-03-01"));
    }

    @Test
    void rulePackTextsParseAndRefuseNonsense() {
        assertThat(RulePack.NamedAge.parse(" Guru = 60")).isEqualTo(new RulePack.NamedAge("Guru", 60));
        assertThat(RulePack.SalaryStepRule.parse("ii=1, 2").getKey()).isEqualTo("II");
        assertThat(RulePack.SalaryStepRule.parse("ii=1, 2").getValue()).isEqualTo(new RulePack.SalaryStepRule(1, 2));
        assertThatThrownBy(() -> RulePack.NamedAge.parse("Guru")).hasMessageContaining("Guru=60");
        assertThatThrownBy(() -> RulePack.NamedAge.parse("Guru=tua")).hasMessageContaining("number");
        assertThatThrownBy(() -> RulePack.NamedAge.parse("Guru=30")).hasMessageContaining("40 and 80");
        assertThatThrownBy(() -> RulePack.SalaryStepRule.parse("II=1")).hasMessageContaining("II=1,2");
        assertThatThrownBy(() -> RulePack.SalaryStepRule.parse("II=0,2")).hasMessageContaining("1-10");
        assertThatThrownBy(() -> new RulePack("x", 58, 60, 60, 65, List.of(), 4, new int[] {13},
                RulePack.DEFAULT.salarySteps())).hasMessageContaining("1-12");
        assertThatThrownBy(() -> new RulePack("x", 58, 60, 60, 65, List.of(), 4, new int[] {2},
                Map.of("I", new RulePack.SalaryStepRule(2, 2)))).hasMessageContaining("golongan II");
        assertThatThrownBy(() -> new RulePack("x", 58, 60, 60, 65, List.of(), 0, new int[] {2},
                RulePack.DEFAULT.salarySteps())).hasMessageContaining("promotionYearsInRank");
        assertThatThrownBy(() -> new RulePack("x", 58, 60, 60, 81, List.of(), 4, new int[] {2},
                RulePack.DEFAULT.salarySteps())).hasMessageContaining("40 and 80");
        assertThat(new RulePack("x", 58, 60, 60, 65, List.of(), 4, new int[] {10, 4, 4},
                RulePack.DEFAULT.salarySteps()).promotionWindowMonths()).containsExactly(4, 10);
    }
}
