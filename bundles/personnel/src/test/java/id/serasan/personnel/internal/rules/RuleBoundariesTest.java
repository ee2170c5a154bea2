package id.serasan.personnel.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.PromotionBasis;
import id.serasan.personnel.api.Rank;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of the rule pack's limits and of the date rules, one value on each side. */
class RuleBoundariesTest {
    static RulePack pack(int age, int years, int[] months) {
        return new RulePack("x", age, 60, 60, 65, List.of(), years, months, RulePack.DEFAULT.salarySteps());
    }

    @Test
    void retirementAgesRunFromFortyToEighty() {
        assertThatCode(() -> pack(40, 4, new int[] {2})).doesNotThrowAnyException();
        assertThatCode(() -> pack(80, 4, new int[] {2})).doesNotThrowAnyException();
        assertThatThrownBy(() -> pack(39, 4, new int[] {2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pack(81, 4, new int[] {2})).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new RulePack.NamedAge("Guru", 40)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new RulePack.NamedAge("Guru", 81)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RulePack.NamedAge(" ", 60)).hasMessageContaining("not empty");
        assertThatThrownBy(() -> RulePack.NamedAge.parse("=60")).hasMessageContaining("Guru=60");
        assertThatThrownBy(() -> RulePack.NamedAge.parse(null)).hasMessageContaining("Guru=60");
    }

    @Test
    void windowMonthsRunFromOneToTwelveAndYearsInRankFromOne() {
        assertThat(pack(58, 1, new int[] {1, 12}).promotionWindowMonths()).containsExactly(1, 12);
        assertThatThrownBy(() -> pack(58, 4, new int[] {0})).hasMessageContaining("1-12");
        assertThatThrownBy(() -> pack(58, 4, new int[] {13})).hasMessageContaining("1-12");
        assertThat(pack(58, 4, null).promotionWindowMonths()).as("none given: every month").hasSize(12);
        assertThat(pack(58, 4, new int[0]).promotionWindowMonths()).hasSize(12);
    }

    @Test
    void salaryStepRulesRunFromOneToTenYears() {
        assertThatCode(() -> new RulePack.SalaryStepRule(1, 1)).doesNotThrowAnyException();
        assertThatCode(() -> new RulePack.SalaryStepRule(10, 10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new RulePack.SalaryStepRule(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RulePack.SalaryStepRule(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RulePack.SalaryStepRule(11, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RulePack.SalaryStepRule(2, 11)).isInstanceOf(IllegalArgumentException.class);
        RulePack.SalaryStepRule two = new RulePack.SalaryStepRule(1, 2);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(two::stepAtOrAfter).toList())
                .containsExactly(1, 1, 3, 3, 5, 5, 7);
        RulePack.SalaryStepRule three = new RulePack.SalaryStepRule(2, 3);
        assertThat(List.of(2, 3, 5, 6, 8).stream().map(three::stepAtOrAfter).toList()).containsExactly(2, 5, 5, 8, 8);
        assertThatThrownBy(() -> RulePack.SalaryStepRule.parse(null)).hasMessageContaining("II=1,2");
        assertThatThrownBy(() -> RulePack.SalaryStepRule.parse("II=a,b")).hasMessageContaining("numbers");
        assertThatThrownBy(() -> new RulePack("x", 58, 60, 60, 65, List.of(), 4, new int[] {2},
                java.util.Map.of("I", two, "II", two, "III", two, "IV", two, "V", two))).hasMessageContaining("I, II");
    }

    @Test
    void packsAreEqualWhenTheirRulesAre() {
        RulePack a = pack(58, 4, new int[] {2, 4});
        RulePack b = pack(58, 4, new int[] {4, 2});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(pack(59, 4, new int[] {2, 4})).isNotEqualTo("x");
        assertThat(a.toString()).contains("BUP 58/60/60/65").contains("KP 4y [2, 4]").contains("II=");
        assertThat(new Derivations(a).rules()).isSameAs(a);
        assertThat(new RulePack.NamedAge("Guru", 60).matches(null)).isFalse();
        assertThat(new RulePack.NamedAge("Guru", 60).matches("Guru")).isTrue();
        assertThat(new RulePack.NamedAge("Guru", 60).matches(" guru-kelas")).isTrue();
    }

    @Test
    void aWindowStartsOnItsFirstDayAndNotOneDayLater() {
        Derivations d = new Derivations(pack(58, 4, new int[] {4, 10}));
        assertThat(d.nextWindow(LocalDate.parse("2026-04-01"))).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(d.nextWindow(LocalDate.parse("2026-04-02"))).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(d.nextWindow(LocalDate.parse("2026-03-31"))).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(d.nextWindow(LocalDate.parse("2026-10-02"))).isEqualTo(LocalDate.parse("2027-04-01"));
    }

    @Test
    void promotionNeedsAPnsWithARankAndItsTmt() {
        Derivations d = new Derivations(RulePack.DEFAULT);
        LocalDate tmt = LocalDate.parse("2020-04-01");
        Career ok = new Career(EmploymentType.PNS, LocalDate.parse("1990-01-01"), tmt, Rank.III_A, tmt, 0,
                PositionType.PELAKSANA, null, "x");
        assertThat(d.promotion(ok).basis()).isEqualTo(PromotionBasis.REGULAR);
        assertThat(d.promotion(ok).rule()).contains("4 tahun");
        Career noTmt = new Career(EmploymentType.PNS, LocalDate.parse("1990-01-01"), tmt, Rank.III_A, null, 0,
                PositionType.PELAKSANA, null, "x");
        assertThat(d.promotion(noTmt).basis()).isEqualTo(PromotionBasis.NOT_APPLICABLE);
        assertThat(d.promotion(noTmt).rule()).contains("no rank recorded");
        Career top = new Career(EmploymentType.PNS, LocalDate.parse("1960-01-01"), tmt, Rank.IV_E, tmt, 0,
                PositionType.JPT_MADYA, null, "x");
        assertThat(d.promotion(top).rule()).contains("highest rank");
        Career cpns = new Career(EmploymentType.CPNS, LocalDate.parse("1990-01-01"), tmt, Rank.III_A, tmt, 0,
                PositionType.PELAKSANA, null, "x");
        assertThat(d.promotion(cpns).rule()).contains("CPNS");
        assertThat(d.salaryStepRule(noTmt)).contains("no rank recorded");
        assertThat(d.retirementRule(ok)).contains("58");
        assertThat(d.retirementDate(new Career(EmploymentType.PNS, null, tmt, Rank.III_A, tmt, 0, null, null, null)))
                .isNull();
    }

    @Test
    void aSalaryStepFallsOnTheMonthTheMkgIsReached() {
        Derivations d = new Derivations(RulePack.DEFAULT);
        // III/b since 2021-04-01 with MKG 1 year 11 months: MKG 2 on 2021-05-01
        Career c = new Career(EmploymentType.PNS, LocalDate.parse("1990-01-01"), LocalDate.parse("2019-05-01"),
                Rank.III_B, LocalDate.parse("2021-04-01"), 23, PositionType.PELAKSANA, null, "x");
        assertThat(d.nextSalaryStep(c, LocalDate.parse("2021-04-30")).date()).isEqualTo(LocalDate.parse("2021-05-01"));
        assertThat(d.nextSalaryStep(c, LocalDate.parse("2021-05-01")).date()).isEqualTo(LocalDate.parse("2023-05-01"));
        assertThat(d.nextSalaryStep(c, LocalDate.parse("2020-01-01")).date()).as("before the TMT")
                .isEqualTo(LocalDate.parse("2021-05-01"));
        // a decree crediting more than the first step: the next even MKG after it
        Career credited = new Career(EmploymentType.PNS, LocalDate.parse("1980-01-01"), LocalDate.parse("2005-01-01"),
                Rank.III_A, LocalDate.parse("2021-01-01"), 5 * 12, PositionType.PELAKSANA, null, "x");
        assertThat(d.nextSalaryStep(credited, LocalDate.parse("2021-01-01")))
                .isEqualTo(new Derivations.SalaryStep(LocalDate.parse("2022-01-01"), 6));
        Career negative = new Career(EmploymentType.PNS, LocalDate.parse("1980-01-01"), LocalDate.parse("2005-01-01"),
                Rank.III_A, LocalDate.parse("2021-01-01"), -5, PositionType.PELAKSANA, null, "x");
        assertThat(d.nextSalaryStep(negative, LocalDate.parse("2021-01-01")).date())
                .as("a negative MKG counts as 0").isEqualTo(LocalDate.parse("2023-01-01"));
    }
}
