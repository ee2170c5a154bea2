package id.serasan.personnel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixed code lists of the civil service, each checked entry by entry against docs/domain.md. */
class CodesTest {
    @Test
    void everyRankHasItsCodeGolonganAndPangkatInAscendingOrder() {
        List<String> table = List.of(
                "I/a Juru Muda", "I/b Juru Muda Tingkat I", "I/c Juru", "I/d Juru Tingkat I",
                "II/a Pengatur Muda", "II/b Pengatur Muda Tingkat I", "II/c Pengatur", "II/d Pengatur Tingkat I",
                "III/a Penata Muda", "III/b Penata Muda Tingkat I", "III/c Penata", "III/d Penata Tingkat I",
                "IV/a Pembina", "IV/b Pembina Tingkat I", "IV/c Pembina Utama Muda", "IV/d Pembina Utama Madya",
                "IV/e Pembina Utama");
        assertThat(Arrays.stream(Rank.values()).map(r -> r.code() + " " + r.pangkat()).toList()).isEqualTo(table);
        assertThat(Arrays.stream(Rank.values()).map(Rank::golongan).toList()).containsExactly(
                "I", "I", "I", "I", "II", "II", "II", "II", "III", "III", "III", "III", "IV", "IV", "IV", "IV", "IV");
        for (int i = 0; i + 1 < Rank.values().length; i++) {
            assertThat(Rank.values()[i].next()).isEqualTo(Rank.values()[i + 1]);
        }
    }

    @Test
    void ranksParseFromTheirCodeOrNameInAnyCase() {
        for (Rank r : Rank.values()) {
            assertThat(Rank.parse(r.code())).isEqualTo(r);
            assertThat(Rank.parse(r.name().toLowerCase())).isEqualTo(r);
            assertThat(Rank.parse(" " + r.code().toUpperCase().replace("/", " / ") + " ")).isEqualTo(r);
        }
        assertThat(Rank.parse(null)).isNull();
        assertThat(Rank.parse("")).isNull();
        assertThat(Rank.parse("IX")).isNull();
    }

    @Test
    void onlyTheThreeJptLevelsAreJpt() {
        assertThat(EnumSet.allOf(PositionType.class).stream().filter(PositionType::isJpt).toList())
                .containsExactly(PositionType.JPT_UTAMA, PositionType.JPT_MADYA, PositionType.JPT_PRATAMA);
    }

    @Test
    void retiredDismissedAndDeceasedHaveLeftTheService() {
        assertThat(EnumSet.allOf(EmployeeStatus.class).stream().filter(EmployeeStatus::leftService).toList())
                .containsExactly(EmployeeStatus.RETIRED, EmployeeStatus.DISMISSED, EmployeeStatus.DECEASED);
    }

    @Test
    void expertiseAndSkillLevelsAreTold() {
        assertThat(EnumSet.allOf(FunctionalLevel.class).stream().filter(FunctionalLevel::expertise).toList())
                .containsExactly(FunctionalLevel.AHLI_PERTAMA, FunctionalLevel.AHLI_MUDA, FunctionalLevel.AHLI_MADYA,
                        FunctionalLevel.AHLI_UTAMA);
    }

    @Test
    void theNipGenderDigitIsOneForMenAndTwoForWomen() {
        assertThat(Gender.MALE.nipDigit()).isEqualTo('1');
        assertThat(Gender.FEMALE.nipDigit()).isEqualTo('2');
        assertThat(Gender.ofNipDigit('1')).isEqualTo(Gender.MALE);
        assertThat(Gender.ofNipDigit('2')).isEqualTo(Gender.FEMALE);
        assertThat(Gender.ofNipDigit('3')).isNull();
        assertThat(EmploymentType.PNS.hasPnsNip()).isTrue();
        assertThat(EmploymentType.CPNS.hasPnsNip()).isTrue();
        assertThat(EmploymentType.PPPK.hasPnsNip()).isFalse();
    }
}
