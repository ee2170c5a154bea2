package id.serasan.attendance.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnnualLeaveTest {
    @Test
    void twelveDaysAfterOneYearAndNoneBefore() {
        assertThat(AnnualLeave.balance(0, 0, 0)).isEqualTo(new AnnualLeave.Balance(0, 0, 0, 0));
        assertThat(AnnualLeave.balance(1, 0, 0)).isEqualTo(new AnnualLeave.Balance(12, 0, 0, 12));
        assertThat(AnnualLeave.balance(1, 0, 5).available()).isEqualTo(7);
    }

    @Test
    void upToSixUnusedDaysCarryOverFromAYearThatHadAnEntitlement() {
        assertThat(AnnualLeave.balance(3, 4, 0)).isEqualTo(new AnnualLeave.Balance(12, 4, 0, 16));
        assertThat(AnnualLeave.balance(3, 6, 0).available()).isEqualTo(18);
        assertThat(AnnualLeave.balance(3, 7, 0).carried()).isEqualTo(6);
        assertThat(AnnualLeave.balance(3, 12, 2)).isEqualTo(new AnnualLeave.Balance(12, 6, 2, 16));
        // in the second year of service the first year had no leave to leave unused
        assertThat(AnnualLeave.balance(1, 5, 0).carried()).isZero();
        assertThat(AnnualLeave.balance(2, 5, 0).carried()).isEqualTo(5);
    }

    @Test
    void theBalanceNeverGoesBelowZeroAndARequestMustFit() {
        AnnualLeave.Balance b = AnnualLeave.balance(5, 0, 14);
        assertThat(b.available()).isZero();
        AnnualLeave.Balance ten = AnnualLeave.balance(5, 0, 2);
        assertThat(AnnualLeave.fits(ten, 10)).isTrue();
        assertThat(AnnualLeave.fits(ten, 11)).isFalse();
        assertThat(AnnualLeave.fits(ten, 0)).isFalse();
        assertThat(AnnualLeave.fits(ten, 1)).isTrue();
        assertThatThrownBy(() -> AnnualLeave.balance(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnnualLeave.balance(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnnualLeave.balance(1, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takenDaysUseTheCarriedDaysFirstSoACarriedDayNeverCarriesTwice() {
        // 12 of the year and 6 carried; 8 taken: 6 carried + 2 own, so 10 own days are unused
        assertThat(AnnualLeave.unused(AnnualLeave.balance(4, 6, 8))).isEqualTo(10);
        // 4 taken, all from the carried days: the year's own 12 are untouched
        assertThat(AnnualLeave.unused(AnnualLeave.balance(4, 6, 4))).isEqualTo(12);
        assertThat(AnnualLeave.unused(AnnualLeave.balance(4, 6, 6))).isEqualTo(12);
        assertThat(AnnualLeave.unused(AnnualLeave.balance(4, 6, 18))).isZero();
        assertThat(AnnualLeave.unused(AnnualLeave.balance(4, 0, 20))).isZero();
        assertThat(AnnualLeave.unused(AnnualLeave.balance(0, 0, 0))).isZero();
    }

    @Test
    void theBalanceOfAYearCarriesForwardFromTheFirstYearWithRecords() {
        // 2024: 12, took 3 -> 9 unused; 2025: 12 + 6 carried, took 10 (6 carried + 4 own) -> 8 unused;
        // 2026: 12 + 6 carried, took 2 -> 16 available
        java.util.Map<Integer, Integer> taken = java.util.Map.of(2024, 3, 2025, 10, 2026, 2);
        AnnualLeave.Balance b = AnnualLeave.forYear(2026, 2024, y -> 10, y -> taken.getOrDefault(y, 0));
        assertThat(b).isEqualTo(new AnnualLeave.Balance(12, 6, 2, 16));
        // with 2025 taken whole, nothing of 2025's own carries into 2026
        java.util.Map<Integer, Integer> all = java.util.Map.of(2024, 0, 2025, 18);
        assertThat(AnnualLeave.forYear(2026, 2024, y -> 10, y -> all.getOrDefault(y, 0)).carried()).isZero();
        // the first year itself carries nothing in
        assertThat(AnnualLeave.forYear(2026, 2026, y -> 10, y -> 0)).isEqualTo(new AnnualLeave.Balance(12, 0, 0, 12));
        // a later first year than the year asked for starts at the year itself
        assertThat(AnnualLeave.forYear(2025, 2026, y -> 10, y -> 0).carried()).isZero();
        // in the first year of service nothing is entitled, and its unused nothing carries
        assertThat(AnnualLeave.forYear(2026, 2025, y -> y == 2025 ? 0 : 1, y -> 0))
                .isEqualTo(new AnnualLeave.Balance(12, 0, 0, 12));
    }
}
