package id.serasan.attendance.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulePackTest {
    static Band b(String code, int from, Integer to, String cut) {
        return new Band(code, from, to, new BigDecimal(cut));
    }

    static final List<Band> OK = List.of(b("X1", 1, 10, "1"), b("X2", 11, null, "2"));

    @Test
    void theDefaultIsLabelledAndHasFourBandsEach() {
        assertThat(RulePack.DEFAULT.name()).contains("Permentan 68/2012").contains("bukan Perbup Muara Enim");
        assertThat(RulePack.DEFAULT.late()).extracting(Band::code).containsExactly("TL1", "TL2", "TL3", "TL4");
        assertThat(RulePack.DEFAULT.early()).extracting(Band::code).containsExactly("PSW1", "PSW2", "PSW3", "PSW4");
        assertThat(RulePack.DEFAULT.noCheckIn().code()).isEqualTo("TL4");
        assertThat(RulePack.DEFAULT.noCheckOut().code()).isEqualTo("PSW4");
        assertThat(RulePack.DEFAULT.absentCut()).isEqualByComparingTo("4");
        assertThat(RulePack.DEFAULT.lateBand(0)).isEmpty();
        assertThat(RulePack.DEFAULT.lateBand(-3)).isEmpty();
        assertThat(RulePack.DEFAULT.earlyBand(0)).isEmpty();
    }

    @Test
    void bandsMustStartAtOneFollowEachOtherAndEndOpen() {
        assertThat(new RulePack("ok", OK, OK, BigDecimal.ONE, BigDecimal.TEN).lateBand(11).orElseThrow().code())
                .isEqualTo("X2");
        assertThatThrownBy(() -> new RulePack("gap", List.of(b("X1", 1, 10, "1"), b("X2", 12, null, "2")), OK,
                BigDecimal.ONE, BigDecimal.TEN)).hasMessageContaining("X2 starts at minute 12, expected 11");
        assertThatThrownBy(() -> new RulePack("not from 1", List.of(b("X1", 2, null, "1")), OK, BigDecimal.ONE,
                BigDecimal.TEN)).hasMessageContaining("expected 1");
        assertThatThrownBy(() -> new RulePack("closed", OK, List.of(b("Y1", 1, 10, "1")), BigDecimal.ONE,
                BigDecimal.TEN)).hasMessageContaining("open-ended");
        assertThatThrownBy(() -> new RulePack("open early", List.of(b("X1", 1, null, "1"), b("X2", 2, null, "1")), OK,
                BigDecimal.ONE, BigDecimal.TEN)).hasMessageContaining("open-ended");
        assertThatThrownBy(() -> new RulePack("empty", List.of(), OK, BigDecimal.ONE, BigDecimal.TEN))
                .hasMessageContaining("no bands");
        assertThatThrownBy(() -> new RulePack("cap", OK, OK, BigDecimal.ONE, BigDecimal.ZERO))
                .hasMessageContaining("cap");
        assertThatThrownBy(() -> new RulePack("cap", OK, OK, BigDecimal.ONE, new BigDecimal("101")))
                .hasMessageContaining("cap");
        assertThatThrownBy(() -> new RulePack("absent", OK, OK, new BigDecimal("-1"), BigDecimal.TEN))
                .hasMessageContaining("absent");
        assertThat(new RulePack("cap 100", OK, OK, BigDecimal.ZERO, new BigDecimal("100")).monthlyCap())
                .isEqualByComparingTo("100");
    }

    @Test
    void aBandChecksItself() {
        assertThatThrownBy(() -> b("", 1, 2, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b("Z", 0, 2, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b("Z", 5, 4, "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b("Z", 1, 2, "-0.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b("Z", 1, 2, "100.5")).isInstanceOf(IllegalArgumentException.class);
        assertThat(b("Z", 5, 5, "100").contains(5)).isTrue();
        assertThat(b("Z", 5, 5, "0").contains(4)).isFalse();
        assertThat(b("Z", 5, 5, "0").contains(6)).isFalse();
        assertThat(b("Z", 5, null, "0").contains(Long.MAX_VALUE)).isTrue();
    }
}
