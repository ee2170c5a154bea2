package id.serasan.attendance.internal.day;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.attendance.api.Holiday;
import id.serasan.attendance.internal.config.Settings;
import id.serasan.attendance.internal.rules.DayJudge;
import id.serasan.attendance.internal.rules.DayType;
import id.serasan.attendance.internal.rules.Excuse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayRulesTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final Settings S = SettingsFixture.defaults();

    static long at(LocalDate d, int h, int m) {
        return d.atTime(h, m).atZone(WIB).toInstant().toEpochMilli();
    }

    static DayRules.Mark in(long ms) {
        return new DayRules.Mark("IN", ms, "in-" + ms, "", "NONE");
    }

    static DayRules.Mark out(long ms) {
        return new DayRules.Mark("OUT", ms, "out-" + ms, "", "NONE");
    }

    private static DayStatus judge(LocalDate d, List<DayRules.Mark> marks, long now) {
        return DayRules.judge(S, d, Optional.empty(), marks, List.of(), now).status();
    }

    @Test
    void aClosedDayWithBothRecordsOnTimeIsPresent() {
        DayStatus s = judge(MONDAY, List.of(in(at(MONDAY, 7, 29)), out(at(MONDAY, 16, 1))), at(MONDAY, 20, 0));
        assertThat(s.code()).isEqualTo("PRESENT");
        assertThat(s.open()).isFalse();
        assertThat(s.cutPercent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(s.checkInId()).isEqualTo("in-" + at(MONDAY, 7, 29));
    }

    @Test
    void theFirstCheckInAndTheLastCheckOutCount() {
        DayStatus s = judge(MONDAY, List.of(in(at(MONDAY, 8, 5)), in(at(MONDAY, 7, 45)), out(at(MONDAY, 15, 0)),
                out(at(MONDAY, 15, 45))), at(MONDAY, 20, 0));
        assertThat(s.lateMinutes()).isEqualTo(15);
        assertThat(s.earlyMinutes()).isEqualTo(15);
        assertThat(s.code()).isEqualTo("TL1+PSW1");
        assertThat(s.cutPercent()).isEqualByComparingTo("1");
        assertThat(s.records()).isEqualTo(4);
    }

    @Test
    void aRejectedCheckInNeverCounts() {
        DayRules.Mark rejected = new DayRules.Mark("IN", at(MONDAY, 7, 0), "x", "MOCK_LOCATION", "REJECTED");
        DayStatus s = judge(MONDAY, List.of(rejected, in(at(MONDAY, 8, 31)), out(at(MONDAY, 16, 0))),
                at(MONDAY, 20, 0));
        assertThat(s.lateMinutes()).isEqualTo(61);
        assertThat(s.code()).isEqualTo("TL3");
        assertThat(s.flags()).isEmpty();
        assertThat(s.records()).isEqualTo(2);
    }

    @Test
    void beforeTheEndOfTheDayAMissingCheckOutIsNotHeldAgainstAnyone() {
        DayStatus s = judge(MONDAY, List.of(in(at(MONDAY, 7, 40))), at(MONDAY, 10, 0));
        assertThat(s.open()).isTrue();
        assertThat(s.code()).isEqualTo("TL1");
        assertThat(s.cutPercent()).isEqualByComparingTo("0.5");
        DayStatus after = judge(MONDAY, List.of(in(at(MONDAY, 7, 40))), at(MONDAY, 16, 0));
        assertThat(after.open()).isFalse();
        assertThat(after.code()).isEqualTo("TL1+PSW4");
    }

    @Test
    void beforeAnyCheckInTheDayIsNotYet() {
        DayStatus early = judge(MONDAY, List.of(), at(MONDAY, 6, 0));
        assertThat(early.code()).isEqualTo("NOT_YET");
        assertThat(early.reasons().get(0)).startsWith("Belum waktunya");
        DayStatus late = judge(MONDAY, List.of(), at(MONDAY, 9, 0));
        assertThat(late.code()).isEqualTo("NOT_YET");
        assertThat(late.reasons().get(0)).startsWith("Belum presensi");
        assertThat(judge(MONDAY, List.of(), at(MONDAY, 16, 0)).code()).isEqualTo("ABSENT");
    }

    @Test
    void holidaysAndWeekendsAreNeverLateOrAbsent() {
        DayStatus h = DayRules.judge(S, MONDAY, Optional.of(new Holiday(MONDAY, "Libur", Holiday.Kind.NATIONAL)),
                List.of(), List.of(), at(MONDAY, 20, 0)).status();
        assertThat(h.code()).isEqualTo("HOLIDAY");
        assertThat(h.holiday()).isEqualTo("Libur");
        assertThat(judge(MONDAY.minusDays(1), List.of(), at(MONDAY, 20, 0)).code()).isEqualTo("DAY_OFF");
    }

    @Test
    void aCheckOutBeforeTheFirstCheckInIsNotTheDaysEnd() {
        DayStatus s = judge(MONDAY, List.of(out(at(MONDAY, 7, 0)), in(at(MONDAY, 7, 20))), at(MONDAY, 20, 0));
        assertThat(s.checkOut()).isNull();
        assertThat(s.code()).isEqualTo("PSW4");
    }

    @Test
    void timeInsideAnOutageIsNotCounted() {
        DayJudge.Outage o = new DayJudge.Outage(LocalDateTime.of(MONDAY, java.time.LocalTime.of(7, 0)),
                LocalDateTime.of(MONDAY, java.time.LocalTime.of(9, 0)));
        DayStatus s = DayRules.judge(S, MONDAY, Optional.empty(), List.of(in(at(MONDAY, 9, 10)),
                out(at(MONDAY, 16, 0))), List.of(o), at(MONDAY, 20, 0)).status();
        assertThat(s.lateMinutes()).isEqualTo(10);
        assertThat(s.code()).isEqualTo("TL1");
    }

    @Test
    void inRamadanTheDayStartsAtEight() {
        LocalDate r = LocalDate.of(2026, 3, 2);
        DayStatus s = judge(r, List.of(in(at(r, 7, 55)), out(at(r, 15, 0))), at(r, 20, 0));
        assertThat(s.code()).isEqualTo("PRESENT");
        assertThat(s.expectedStart()).isEqualTo(java.time.LocalTime.of(8, 0));
    }

    @Test
    void theFlagsOfTheDaysCheckInsAreShown() {
        DayRules.Mark flagged = new DayRules.Mark("IN", at(MONDAY, 7, 20), "a", "LOW_ACCURACY,UNBOUND_DEVICE", "PENDING");
        DayStatus s = judge(MONDAY, List.of(flagged, out(at(MONDAY, 16, 5))), at(MONDAY, 20, 0));
        assertThat(s.flags()).containsExactly("LOW_ACCURACY", "UNBOUND_DEVICE");
    }

    @Test
    void anExcusedWorkingDayIsNeverLateOrAbsentAndSaysWhy() {
        Excuse leave = new Excuse(DayType.LEAVE, "Cuti tahunan disetujui (permohonan #7) / Annual leave approved"
                + " (request #7)", "request", 7, null);
        DayRules.Judged none = DayRules.judge(S, MONDAY, Optional.empty(), leave, List.of(), List.of(),
                at(MONDAY, 20, 0));
        assertThat(none.status().code()).isEqualTo("LEAVE");
        assertThat(none.status().cutPercent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(none.status().reasons()).containsExactly(leave.reason());
        assertThat(none.verdict().status()).isEqualTo(id.serasan.attendance.internal.rules.Verdict.Status.LEAVE);
        // late check-ins on a duty-travel day are not held against anyone, and the day is judged before its end
        Excuse trip = new Excuse(DayType.DUTY_TRAVEL, "Dinas luar / Duty travel", "request", 8, "Palembang");
        DayRules.Judged late = DayRules.judge(S, MONDAY, Optional.empty(), trip, List.of(in(at(MONDAY, 10, 0))),
                List.of(), at(MONDAY, 11, 0));
        assertThat(late.status().code()).isEqualTo("DUTY_TRAVEL");
        assertThat(late.status().open()).isFalse();
        assertThat(late.status().lateMinutes()).isZero();
        assertThat(late.status().checkIn()).isNotNull();
        Excuse appeal = new Excuse(DayType.CORRECTED, "Banding #3 diterima / Appeal #3 accepted", "appeal", 3, null);
        assertThat(DayRules.judge(S, MONDAY, Optional.empty(), appeal, List.of(), List.of(), at(MONDAY, 20, 0))
                .status().code()).isEqualTo("CORRECTED");
    }

    @Test
    void aHolidayOrADayOffStaysWhatItIsUnderAnExcuse() {
        Excuse leave = new Excuse(DayType.LEAVE, "Cuti / Leave", "request", 7, null);
        DayStatus holiday = DayRules.judge(S, MONDAY, Optional.of(new Holiday(MONDAY, "Libur", Holiday.Kind.NATIONAL)),
                leave, List.of(), List.of(), at(MONDAY, 20, 0)).status();
        assertThat(holiday.code()).isEqualTo("HOLIDAY");
        LocalDate saturday = MONDAY.minusDays(2);
        assertThat(DayRules.judge(S, saturday, Optional.empty(), leave, List.of(), List.of(), at(MONDAY, 20, 0))
                .status().code()).isEqualTo("DAY_OFF");
    }

    @Test
    void anExcuseIsNeverAWorkingDayHolidayOrDayOff() {
        for (DayType t : List.of(DayType.WORKDAY, DayType.HOLIDAY, DayType.DAY_OFF)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Excuse(t, "x", "request", 1, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void onARosterTheShiftGivesTheHoursAndDaysWithoutOneAreOff() {
        id.serasan.attendance.internal.rules.Shift night = new id.serasan.attendance.internal.rules.Shift("M",
                java.time.LocalTime.of(21, 0), java.time.LocalTime.of(7, 0));
        DayRules.Plan plan = new DayRules.Plan(true, night);
        // in at 21:10, out at 07:00 the next morning: 10 minutes late, judged once the shift is over
        List<DayRules.Mark> marks = List.of(in(at(MONDAY, 21, 10)), out(at(MONDAY.plusDays(1), 7, 0)));
        DayStatus open = DayRules.judge(S, MONDAY, Optional.empty(), null, plan, marks, List.of(),
                at(MONDAY.plusDays(1), 6, 0)).status();
        assertThat(open.open()).isTrue();
        DayStatus closed = DayRules.judge(S, MONDAY, Optional.empty(), null, plan, marks, List.of(),
                at(MONDAY.plusDays(1), 8, 0)).status();
        assertThat(closed.open()).isFalse();
        assertThat(closed.code()).isEqualTo("TL1");
        assertThat(closed.lateMinutes()).isEqualTo(10);
        assertThat(closed.earlyMinutes()).isZero();
        // a weekday without a shift is a day off, a holiday with one is worked
        assertThat(DayRules.judge(S, MONDAY, Optional.empty(), null, new DayRules.Plan(true, null), List.of(),
                List.of(), at(MONDAY, 23, 0)).status().code()).isEqualTo("DAY_OFF");
        LocalDate saturday = MONDAY.minusDays(2);
        DayStatus worked = DayRules.judge(S, saturday, Optional.of(new Holiday(saturday, "Libur", Holiday.Kind.NATIONAL)),
                null, plan, List.of(), List.of(), at(MONDAY, 12, 0)).status();
        assertThat(worked.code()).isEqualTo("ABSENT");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DayRules.Plan(false, night))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
