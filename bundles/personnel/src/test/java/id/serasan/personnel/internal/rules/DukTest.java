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
}
