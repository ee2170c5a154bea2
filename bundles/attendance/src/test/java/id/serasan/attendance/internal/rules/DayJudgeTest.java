package id.serasan.attendance.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DayJudgeTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 3); // a Thursday
    static final LocalDateTime START = DAY.atTime(7, 30);
    static final LocalDateTime END = DAY.atTime(16, 0);
    final DayJudge judge = new DayJudge(RulePack.DEFAULT);

    Verdict work(LocalDateTime in, LocalDateTime out, DayJudge.Outage... outages) {
        return judge.judge(DAY, DayType.WORKDAY, START, END, in, out, List.of(outages));
    }

    @ParameterizedTest(name = "{0} min late: {1} cutting {2}%")
    @CsvSource({"0, , 0", "1, TL1, 0.5", "30, TL1, 0.5", "31, TL2, 1", "60, TL2, 1", "61, TL3, 1.5", "90, TL3, 1.5",
            "91, TL4, 2", "400, TL4, 2"})
    void lateBandsAtTheirBoundaries(int minutes, String band, String cut) {
        Verdict v = work(START.plusMinutes(minutes), END);
        assertThat(v.status()).isEqualTo(Verdict.Status.PRESENT);
        assertThat(v.lateMinutes()).isEqualTo(minutes);
        assertThat(v.lateBand() == null ? null : v.lateBand().code()).isEqualTo(band);
        assertThat(v.earlyBand()).isNull();
        assertThat(v.cutPercent()).isEqualByComparingTo(cut);
    }

    @ParameterizedTest(name = "left {0} min early: {1} cutting {2}%")
    @CsvSource({"0, , 0", "1, PSW1, 0.5", "30, PSW1, 0.5", "31, PSW2, 1", "60, PSW2, 1", "61, PSW3, 1.5",
            "90, PSW3, 1.5", "91, PSW4, 2", "500, PSW4, 2"})
    void earlyLeaveBandsAtTheirBoundaries(int minutes, String band, String cut) {
        Verdict v = work(START.minusMinutes(5), END.minusMinutes(minutes));
        assertThat(v.earlyMinutes()).isEqualTo(minutes);
        assertThat(v.earlyBand() == null ? null : v.earlyBand().code()).isEqualTo(band);
        assertThat(v.lateBand()).isNull();
        assertThat(v.cutPercent()).isEqualByComparingTo(cut);
    }

    @Test
    void onlyWholeMinutesCount() {
        assertThat(work(START.plusSeconds(59), END).lateBand()).isNull();
        assertThat(work(START.plusSeconds(60), END).lateBand().code()).isEqualTo("TL1");
        assertThat(work(START.plusSeconds(30 * 60 + 59), END).lateBand().code()).isEqualTo("TL1");
        assertThat(work(START, END.minusSeconds(59)).earlyBand()).isNull();
        assertThat(work(START, END.minusSeconds(60)).earlyBand().code()).isEqualTo("PSW1");
        Verdict onTime = work(START, END);
        assertThat(onTime.cutPercent()).isZero();
        assertThat(onTime.reasons()).containsExactly("Tepat waktu / On time");
    }

    @Test
    void lateAndEarlyOnTheSameDayAddUp() {
        Verdict v = work(START.plusMinutes(45), END.minusMinutes(75));
        assertThat(v.lateBand().code()).isEqualTo("TL2");
        assertThat(v.earlyBand().code()).isEqualTo("PSW3");
        assertThat(v.cutPercent()).isEqualByComparingTo("2.5");
        assertThat(v.reasons()).containsExactly("TL2: terlambat 45 menit / 45 minutes late",
                "PSW3: pulang 75 menit lebih awal / left 75 minutes early");
    }

    @Test
    void aMissingCheckInOrOutIsTheOpenBandAndNeitherIsAbsent() {
        Verdict noIn = work(null, END);
        assertThat(noIn.lateBand().code()).isEqualTo("TL4");
        assertThat(noIn.cutPercent()).isEqualByComparingTo("2");
        Verdict noOut = work(START, null);
        assertThat(noOut.earlyBand().code()).isEqualTo("PSW4");
        assertThat(noOut.cutPercent()).isEqualByComparingTo("2");
        Verdict absent = work(null, null);
        assertThat(absent.status()).isEqualTo(Verdict.Status.ABSENT);
        assertThat(absent.cutPercent()).isEqualByComparingTo("4");
        assertThat(absent.lateBand()).isNull();
    }

    @Test
    void approvedDaysHolidaysAndDaysOffAreNeverLateOrAbsent() {
        for (DayType t : new DayType[] {DayType.LEAVE, DayType.DUTY_TRAVEL, DayType.PERMISSION, DayType.HOLIDAY,
                DayType.DAY_OFF}) {
            Verdict v = judge.judge(DAY, t, START, END, null, null, List.of());
            assertThat(v.cutPercent()).as(t.name()).isZero();
            assertThat(v.status().name()).isEqualTo(t.name());
            assertThat(v.reasons()).hasSize(1);
        }
    }

    @Test
    void timeInADeclaredOutageIsNeverCountedAgainstAnyone() {
        // the server was down 07:00–08:10: a check-in at 08:20 is 10 minutes late, not 50
        DayJudge.Outage morning = new DayJudge.Outage(DAY.atTime(7, 0), DAY.atTime(8, 10));
        Verdict v = work(DAY.atTime(8, 20), END, morning);
        assertThat(v.lateMinutes()).isEqualTo(10);
        assertThat(v.lateBand().code()).isEqualTo("TL1");
        // inside the outage: not late at all
        assertThat(work(DAY.atTime(8, 5), END, morning).lateBand()).isNull();
        // no check-in while the start was disrupted: no TL4
        Verdict none = work(null, END, morning);
        assertThat(none.lateBand()).isNull();
        assertThat(none.cutPercent()).isZero();
        // neither check-in nor check-out, the end disrupted: not absent, only the missing check-in counts
        DayJudge.Outage evening = new DayJudge.Outage(DAY.atTime(15, 0), DAY.atTime(17, 0));
        Verdict v2 = work(null, null, evening);
        assertThat(v2.status()).isEqualTo(Verdict.Status.PRESENT);
        assertThat(v2.lateBand().code()).isEqualTo("TL4");
        assertThat(v2.earlyBand()).isNull();
        // an outage on another part of the day changes nothing
        DayJudge.Outage noon = new DayJudge.Outage(DAY.atTime(12, 0), DAY.atTime(13, 0));
        assertThat(work(START.plusMinutes(40), END, noon).lateMinutes()).isEqualTo(40);
        assertThat(work(null, null, noon).status()).isEqualTo(Verdict.Status.ABSENT);
        assertThatThrownBy(() -> new DayJudge.Outage(DAY.atTime(9, 0), DAY.atTime(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNightShiftAcrossMidnightIsJudgedAgainstItsNextDayEnd() {
        Shift night = new Shift("M", LocalTime.of(21, 0), LocalTime.of(7, 0));
        assertThat(night.crossesMidnight()).isTrue();
        LocalDateTime start = night.startOn(DAY);
        LocalDateTime end = night.endOn(DAY);
        assertThat(end).isEqualTo(DAY.plusDays(1).atTime(7, 0));
        // in at 21:10, out at 06:20 the next morning: TL1 and PSW2
        Verdict v = judge.judge(DAY, DayType.WORKDAY, start, end, DAY.atTime(21, 10), DAY.plusDays(1).atTime(6, 20),
                List.of());
        assertThat(v.lateBand().code()).isEqualTo("TL1");
        assertThat(v.earlyMinutes()).isEqualTo(40);
        assertThat(v.earlyBand().code()).isEqualTo("PSW2");
        // out at 07:05 the next morning: on time
        assertThat(judge.judge(DAY, DayType.WORKDAY, start, end, start, end.plusMinutes(5), List.of()).cutPercent())
                .isZero();
        Shift day = new Shift("P", LocalTime.of(7, 0), LocalTime.of(14, 0));
        assertThat(day.crossesMidnight()).isFalse();
        assertThat(day.endOn(DAY)).isEqualTo(DAY.atTime(14, 0));
    }

    @Test
    void impossibleDaysAreRefused() {
        assertThatThrownBy(() -> work(END, START)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> judge.judge(DAY, DayType.WORKDAY, null, END, START, END, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> judge.judge(DAY, DayType.WORKDAY, END, START, null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Shift("X", LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherRulePackJudgesByItsOwnBands() {
        RulePack two = new RulePack("Dua pita / two bands",
                List.of(new Band("TL1", 1, 60, new BigDecimal("1")), new Band("TL2", 61, null, new BigDecimal("3"))),
                List.of(new Band("PSW1", 1, null, new BigDecimal("1.25"))), new BigDecimal("5"), new BigDecimal("50"));
        DayJudge j = new DayJudge(two);
        assertThat(j.judge(DAY, DayType.WORKDAY, START, END, START.plusMinutes(60), END, List.of()).lateBand().code())
                .isEqualTo("TL1");
        assertThat(j.judge(DAY, DayType.WORKDAY, START, END, START.plusMinutes(61), END, List.of()).cutPercent())
                .isEqualByComparingTo("3");
        assertThat(j.judge(DAY, DayType.WORKDAY, START, END, START, END.minusMinutes(200), List.of()).cutPercent())
                .isEqualByComparingTo("1.25");
        assertThat(j.judge(DAY, DayType.WORKDAY, START, END, null, null, List.of()).cutPercent())
                .isEqualByComparingTo("5");
    }
}
