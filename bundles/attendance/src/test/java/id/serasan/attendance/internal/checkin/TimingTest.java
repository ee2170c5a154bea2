package id.serasan.attendance.internal.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class TimingTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final long MIN = 60_000;
    private static final BiPredicate<Long, Long> SAME_DAY = (a, b) -> day(a).equals(day(b));
    /** 07:25 WIB on a Monday. */
    private static final long T = ZonedDateTime.of(2026, 12, 7, 7, 25, 0, 0, WIB).toInstant().toEpochMilli();

    private static LocalDate day(long ms) {
        return java.time.Instant.ofEpochMilli(ms).atZone(WIB).toLocalDate();
    }

    private static Timing judge(Long device, Long sent, long received) {
        return Timing.judge(device, sent, received, 2 * MIN, 2 * MIN, 60 * MIN, SAME_DAY);
    }

    @Test
    void anOnlineCheckInCountsAtTheDeviceTimeWithNoFlag() {
        Timing t = judge(T, T, T + 300);
        assertThat(t.atMillis()).isEqualTo(T + 300);
        assertThat(t.offline()).isFalse();
        assertThat(t.flags()).isEmpty();
    }

    @Test
    void aFastPhoneClockIsCorrectedByTheErrorMeasuredWhenItSends() {
        // the phone is 20 minutes fast; it checked in offline at (its) 07:45 and sent at (its) 08:15
        long fast = 20 * MIN;
        Timing t = judge(T + fast, T + 30 * MIN + fast, T + 30 * MIN);
        assertThat(t.atMillis()).isEqualTo(T);
        assertThat(t.offline()).isTrue();
        assertThat(t.flags()).containsExactly(Flag.CLOCK_SKEW);
    }

    @Test
    void aClockErrorWithinTheLimitIsNotFlagged() {
        Timing t = judge(T + 2 * MIN, T + 2 * MIN, T);
        assertThat(t.flags()).isEmpty();
        Timing over = judge(T + 2 * MIN + 1, T + 2 * MIN + 1, T);
        assertThat(over.flags()).containsExactly(Flag.CLOCK_SKEW);
    }

    @Test
    void aDeviceTimeInTheFutureIsNeverBelievedAndTheReceiptCounts() {
        Timing t = judge(T + 10 * MIN, null, T);
        assertThat(t.atMillis()).isEqualTo(T);
        assertThat(t.flags()).containsExactly(Flag.DEVICE_TIME_IGNORED);
        // within the slack the receipt caps it
        Timing slack = judge(T + Timing.FUTURE_SLACK, null, T);
        assertThat(slack.atMillis()).isEqualTo(T);
        assertThat(slack.flags()).isEmpty();
    }

    @Test
    void sentBeforeItWasMadeMeansTheClockWasChangedInBetween() {
        Timing t = judge(T, T - 5 * MIN, T + MIN);
        assertThat(t.atMillis()).isEqualTo(T + MIN);
        assertThat(t.flags()).contains(Flag.DEVICE_TIME_IGNORED);
    }

    @Test
    void anOfflineCheckInSentWithinTheHourIsNotFlaggedButOneSentLaterIs() {
        Timing soon = judge(T, T + 59 * MIN, T + 59 * MIN);
        assertThat(soon.offline()).isTrue();
        assertThat(soon.flags()).isEmpty();
        Timing late = judge(T, T + 61 * MIN, T + 61 * MIN);
        assertThat(late.atMillis()).isEqualTo(T);
        assertThat(late.flags()).containsExactly(Flag.OFFLINE_LATE);
    }

    @Test
    void anOfflineCheckInSentOnALaterDayIsFlaggedWhateverTheDelay() {
        long evening = ZonedDateTime.of(2026, 12, 7, 23, 50, 0, 0, WIB).toInstant().toEpochMilli();
        Timing t = judge(evening, evening + 20 * MIN, evening + 20 * MIN);
        assertThat(t.offline()).isTrue();
        assertThat(t.flags()).containsExactly(Flag.OFFLINE_LATE);
    }

    @Test
    void noDeviceTimeMeansTheReceiptCounts() {
        Timing t = judge(null, T, T + 5);
        assertThat(t.atMillis()).isEqualTo(T + 5);
        assertThat(t.offline()).isFalse();
    }

    @Test
    void withinTheOnlineWindowItIsNotOffline() {
        assertThat(judge(T, null, T + 2 * MIN).offline()).isFalse();
        assertThat(judge(T, null, T + 2 * MIN + 1).offline()).isTrue();
    }
}
