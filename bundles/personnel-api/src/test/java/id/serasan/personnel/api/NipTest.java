package id.serasan.personnel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Hand-checked NIPs (Perka BKN 22/2007). */
class NipTest {
    @Test
    void theDomainExampleDecodes() {
        Nip n = Nip.parse("198609262015051001");
        assertThat(n.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(n.cpnsMonth()).isEqualTo(YearMonth.of(2015, 5));
        assertThat(n.gender()).isEqualTo(Gender.MALE);
        assertThat(n.sequence()).isEqualTo(1);
        assertThat(n.formatted()).isEqualTo("19860926 201505 1 001");
        assertThat(Nip.parse("19860926 201505 1 001")).isEqualTo(n);
    }

    @Test
    void aFemaleNipWithASequenceDecodes() {
        Nip n = Nip.parse("197202291998032012");
        assertThat(n.birthDate()).isEqualTo(LocalDate.of(1972, 2, 29));
        assertThat(n.gender()).isEqualTo(Gender.FEMALE);
        assertThat(n.sequence()).isEqualTo(12);
    }

    @Test
    void malformedNipsAreRefusedWithAReason() {
        assertThatThrownBy(() -> Nip.parse("19860926201505100")).hasMessageContaining("18");
        assertThatThrownBy(() -> Nip.parse("19860926201505100X")).hasMessageContaining("18");
        assertThatThrownBy(() -> Nip.parse("198602302015051001")).hasMessageContaining("birth date");
        assertThatThrownBy(() -> Nip.parse("198609262015131001")).hasMessageContaining("TMT CPNS");
        assertThatThrownBy(() -> Nip.parse("198609262015053001")).hasMessageContaining("1 or 2");
        assertThatThrownBy(() -> Nip.parse("198609262015051000")).hasMessageContaining("001");
        assertThatThrownBy(() -> Nip.parse("198609261980051001")).hasMessageContaining("after the birth date");
    }

    @Test
    void theNipMustMatchTheRecord() {
        assertThat(Nip.check("198609262015051001", LocalDate.of(1986, 9, 26), LocalDate.of(2015, 5, 1), Gender.MALE))
                .isEmpty();
        assertThat(Nip.check("198609262015051001", LocalDate.of(1986, 9, 27), LocalDate.of(2015, 6, 1), Gender.FEMALE))
                .extracting(e -> e.field()).containsExactly("birthDate", "cpnsDate", "gender");
        assertThat(Nip.check("123", null, null, null)).extracting(e -> e.field()).containsExactly("nip");
    }

    @Test
    void ranksRunInSeventeenStepsWithTheirPangkat() {
        assertThat(Rank.values()).hasSize(17);
        assertThat(Rank.parse("III/a")).isEqualTo(Rank.III_A);
        assertThat(Rank.parse("iv / e")).isEqualTo(Rank.IV_E);
        assertThat(Rank.III_A.pangkat()).isEqualTo("Penata Muda");
        assertThat(Rank.IV_C.pangkat()).isEqualTo("Pembina Utama Muda");
        assertThat(Rank.II_D.next()).isEqualTo(Rank.III_A);
        assertThat(Rank.IV_E.next()).isNull();
        assertThat(Rank.parse("V/a")).isNull();
        assertThat(EmploymentType.PPPK.hasPnsNip()).isFalse();
    }
}
