package id.serasan.personnel.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DUK ordering on a hand-made unit whose order was worked out on paper, criterion by criterion. */
class DukTest {
    static Duk.Entry e(String nip, int rank, String rankTmt, PositionType type, FunctionalLevel level, String cpns,
                       int trainings, String education, String birth) {
        return new Duk.Entry(nip, rank, LocalDate.parse(rankTmt), type, level, LocalDate.parse(cpns), trainings,
                Duk.educationOrder(education), LocalDate.parse(birth));
    }

    @Test
    void ordersByRankThenTimeInRankThenPositionServiceTrainingEducationAge() {
        List<Duk.Entry> unit = new ArrayList<>(List.of(
                // 13 = IV/a, 12 = III/d
                e("A-later-in-rank", 13, "2020-04-01", PositionType.ADMINISTRATOR, null, "2000-03-01", 1, "S2", "1975-01-01"),
                e("B", 13, "2018-04-01", PositionType.ADMINISTRATOR, null, "2000-03-01", 1, "S2", "1975-01-01"),
                e("C-lower-rank", 12, "2010-04-01", PositionType.JPT_PRATAMA, null, "1990-03-01", 3, "S3", "1966-01-01"),
                e("D-higher-position", 13, "2018-04-01", PositionType.JPT_PRATAMA, null, "2000-03-01", 1, "S2", "1975-01-01"),
                e("E-longer-service", 13, "2018-04-01", PositionType.ADMINISTRATOR, null, "1999-03-01", 1, "S2", "1975-01-01"),
                e("F-more-training", 13, "2018-04-01", PositionType.ADMINISTRATOR, null, "2000-03-01", 2, "S1", "1980-01-01"),
                e("G-higher-education", 13, "2018-04-01", PositionType.ADMINISTRATOR, null, "2000-03-01", 1, "S3", "1980-01-01"),
                e("H-older", 13, "2018-04-01", PositionType.ADMINISTRATOR, null, "2000-03-01", 1, "S2", "1970-01-01"),
                e("I-functional-madya", 13, "2018-04-01", PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MADYA, "2000-03-01",
                        0, "S1", "1980-01-01")));
        unit.sort(Duk.ORDER);
        assertThat(unit).extracting(Duk.Entry::nip).containsExactly(
                "D-higher-position", // IV/a since 2018, JPT
                "I-functional-madya", // IV/a since 2018, ahli madya weighs between JPT and administrator
                "E-longer-service", // then administrators: earliest TMT CPNS
                "F-more-training", // same service: more leadership training
                "G-higher-education", // same training: S3 before S2
                "H-older", // same education: older first
                "B",
                "A-later-in-rank", // IV/a only since 2020
                "C-lower-rank"); // III/d, whatever else
    }

    @Test
    void educationLevelsAreOrderedAndD4EqualsS1() {
        assertThat(Duk.educationOrder("SMA")).isLessThan(Duk.educationOrder("D3"));
        assertThat(Duk.educationOrder("D4")).isEqualTo(Duk.educationOrder("S1"));
        assertThat(Duk.educationOrder("s2")).isGreaterThan(Duk.educationOrder("S1"));
        assertThat(Duk.educationOrder("MBA")).isZero();
    }

    @Test
    void positionWeightsFollowTheDocumentedLadder() {
        // lower weighs more; equal rungs per bundles/personnel/README.md
        assertThat(Duk.positionWeight(PositionType.JPT_UTAMA, null)).isEqualTo(1);
        assertThat(Duk.positionWeight(PositionType.JPT_MADYA, null)).isEqualTo(2)
                .isEqualTo(Duk.positionWeight(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_UTAMA));
        assertThat(Duk.positionWeight(PositionType.JPT_PRATAMA, null)).isEqualTo(3)
                .isEqualTo(Duk.positionWeight(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MADYA));
        assertThat(Duk.positionWeight(PositionType.ADMINISTRATOR, null)).isEqualTo(4)
                .isEqualTo(Duk.positionWeight(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA));
        assertThat(Duk.positionWeight(PositionType.PENGAWAS, null)).isEqualTo(5)
                .isEqualTo(Duk.positionWeight(PositionType.FUNGSIONAL, FunctionalLevel.AHLI_PERTAMA))
                .isEqualTo(Duk.positionWeight(PositionType.FUNGSIONAL, FunctionalLevel.PENYELIA));
        assertThat(Duk.positionWeight(PositionType.FUNGSIONAL, FunctionalLevel.MAHIR)).isEqualTo(6)
                .isEqualTo(Duk.positionWeight(PositionType.FUNGSIONAL, FunctionalLevel.TERAMPIL));
        assertThat(Duk.positionWeight(PositionType.PELAKSANA, null)).isEqualTo(7)
                .isEqualTo(Duk.positionWeight(PositionType.FUNGSIONAL, FunctionalLevel.PEMULA))
                .isEqualTo(Duk.positionWeight(PositionType.FUNGSIONAL, null));
        assertThat(Duk.positionWeight(null, null)).as("no position: last").isEqualTo(9);
    }

    @Test
    void everyEducationLevelHasItsRung() {
        assertThat(java.util.stream.Stream.of("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3")
                .map(Duk::educationOrder).toList()).containsExactly(1, 2, 3, 4, 5, 6, 7, 7, 8, 9);
        assertThat(Duk.educationOrder(" s1 ")).isEqualTo(7);
        assertThat(Duk.educationOrder(null)).isZero();
        assertThat(Duk.isEducationLevel("D3")).isTrue();
        assertThat(Duk.isEducationLevel("MBA")).isFalse();
        assertThat(Duk.isEducationLevel(null)).isFalse();
    }

    @Test
    void eachCriterionDecidesOnlyWhenTheEarlierOnesTie() {
        // Each pair differs in one criterion only; the first of each pair must come first, and swapping the pair's
        // input order must not change that.
        List<List<Duk.Entry>> pairs = List.of(
                List.of(e("rank", 13, "2020-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01"),
                        e("rank-", 12, "2020-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01")),
                List.of(e("tmt", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01"),
                        e("tmt-", 12, "2019-10-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01")),
                List.of(e("pos", 12, "2019-04-01", PositionType.PENGAWAS, null, "2000-03-01", 0, "S1", "1980-01-01"),
                        e("pos-", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01")),
                List.of(e("svc", 12, "2019-04-01", PositionType.PELAKSANA, null, "1999-03-01", 0, "S1", "1980-01-01"),
                        e("svc-", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01")),
                List.of(e("trn", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 2, "S1", "1980-01-01"),
                        e("trn-", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 1, "S1", "1980-01-01")),
                List.of(e("edu", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S2", "1980-01-01"),
                        e("edu-", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01")),
                List.of(e("age", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1979-01-01"),
                        e("age-", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01")),
                List.of(e("nip1", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01"),
                        e("nip2", 12, "2019-04-01", PositionType.PELAKSANA, null, "2000-03-01", 0, "S1", "1980-01-01")));
        for (List<Duk.Entry> pair : pairs) {
            List<Duk.Entry> reversed = new ArrayList<>(List.of(pair.get(1), pair.get(0)));
            reversed.sort(Duk.ORDER);
            assertThat(reversed).extracting(Duk.Entry::nip).as(pair.get(0).nip())
                    .containsExactly(pair.get(0).nip(), pair.get(1).nip());
            List<Duk.Entry> same = new ArrayList<>(pair);
            same.sort(Duk.ORDER);
            assertThat(same).extracting(Duk.Entry::nip).containsExactly(pair.get(0).nip(), pair.get(1).nip());
        }
    }

    @Test
    void aMissingRankTmtOrServiceDateSortsLast() {
        List<Duk.Entry> unit = new ArrayList<>(List.of(
                new Duk.Entry("no-tmt", 12, null, null, null, LocalDate.parse("2000-03-01"), 0, 0, null),
                new Duk.Entry("tmt", 12, LocalDate.parse("2022-04-01"), null, null, null, 0, 0, null)));
        unit.sort(Duk.ORDER);
        assertThat(unit).extracting(Duk.Entry::nip).containsExactly("tmt", "no-tmt");
    }
}
