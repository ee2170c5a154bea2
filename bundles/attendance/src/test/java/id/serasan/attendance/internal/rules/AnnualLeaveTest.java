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
}
