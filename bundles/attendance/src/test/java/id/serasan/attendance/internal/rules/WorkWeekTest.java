package id.serasan.attendance.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkWeekTest {
    @Test
    void theStandardWeekIsExactlyTheNationalFrame() {
        WorkWeek w = WorkWeek.standard();
        assertThat(w.total()).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
        assertThat(w.on(DayOfWeek.MONDAY).orElseThrow().start()).isEqualTo(LocalTime.of(7, 30));
        assertThat(w.on(DayOfWeek.THURSDAY).orElseThrow().end()).isEqualTo(LocalTime.of(16, 0));
        assertThat(w.on(DayOfWeek.FRIDAY).orElseThrow().end()).isEqualTo(LocalTime.of(16, 30));
        assertThat(w.on(DayOfWeek.FRIDAY).orElseThrow().working()).isEqualTo(Duration.ofMinutes(450));
        assertThat(w.on(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(w.on(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void ramadanHoursAreThirtyTwoAndAHalfFromEight() {
        WorkWeek r = WorkWeek.ramadan();
        assertThat(r.total()).isEqualTo(Duration.ofMinutes(32 * 60 + 30));
        assertThat(r.on(DayOfWeek.TUESDAY).orElseThrow().start()).isEqualTo(LocalTime.of(8, 0));
        assertThat(r.on(DayOfWeek.FRIDAY).orElseThrow().end()).isEqualTo(LocalTime.of(15, 30));
    }

    @Test
    void aWeekThatMissesTheFrameOrStartsTooEarlyIsRefusedSayingHow() {
        Map<DayOfWeek, WorkWeek.Hours> d = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                d.put(day, new WorkWeek.Hours(LocalTime.of(7, 30), LocalTime.of(16, 0), Duration.ofMinutes(60)));
            }
        }
        // five days of 7.5 h is the frame too
        assertThat(WorkWeek.of(d, WorkWeek.NATIONAL, LocalTime.of(7, 30)).total()).isEqualTo(WorkWeek.NATIONAL);
        d.put(DayOfWeek.FRIDAY, new WorkWeek.Hours(LocalTime.of(7, 30), LocalTime.of(15, 30), Duration.ofMinutes(60)));
        assertThatThrownBy(() -> WorkWeek.of(d, WorkWeek.NATIONAL, LocalTime.of(7, 30)))
                .hasMessage("the week adds up to 37 h 0 min, not 37 h 30 min");
        d.put(DayOfWeek.FRIDAY, new WorkWeek.Hours(LocalTime.of(7, 0), LocalTime.of(15, 0), Duration.ofMinutes(30)));
        assertThatThrownBy(() -> WorkWeek.of(d, WorkWeek.NATIONAL, LocalTime.of(7, 30)))
                .hasMessageContaining("FRIDAY starts at 07:00, before 07:30");
    }

    @Test
    void hoursCheckThemselves() {
        assertThatThrownBy(() -> new WorkWeek.Hours(LocalTime.of(16, 0), LocalTime.of(7, 30), Duration.ZERO))
                .hasMessageContaining("Shift");
        assertThatThrownBy(() -> new WorkWeek.Hours(LocalTime.of(8, 0), LocalTime.of(9, 0), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkWeek.Hours(LocalTime.of(8, 0), LocalTime.of(9, 0), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new WorkWeek.Hours(LocalTime.of(8, 0), LocalTime.of(9, 0), Duration.ZERO).working())
                .isEqualTo(Duration.ofHours(1));
    }
}
