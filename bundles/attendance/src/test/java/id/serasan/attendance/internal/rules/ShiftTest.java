package id.serasan.attendance.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ShiftTest {
    static final Shift NIGHT = new Shift("M", LocalTime.of(21, 0), LocalTime.of(7, 0));
    static final Shift MORNING = new Shift("P", LocalTime.of(7, 0), LocalTime.of(14, 0));
    static final Shift LATE = new Shift("S", LocalTime.of(14, 0), LocalTime.of(21, 0));
    static final LocalDate TUE = LocalDate.of(2026, 12, 8);

    static LocalDateTime at(int h, int m) {
        return TUE.atTime(h, m);
    }

    @Test
    void aNightShiftsCheckOutNextMorningCountsForTheNightBefore() {
        assertThat(Shift.workDate(at(7, 5), true, NIGHT, null)).isEqualTo(TUE.minusDays(1));
        // up to six hours after its end
        assertThat(Shift.workDate(at(12, 59), true, NIGHT, null)).isEqualTo(TUE.minusDays(1));
        assertThat(Shift.workDate(at(13, 0), true, NIGHT, null)).isEqualTo(TUE);
        // a late check-in after midnight is the night shift's too
        assertThat(Shift.workDate(at(0, 30), false, NIGHT, null)).isEqualTo(TUE.minusDays(1));
        assertThat(Shift.workDate(at(6, 59), false, NIGHT, null)).isEqualTo(TUE.minusDays(1));
        assertThat(Shift.workDate(at(7, 0), false, NIGHT, null)).isEqualTo(TUE);
    }

    @Test
    void aShiftOfTheDayItselfWinsNearItsStart() {
        // night then a late shift the same day: the morning check-out is the night's
        assertThat(Shift.workDate(at(7, 10), true, NIGHT, LATE)).isEqualTo(TUE.minusDays(1));
        // night then morning shift: a check-out after the morning shift began is the morning shift's
        assertThat(Shift.workDate(at(7, 0), true, NIGHT, MORNING)).isEqualTo(TUE);
        assertThat(Shift.workDate(at(6, 59), true, NIGHT, MORNING)).isEqualTo(TUE.minusDays(1));
        // a check-in within two hours of the day's own shift is that shift's
        assertThat(Shift.workDate(at(5, 0), false, NIGHT, MORNING)).isEqualTo(TUE);
        assertThat(Shift.workDate(at(4, 59), false, NIGHT, MORNING)).isEqualTo(TUE.minusDays(1));
    }

    @Test
    void withoutANightShiftTheDayBeforeATapCountsForItsOwnDate() {
        assertThat(Shift.workDate(at(0, 30), false, null, null)).isEqualTo(TUE);
        assertThat(Shift.workDate(at(7, 5), true, LATE, null)).isEqualTo(TUE);
        assertThat(Shift.workDate(at(20, 55), false, null, NIGHT)).isEqualTo(TUE);
    }
}
