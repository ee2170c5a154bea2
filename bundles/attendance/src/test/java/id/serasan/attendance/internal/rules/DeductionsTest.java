package id.serasan.attendance.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeductionsTest {
    final DayJudge judge = new DayJudge(RulePack.DEFAULT);
    final WorkWeek week = WorkWeek.standard();

    Verdict day(LocalDate d, DayType type, String in, String out) {
        var hours = week.on(d.getDayOfWeek());
        if (hours.isEmpty()) {
            return judge.judge(d, DayType.DAY_OFF, null, null, null, null, List.of());
        }
        LocalDateTime start = d.atTime(hours.get().start());
        LocalDateTime end = d.atTime(hours.get().end());
        return judge.judge(d, type, start, end, in == null ? null : d.atTime(java.time.LocalTime.parse(in)),
                out == null ? null : d.atTime(java.time.LocalTime.parse(out)), List.of());
    }

    /**
     * December 2026 worked by hand (Mon–Thu 07:30–16:00, Fri 07:30–16:30; 25 Dec a holiday, 24 Dec collective
     * leave): 1 Dec TL1 (07:45) 0.5; 2 Dec PSW2 (15:15) 1; 3 Dec absent 4; 4 Dec (Fri) TL3 + PSW1 (08:50, 16:10)
     * 1.5 + 0.5; 7 Dec no check-out PSW4 2; 8 Dec on leave 0; 9 Dec duty travel 0; 14 Dec TL4 (09:05, 95 min) 2;
     * 24 and 25 Dec holidays 0; every other working day on time. Total 0.5 + 1 + 4 + 2 + 2 + 2 = 11.5%.
     */
    @Test
    void aHandCheckedMonthAddsUpAndExplainsEveryCut() {
        List<Verdict> month = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 12, 1); d.getMonthValue() == 12; d = d.plusDays(1)) {
            int n = d.getDayOfMonth();
            month.add(switch (n) {
                case 1 -> day(d, DayType.WORKDAY, "07:45", "16:00");
                case 2 -> day(d, DayType.WORKDAY, "07:20", "15:15");
                case 3 -> day(d, DayType.WORKDAY, null, null);
                case 4 -> day(d, DayType.WORKDAY, "08:50", "16:10");
                case 7 -> day(d, DayType.WORKDAY, "07:29", null);
                case 8 -> day(d, DayType.LEAVE, null, null);
                case 9 -> day(d, DayType.DUTY_TRAVEL, null, null);
                case 14 -> day(d, DayType.WORKDAY, "09:05", "16:05");
                case 24, 25 -> day(d, DayType.HOLIDAY, null, null);
                default -> day(d, DayType.WORKDAY, "07:25", d.getDayOfWeek() == DayOfWeek.FRIDAY ? "16:30" : "16:01");
            });
        }
        Deductions.Month m = Deductions.of(RulePack.DEFAULT, month);
        assertThat(m.totalPercent()).isEqualByComparingTo("11.5");
        assertThat(m.capped()).isFalse();
        assertThat(m.rulePack()).contains("Permentan 68/2012");
        assertThat(m.lines()).extracting(l -> l.date().getDayOfMonth()).containsExactly(1, 2, 3, 4, 7, 14);
        assertThat(m.lines().get(3).cutPercent()).isEqualByComparingTo("2");
        assertThat(m.lines().get(3).reasons()).containsExactly("TL3: terlambat 80 menit / 80 minutes late",
                "PSW1: pulang 20 menit lebih awal / left 20 minutes early");
        assertThat(m.lines().get(2).reasons()).containsExactly(
                "Tidak ada presensi masuk maupun pulang / No check-in and no check-out");
        assertThat(month.stream().filter(v -> v.status() == Verdict.Status.DAY_OFF)).hasSize(8);
    }

    @Test
    void aMonthIsCappedAtTheRulePacksCeilingAndSaysSo() {
        RulePack pack = new RulePack("cap 10", RulePack.DEFAULT.late(), RulePack.DEFAULT.early(), new BigDecimal("4"),
                new BigDecimal("10"));
        DayJudge j = new DayJudge(pack);
        List<Verdict> days = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            LocalDate d = LocalDate.of(2026, 11, i + 1);
            days.add(j.judge(d, DayType.WORKDAY, d.atTime(7, 30), d.atTime(16, 0), null, null, List.of()));
        }
        Deductions.Month m = Deductions.of(pack, days);
        assertThat(m.uncapped()).isEqualByComparingTo("12");
        assertThat(m.totalPercent()).isEqualByComparingTo("10");
        assertThat(m.capped()).isTrue();
        // exactly at the cap: not capped
        Deductions.Month at = Deductions.of(new RulePack("cap 12", pack.late(), pack.early(), pack.absentCut(),
                new BigDecimal("12")), days);
        assertThat(at.capped()).isFalse();
        assertThat(at.totalPercent()).isEqualByComparingTo("12");
        assertThat(Deductions.of(pack, List.of()).totalPercent()).isZero();
        // the lines come in date order whatever order the days came in
        List<Verdict> shuffled = new ArrayList<>(days);
        java.util.Collections.reverse(shuffled);
        assertThat(Deductions.of(pack, shuffled).lines()).extracting(Deductions.Line::date)
                .containsExactly(days.get(0).date(), days.get(1).date(), days.get(2).date());
    }
}
