package id.serasan.attendance.internal.day;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.attendance.api.Holiday;
import id.serasan.attendance.internal.config.Settings;
import id.serasan.personnel.api.StaffMember;
import id.serasan.attendance.internal.rules.DayType;
import id.serasan.attendance.internal.rules.Excuse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecapTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Settings S = SettingsFixture.defaults();
    static final YearMonth NOV = YearMonth.of(2026, 11);

    static long at(LocalDate d, int h, int m) {
        return d.atTime(h, m).atZone(WIB).toInstant().toEpochMilli();
    }

    /** November 2026: 21 weekdays; a holiday on Tue 10th leaves 20 working days. */
    @Test
    void aHandCheckedMonthAddsUpTheCutsOfItsDays() {
        StaffMember a = new StaffMember("199001012020011001", "A", "U1", "Unit 1", null);
        StaffMember b = new StaffMember("199001012020011002", "B", "U1", "Unit 1", null);
        Recap.Marks marks = new Recap.Marks(NOV);
        for (int d = 1; d <= 30; d++) {
            LocalDate day = NOV.atDay(d);
            // A: on time every day, except: the 2nd 40 min late (TL2, 1%), the 3rd left 95 min early (PSW4, 2%),
            // the 4th no check-out (PSW4, 2%), the 5th absent (4%)
            if (d == 5) {
                continue;
            }
            boolean late = d == 2 || d == 6;
            marks.add(a.nip(), day, "IN", at(day, late ? 8 : 7, late ? 10 : 25), "NONE");
            if (d != 4) {
                marks.add(a.nip(), day, "OUT", at(day, d == 3 ? 14 : 16, d == 3 ? 25 : 30), "NONE");
            }
            // the 6th is late too: a rejected early check-in that day does not hide it
            if (d == 6) {
                marks.add(a.nip(), day, "IN", at(day, 6, 0), "REJECTED");
            }
        }
        Recap.RecapResult r = Recap.compute(S, NOV, "U1", List.of(a, b), marks,
                day -> day.equals(NOV.atDay(10)) ? Optional.of(new Holiday(day, "Libur", Holiday.Kind.NATIONAL))
                        : Optional.empty(),
                code -> List.of(), at(LocalDate.of(2026, 12, 1), 9, 0));
        assertThat(r.through()).isEqualTo(NOV.atEndOfMonth());
        Recap.RecapLine la = r.lines().get(0);
        assertThat(la.workingDays()).isEqualTo(20);
        assertThat(la.absent()).isEqualTo(1);
        assertThat(la.bands()).containsEntry("TL2", 2).containsEntry("PSW4", 2).hasSize(2);
        assertThat(la.cutPercent()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(la.onTime()).isEqualTo(15);
        // B never checked in: 20 absent days at 4% = 80%
        Recap.RecapLine lb = r.lines().get(1);
        assertThat(lb.absent()).isEqualTo(20);
        assertThat(lb.cutPercent()).isEqualByComparingTo("80");
        assertThat(lb.capped()).isFalse();
    }

    @Test
    void daysNotOverAreLeftOut() {
        StaffMember a = new StaffMember("199001012020011001", "A", "U1", "Unit 1", null);
        // Wed 4 Nov 10:00: the 2nd and 3rd are closed, the 4th is not
        Recap.RecapResult r = Recap.compute(S, NOV, null, List.of(a), new Recap.Marks(NOV), d -> Optional.empty(),
                c -> List.of(), at(NOV.atDay(4), 10, 0));
        assertThat(r.through()).isEqualTo(NOV.atDay(3));
        assertThat(r.lines().get(0).workingDays()).isEqualTo(2);
        assertThat(r.lines().get(0).absent()).isEqualTo(2);
    }

    @Test
    void theMonthlyCapHolds() {
        StaffMember a = new StaffMember("199001012020011001", "A", "U1", "Unit 1", null);
        long dec1 = at(LocalDate.of(2026, 12, 1), 9, 0);
        // 21 absent days x 4% = 84%: under the default cap of 100%, over a cap of 50%
        Recap.RecapResult free = Recap.compute(S, NOV, null, List.of(a), new Recap.Marks(NOV), d -> Optional.empty(),
                c -> List.of(), dec1);
        assertThat(free.lines().get(0).cutPercent()).isEqualByComparingTo("84");
        assertThat(free.lines().get(0).capped()).isFalse();
        id.serasan.attendance.internal.rules.RulePack p = S.rules();
        Settings capped = new Settings(S.regular(), S.ramadanWeek(), S.ramadan(),
                new id.serasan.attendance.internal.rules.RulePack(p.name(), p.late(), p.early(), p.absentCut(),
                        new BigDecimal("50")), S.defaultRadiusMetres(), S.clockSkewMillis(), S.offlineAfterMillis(),
                S.lateOfflineMillis(), S.impossibleSpeedMetresPerSecond(), S.batchSize(), S.commitTimeoutMillis(),
                S.directoryCacheMillis(), S.requests());
        Recap.RecapResult r = Recap.compute(capped, NOV, null, List.of(a), new Recap.Marks(NOV), d -> Optional.empty(),
                c -> List.of(), dec1);
        assertThat(r.lines().get(0).cutPercent()).isEqualByComparingTo("50");
        assertThat(r.lines().get(0).capped()).isTrue();
    }

    @Test
    void aDaySummaryGivesItsFirstCheckInAndLastCheckOutAndZeroMeansNone() {
        Recap.Marks m = new Recap.Marks(NOV);
        LocalDate d = NOV.atDay(2);
        m.add("x", d, at(d, 7, 20), 0L);
        assertThat(m.in("x", 2)).isEqualTo(at(d, 7, 20));
        assertThat(m.out("x", 2)).isZero();
        m.add("y", d, 0L, at(d, 16, 5));
        assertThat(m.in("y", 2)).isZero();
        assertThat(m.out("y", 2)).isEqualTo(at(d, 16, 5));
        assertThat(m.in("nobody", 2)).isZero();
        assertThat(m.out("nobody", 2)).isZero();
        // later check-outs and earlier check-ins win
        m.add("x", d, "IN", at(d, 7, 10), "NONE");
        m.add("x", d, "IN", at(d, 7, 30), "NONE");
        m.add("x", d, "OUT", at(d, 16, 0), "NONE");
        m.add("x", d, "OUT", at(d, 15, 0), "NONE");
        assertThat(m.in("x", 2)).isEqualTo(at(d, 7, 10));
        assertThat(m.out("x", 2)).isEqualTo(at(d, 16, 0));
    }

    @Test
    void aCheckOutBeforeTheFirstCheckInDoesNotEndTheDayInTheRecap() {
        StaffMember a = new StaffMember("199001012020011001", "A", "U1", "Unit 1", null);
        Recap.Marks m = new Recap.Marks(NOV);
        LocalDate d = NOV.atDay(2);
        m.add(a.nip(), d, at(d, 7, 20), at(d, 7, 0));
        Recap.RecapResult r = Recap.compute(S, NOV, null, List.of(a), m, x -> Optional.empty(), c -> List.of(),
                at(NOV.atDay(3), 1, 0));
        assertThat(r.lines().get(0).bands()).containsEntry("PSW4", 1);
    }

    @Test
    void marksOfAnotherMonthAreIgnored() {
        Recap.Marks m = new Recap.Marks(NOV);
        m.add("x", LocalDate.of(2026, 12, 1), "IN", 1, "NONE");
        assertThat(m.in("x", 1)).isZero();
    }

    @Test
    void excusedDaysAreNeverLateOrAbsentAndAreCountedByTheirKind() {
        StaffMember b = new StaffMember("199001012020011002", "B", "U1", "Unit 1", null);
        // B never checked in; leave on the 2nd-3rd (Mon-Tue), duty travel the 4th, flexible work the 5th,
        // permission the 6th, an accepted appeal the 9th; a leave over the weekend 7th-8th changes nothing
        Excuse leave = new Excuse(DayType.LEAVE, "Cuti tahunan disetujui / Annual leave approved", "request", 1, null);
        java.util.Map<LocalDate, Excuse> days = new java.util.HashMap<>();
        days.put(NOV.atDay(2), leave);
        days.put(NOV.atDay(3), leave);
        days.put(NOV.atDay(4), new Excuse(DayType.DUTY_TRAVEL, "Dinas luar / Duty travel", "request", 2, "Palembang"));
        days.put(NOV.atDay(5), new Excuse(DayType.FLEXIBLE_WORK, "WFH / WFH", "request", 3, "Rumah"));
        days.put(NOV.atDay(6), new Excuse(DayType.PERMISSION, "Izin / Permission", "request", 4, null));
        days.put(NOV.atDay(7), leave);
        days.put(NOV.atDay(8), leave);
        days.put(NOV.atDay(9), new Excuse(DayType.CORRECTED, "Banding / Appeal", "appeal", 5, null));
        Recap.RecapResult r = Recap.compute(S, NOV, "U1", List.of(b), new Recap.Marks(NOV), day -> Optional.empty(),
                code -> List.of(), java.util.Map.of(b.nip(), days), at(LocalDate.of(2026, 12, 1), 9, 0));
        Recap.RecapLine l = r.lines().get(0);
        assertThat(l.workingDays()).isEqualTo(21);
        assertThat(l.excused()).containsEntry("LEAVE", 2).containsEntry("DUTY_TRAVEL", 1)
                .containsEntry("FLEXIBLE_WORK", 1).containsEntry("PERMISSION", 1).containsEntry("CORRECTED", 1)
                .hasSize(5);
        // 21 working days, 6 excused: 15 absent at 4%
        assertThat(l.absent()).isEqualTo(15);
        assertThat(l.cutPercent()).isEqualByComparingTo("60");
        assertThat(l.onTime()).isZero();
    }

    @Test
    void aRosteredEmployeeIsJudgedByTheirShiftsAndHasTheOtherDaysOff() {
        StaffMember n = new StaffMember("199001012020011003", "N", "RS", "Rumah sakit", null);
        id.serasan.attendance.internal.rules.Shift night = new id.serasan.attendance.internal.rules.Shift("M",
                java.time.LocalTime.of(21, 0), java.time.LocalTime.of(7, 0));
        // three night shifts: the 2nd on time, the 7th (a Saturday) 40 minutes late, the 30th absent; the 30th's
        // shift ends on 1 December at 07:00, before "now"
        java.util.Map<LocalDate, id.serasan.attendance.internal.rules.Shift> roster = java.util.Map.of(NOV.atDay(2),
                night, NOV.atDay(7), night, NOV.atDay(30), night);
        Recap.Marks marks = new Recap.Marks(NOV);
        marks.add(n.nip(), NOV.atDay(2), "IN", at(NOV.atDay(2), 20, 55), "NONE");
        marks.add(n.nip(), NOV.atDay(2), "OUT", at(NOV.atDay(3), 7, 5), "NONE");
        marks.add(n.nip(), NOV.atDay(7), "IN", at(NOV.atDay(7), 21, 40), "NONE");
        marks.add(n.nip(), NOV.atDay(7), "OUT", at(NOV.atDay(8), 7, 0), "NONE");
        Recap.RecapResult r = Recap.compute(S, NOV, "RS", List.of(n), marks, day -> Optional.empty(), code -> List.of(),
                java.util.Map.of(), java.util.Map.of(n.nip(), roster), at(LocalDate.of(2026, 12, 1), 9, 0));
        Recap.RecapLine l = r.lines().get(0);
        assertThat(l.workingDays()).isEqualTo(3);
        assertThat(l.onTime()).isEqualTo(1);
        assertThat(l.bands()).containsEntry("TL2", 1).hasSize(1);
        assertThat(l.absent()).isEqualTo(1);
        assertThat(l.cutPercent()).isEqualByComparingTo("5"); // 1% + 4%
        // before the 30th's shift is over it is left out
        Recap.RecapResult early = Recap.compute(S, NOV, "RS", List.of(n), marks, day -> Optional.empty(),
                code -> List.of(), java.util.Map.of(), java.util.Map.of(n.nip(), roster),
                at(LocalDate.of(2026, 12, 1), 6, 0));
        assertThat(early.lines().get(0).workingDays()).isEqualTo(2);
    }
}
