package id.serasan.attendance.internal.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.attendance.internal.rules.Geo;
import org.junit.jupiter.api.Test;

class SignalsTest {
    private static final Geo.Point OFFICE = new Geo.Point(-3.6655, 103.7726);
    private static final double MAX = 200 / 3.6;

    @Test
    void aCleanFixFromTheBoundDeviceHasNoSignal() {
        assertThat(Signals.of(OFFICE, 12, false, 1000, 100, null, MAX, "d1", "d1")).isEmpty();
    }

    @Test
    void theMockLocationFlagOfANativeAppIsRecorded() {
        assertThat(Signals.of(OFFICE, 12, true, 1000, 100, null, MAX, "d1", "d1")).containsExactly(Flag.MOCK_LOCATION);
    }

    @Test
    void accuracyWorseThanTheRadiusOrExactlyZeroIsFlagged() {
        assertThat(Signals.of(OFFICE, 100, false, 0, 100, null, MAX, "d", null)).isEmpty();
        assertThat(Signals.of(OFFICE, 100.5, false, 0, 100, null, MAX, "d", null)).containsExactly(Flag.LOW_ACCURACY);
        assertThat(Signals.of(OFFICE, 0, false, 0, 100, null, MAX, "d", null)).containsExactly(Flag.ZERO_ACCURACY);
    }

    @Test
    void exactlyThePreviousCoordinatesAreAFrozenFix() {
        Signals.Fix prev = new Signals.Fix(OFFICE.latitude(), OFFICE.longitude(), 0);
        assertThat(Signals.of(OFFICE, 10, false, 8 * 3_600_000L, 100, prev, MAX, "d", "d"))
                .containsExactly(Flag.REPEATED_FIX);
        Geo.Point moved = new Geo.Point(OFFICE.latitude() + 0.00001, OFFICE.longitude());
        assertThat(Signals.of(moved, 10, false, 8 * 3_600_000L, 100, prev, MAX, "d", "d")).isEmpty();
    }

    @Test
    void movingFasterThanTheLimitIsImpossible() {
        // 50 km in 10 minutes = 300 km/h
        Signals.Fix prev = new Signals.Fix(OFFICE.latitude() + 0.45, OFFICE.longitude(), 0);
        assertThat(Signals.of(OFFICE, 10, false, 600_000, 100, prev, MAX, "d", "d"))
                .containsExactly(Flag.IMPOSSIBLE_SPEED);
        // the same 50 km in an hour = 50 km/h
        assertThat(Signals.of(OFFICE, 10, false, 3_600_000, 100, prev, MAX, "d", "d")).isEmpty();
    }

    @Test
    void aShortMoveIsNeverJudgedHoweverQuick() {
        // 900 m in one second: inside two fixes' accuracy, not a trip
        Signals.Fix prev = new Signals.Fix(OFFICE.latitude() + 0.0081, OFFICE.longitude(), 0);
        assertThat(Signals.of(OFFICE, 10, false, 1000, 100, prev, MAX, "d", "d")).isEmpty();
    }

    @Test
    void aDeviceOtherThanTheBoundOneIsFlaggedAndTheFirstDeviceIsNot() {
        assertThat(Signals.of(OFFICE, 10, false, 0, 100, null, MAX, "phone-b", "phone-a"))
                .containsExactly(Flag.UNBOUND_DEVICE);
        assertThat(Signals.of(OFFICE, 10, false, 0, 100, null, MAX, "phone-b", null)).isEmpty();
    }
}
