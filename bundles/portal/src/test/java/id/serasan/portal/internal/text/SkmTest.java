package id.serasan.portal.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The index of PermenPANRB 14/2017, against hand-computed worksheets. */
class SkmTest {
    @Test
    void nineElementsInTheRegulationsOrder() {
        assertThat(Skm.ELEMENTS).hasSize(9);
        assertThat(Skm.ELEMENTS.get(0).id()).isEqualTo("Persyaratan");
        assertThat(Skm.ELEMENTS.get(8).id()).isEqualTo("Sarana dan prasarana");
    }

    @Test
    void anAnswerIsNineScoresOfOneToFour() {
        assertThat(Skm.valid(new int[] {1, 2, 3, 4, 4, 3, 2, 1, 4})).isTrue();
        assertThat(Skm.valid(new int[] {1, 2, 3, 4, 4, 3, 2, 1})).isFalse();
        assertThat(Skm.valid(new int[] {1, 2, 3, 4, 4, 3, 2, 1, 5})).isFalse();
        assertThat(Skm.valid(new int[] {0, 2, 3, 4, 4, 3, 2, 1, 4})).isFalse();
        assertThat(Skm.valid(null)).isFalse();
    }

    @Test
    void theIndexIsTheMeanOfTheElementAveragesTimesTwentyFive() {
        // two respondents: sums 6,8,6,8,6,8,8,6,8 → averages 3, 4, 3, 4, 3, 4, 4, 3, 4 → mean 3.5556 → 88.89
        Skm.Result r = Skm.result(2, new long[] {6, 8, 6, 8, 6, 8, 8, 6, 8});
        assertThat(r.respondents()).isEqualTo(2);
        assertThat(r.elementAverages().get(0)).isEqualByComparingTo("3.000");
        assertThat(r.elementAverages().get(1)).isEqualByComparingTo("4.000");
        assertThat(r.index()).isEqualByComparingTo("88.89");
        assertThat(r.grade()).isEqualTo("A");
        assertThat(r.gradeId()).isEqualTo("Sangat baik");
        assertThat(r.gradeEn()).isEqualTo("Very good");
        // three respondents, all 3 except U1 = 2,3,3 → averages 2.667 and 3 → mean 2.963 → 74.07 (C)
        Skm.Result c = Skm.result(3, new long[] {8, 9, 9, 9, 9, 9, 9, 9, 9});
        assertThat(c.elementAverages().get(0)).isEqualByComparingTo("2.667");
        assertThat(c.index()).isEqualByComparingTo("74.07");
        assertThat(c.grade()).isEqualTo("C");
    }

    @Test
    void gradesFollowTheRegulationsIntervals() {
        assertThat(Skm.grade(new BigDecimal("100"))).isEqualTo("A");
        assertThat(Skm.grade(new BigDecimal("88.31"))).isEqualTo("A");
        assertThat(Skm.grade(new BigDecimal("88.30"))).isEqualTo("B");
        assertThat(Skm.grade(new BigDecimal("76.61"))).isEqualTo("B");
        assertThat(Skm.grade(new BigDecimal("76.60"))).isEqualTo("C");
        assertThat(Skm.grade(new BigDecimal("65.00"))).isEqualTo("C");
        assertThat(Skm.grade(new BigDecimal("64.99"))).isEqualTo("D");
        assertThat(Skm.grade(new BigDecimal("25"))).isEqualTo("D");
        assertThat(Skm.gradeId("B")).isEqualTo("Baik");
        assertThat(Skm.gradeId("C")).isEqualTo("Kurang baik");
        assertThat(Skm.gradeId("D")).isEqualTo("Tidak baik");
        assertThat(Skm.gradeEn("B")).isEqualTo("Good");
        assertThat(Skm.gradeEn("C")).isEqualTo("Not good enough");
        assertThat(Skm.gradeEn("D")).isEqualTo("Poor");
    }

    @Test
    void allOnesAndAllFoursAreTheEnds() {
        assertThat(Skm.result(1, new long[] {1, 1, 1, 1, 1, 1, 1, 1, 1}).index()).isEqualByComparingTo("25.00");
        assertThat(Skm.result(1, new long[] {4, 4, 4, 4, 4, 4, 4, 4, 4}).index()).isEqualByComparingTo("100.00");
    }

    @Test
    void noAnswersHaveNoIndexAndWrongShapesAreRefused() {
        Skm.Result none = Skm.result(0, new long[9]);
        assertThat(none.respondents()).isZero();
        assertThat(none.index()).isNull();
        assertThat(none.grade()).isNull();
        assertThatThrownBy(() -> Skm.result(1, new long[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
