package id.serasan.attendance.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    /** The configuration with its defaults, some values replaced. */
    static AttendanceConfig config(Map<String, Object> values) {
        return (AttendanceConfig) Proxy.newProxyInstance(AttendanceConfig.class.getClassLoader(),
                new Class<?>[] {AttendanceConfig.class}, (proxy, m, args) -> {
                    if (values.containsKey(m.getName())) {
                        return values.get(m.getName());
                    }
                    if (m.getName().equals("annotationType")) {
                        return AttendanceConfig.class;
                    }
                    return m.getDefaultValue();
                });
    }

    @Test
    void theDefaultsKeepTheNationalFrameAndTheFourBands() {
        Settings s = Settings.of(config(Map.of()));
        assertThat(s.regular().total()).isEqualTo(java.time.Duration.ofMinutes(37 * 60 + 30));
        assertThat(s.regular().on(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(s.rules().late()).hasSize(4);
        assertThat(s.rules().lateBand(31).orElseThrow().code()).isEqualTo("TL2");
        assertThat(s.rules().absentCut()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(s.impossibleSpeedMetresPerSecond()).isEqualTo(200 / 3.6);
        assertThat(s.requests()).isEqualTo(Settings.Requests.DEFAULT);
        assertThat(s.requests().attachmentMaxBytes()).isEqualTo(2048 * 1024);
    }

    @Test
    void requestLimitsAreReadAndNeverNegative() {
        Settings s = Settings.of(config(Map.of("requestBackdateDays", 3, "appealDays", 14,
                "attachmentMaxKilobytes", 512)));
        assertThat(s.requests()).isEqualTo(new Settings.Requests(3, 14, 512 * 1024));
        Settings low = Settings.of(config(Map.of("requestBackdateDays", -1, "appealDays", -5,
                "attachmentMaxKilobytes", 0)));
        assertThat(low.requests()).isEqualTo(new Settings.Requests(0, 0, 1024));
    }

    @Test
    void ramadanHoursApplyInsideTheConfiguredPeriodOnly() {
        Settings s = Settings.of(config(Map.of()));
        assertThat(s.weekOf(LocalDate.of(2026, 2, 18)).on(DayOfWeek.WEDNESDAY).orElseThrow().start())
                .isEqualTo(LocalTime.of(8, 0));
        assertThat(s.weekOf(LocalDate.of(2026, 3, 19)).on(DayOfWeek.THURSDAY).orElseThrow().start())
                .isEqualTo(LocalTime.of(8, 0));
        assertThat(s.weekOf(LocalDate.of(2026, 3, 20)).on(DayOfWeek.FRIDAY).orElseThrow().start())
                .isEqualTo(LocalTime.of(7, 30));
        assertThat(s.weekOf(LocalDate.of(2026, 2, 17)).on(DayOfWeek.TUESDAY).orElseThrow().start())
                .isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void hoursThatBreakTheNationalFrameAreRefused() {
        assertThatThrownBy(() -> Settings.of(config(Map.of("hours", new String[] {"MONDAY=07:30-16:00/60"}))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adds up to");
        assertThatThrownBy(() -> Settings.of(config(Map.of("hours", new String[] {"MONDAY=7h30"}))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hours");
    }

    @Test
    void aSixDayWeekAddingUpTo37AndAHalfHoursIsAccepted() {
        String[] six = {"MONDAY=07:30-14:15/0", "TUESDAY=07:30-14:15/0", "WEDNESDAY=07:30-14:15/0",
            "THURSDAY=07:30-14:15/0", "FRIDAY=07:30-14:15/0", "SATURDAY=07:30-11:15/0"};
        Settings s = Settings.of(config(Map.of("hours", six)));
        assertThat(s.regular().on(DayOfWeek.SATURDAY)).isPresent();
    }

    @Test
    void bandsAreParsedAndCheckedAndBadOnesRefused() {
        Settings s = Settings.of(config(Map.of("lateBands", new String[] {"TL1=1-15:1", "TL2=16-:3"})));
        assertThat(s.rules().lateBand(15).orElseThrow().code()).isEqualTo("TL1");
        assertThat(s.rules().lateBand(16).orElseThrow().cutPercent()).isEqualByComparingTo("3");
        assertThatThrownBy(() -> Settings.of(config(Map.of("lateBands", new String[] {"TL1=1-15:1", "TL2=17-:3"}))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Settings.of(config(Map.of("lateBands", new String[] {"TL1 1-15 1"}))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lateBands");
        assertThatThrownBy(() -> Settings.of(config(Map.of("absentCut", "four"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absentCut");
    }

    @Test
    void aBrokenChangeKeepsTheSettingsInForce() {
        AttendanceSettings live = new AttendanceSettings(config(Map.of()));
        Settings before = live.get();
        live.modified(config(Map.of("hours", new String[] {"MONDAY=07:30-16:00/60"})));
        assertThat(live.get()).isSameAs(before);
        live.modified(config(Map.of("defaultRadiusMetres", 150)));
        assertThat(live.get().defaultRadiusMetres()).isEqualTo(150);
    }

    @Test
    void secondsAndMinutesAreTurnedIntoMillisecondsAndTheBatchIsCapped() {
        Settings s = Settings.of(config(Map.of("clockSkewSeconds", 90, "offlineAfterSeconds", 30,
                "lateOfflineMinutes", 45, "directoryCacheSeconds", 7, "batchSize", 50_000, "commitTimeoutMillis", 1234)));
        assertThat(s.clockSkewMillis()).isEqualTo(90_000);
        assertThat(s.offlineAfterMillis()).isEqualTo(30_000);
        assertThat(s.lateOfflineMillis()).isEqualTo(45 * 60_000);
        assertThat(s.directoryCacheMillis()).isEqualTo(7_000);
        assertThat(s.batchSize()).isEqualTo(10_000);
        assertThat(s.commitTimeoutMillis()).isEqualTo(1234);
        Settings negative = Settings.of(config(Map.of("clockSkewSeconds", -5)));
        assertThat(negative.clockSkewMillis()).isZero();
    }

    @Test
    void limitsThatMustBePositiveAreRefusedAtZero() {
        for (String key : new String[] {"defaultRadiusMetres", "batchSize", "commitTimeoutMillis", "impossibleSpeedKmh"}) {
            assertThatThrownBy(() -> Settings.of(config(Map.of(key, 0)))).as(key)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(key);
            assertThat(Settings.of(config(Map.of(key, 1)))).as(key).isNotNull();
        }
    }

    @Test
    void aDayListedTwiceIsRefused() {
        String[] twice = {"MONDAY=07:30-16:00/60", "MONDAY=07:30-16:00/60", "TUESDAY=07:30-16:00/60",
            "WEDNESDAY=07:30-16:00/60", "THURSDAY=07:30-16:00/60", "FRIDAY=07:30-16:30/90"};
        assertThatThrownBy(() -> Settings.of(config(Map.of("hours", twice)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void ramadanPeriodsMustBeAMonthAtMost() {
        assertThatThrownBy(() -> Settings.of(config(Map.of("ramadan", new String[] {"2026-02-18/2026-04-19"}))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Settings.of(config(Map.of("ramadan", new String[] {"2026-02-18/2026-03-21"}))).ramadan()).hasSize(1);
        assertThatThrownBy(() -> Settings.of(config(Map.of("ramadan", new String[] {"2026-02-18/2026-03-22"}))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Settings.of(config(Map.of("ramadan", new String[] {"2026-02-18/2026-02-17"}))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Settings.of(config(Map.of("ramadan", new String[] {"2026-02-18"}))))
                .isInstanceOf(IllegalArgumentException.class);
    }

}
