package id.serasan.attendance.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final AnnualLeave.Balance TEN_LEFT = AnnualLeave.balance(5, 0, 2);

    static RequestRules.Draft leave(LeaveType t, LocalDate from, LocalDate to, int working, boolean letter) {
        return new RequestRules.Draft(RequestKind.LEAVE, t, from, to, working, "Keperluan keluarga", null, letter);
    }

    static List<String> fields(RequestRules.Draft d) {
        return fields(d, 10, TEN_LEFT);
    }

    static List<String> fields(RequestRules.Draft d, Integer years, AnnualLeave.Balance annual) {
        return RequestRules.check(d, TODAY, 7, years, annual).stream().map(RequestRules.Problem::field).toList();
    }

    @Test
    void aWellFormedAnnualLeaveWithinTheBalancePasses() {
        assertThat(fields(leave(LeaveType.ANNUAL, TODAY.plusDays(4), TODAY.plusDays(8), 5, false))).isEmpty();
        // exactly the balance
        assertThat(fields(leave(LeaveType.ANNUAL, TODAY.plusDays(4), TODAY.plusDays(17), 10, false))).isEmpty();
    }

    @Test
    void annualLeaveBeyondTheBalanceIsRefusedWithWhatIsLeft() {
        List<RequestRules.Problem> p = RequestRules.check(leave(LeaveType.ANNUAL, TODAY.plusDays(4),
                TODAY.plusDays(18), 11, false), TODAY, 7, 10, TEN_LEFT);
        assertThat(p).extracting(RequestRules.Problem::field).containsExactly("to");
        assertThat(p.get(0).message()).contains("Sisa cuti tahunan 10 hari kerja, diminta 11");
        // other leave types do not use the annual balance
        assertThat(fields(leave(LeaveType.IMPORTANT, TODAY.plusDays(4), TODAY.plusDays(18), 11, true),
                10, AnnualLeave.balance(5, 0, 12))).isEmpty();
    }

    @Test
    void yearsOfServiceDecideWhoMayTakeWhichLeave() {
        RequestRules.Draft annual = leave(LeaveType.ANNUAL, TODAY, TODAY, 1, false);
        assertThat(fields(annual, 0, AnnualLeave.balance(0, 0, 0))).contains("leaveType");
        assertThat(fields(annual, 1, AnnualLeave.balance(1, 0, 0))).isEmpty();
        RequestRules.Draft big = leave(LeaveType.LONG, TODAY, TODAY.plusDays(30), 22, false);
        assertThat(fields(big, 4, null)).containsExactly("leaveType");
        assertThat(fields(big, 5, null)).isEmpty();
        RequestRules.Draft cltn = leave(LeaveType.UNPAID, TODAY, TODAY.plusDays(30), 22, true);
        assertThat(fields(cltn, 4, null)).containsExactly("leaveType");
        assertThat(fields(cltn, 5, null)).isEmpty();
        // unknown years of service (not a PNS NIP) do not block
        assertThat(fields(big, null, null)).isEmpty();
        // sick leave needs no years
        assertThat(fields(leave(LeaveType.SICK, TODAY, TODAY, 1, false), 0, null)).isEmpty();
    }

    @Test
    void eachLeaveTypeHasItsLongestLeave() {
        LocalDate from = LocalDate.of(2026, 12, 7);
        // three months: up to the day before the same date three months on
        assertThat(fields(leave(LeaveType.LONG, from, from.plusMonths(3).minusDays(1), 60, false))).isEmpty();
        assertThat(fields(leave(LeaveType.LONG, from, from.plusMonths(3), 61, false))).containsExactly("to");
        assertThat(fields(leave(LeaveType.MATERNITY, from, from.plusMonths(3).minusDays(1), 60, true))).isEmpty();
        assertThat(fields(leave(LeaveType.MATERNITY, from, from.plusMonths(3), 61, true))).containsExactly("to");
        assertThat(fields(leave(LeaveType.IMPORTANT, from, from.plusMonths(1).minusDays(1), 20, true))).isEmpty();
        assertThat(fields(leave(LeaveType.IMPORTANT, from, from.plusMonths(1), 21, true))).containsExactly("to");
        assertThat(fields(leave(LeaveType.SICK, from, from.plusMonths(18).minusDays(1), 380, true))).isEmpty();
        assertThat(fields(leave(LeaveType.SICK, from, from.plusMonths(18), 381, true))).containsExactly("to");
        assertThat(fields(leave(LeaveType.UNPAID, from, from.plusYears(3).minusDays(1), 700, true))).isEmpty();
        assertThat(fields(leave(LeaveType.UNPAID, from, from.plusYears(3), 701, true))).containsExactly("to");
        List<RequestRules.Problem> p = RequestRules.check(leave(LeaveType.LONG, from, from.plusMonths(3), 61, false),
                TODAY, 7, 10, null);
        assertThat(p.get(0).message()).isEqualTo("Cuti besar paling lama 3 bulan / Long leave lasts at most 3 months");
    }

    @Test
    void sickLeaveOfTwoDaysOrMoreNeedsADoctorsLetter() {
        assertThat(fields(leave(LeaveType.SICK, TODAY, TODAY, 1, false))).isEmpty();
        assertThat(fields(leave(LeaveType.SICK, TODAY, TODAY.plusDays(1), 2, false))).containsExactly("attachment");
        assertThat(fields(leave(LeaveType.SICK, TODAY, TODAY.plusDays(1), 2, true))).isEmpty();
        // two calendar days count even when one is not a working day
        assertThat(fields(leave(LeaveType.SICK, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 5), 1, false)))
                .containsExactly("attachment");
        assertThat(fields(leave(LeaveType.MATERNITY, TODAY, TODAY.plusDays(10), 7, false))).containsExactly("attachment");
        assertThat(fields(leave(LeaveType.IMPORTANT, TODAY, TODAY, 1, false))).containsExactly("attachment");
        assertThat(fields(leave(LeaveType.UNPAID, TODAY, TODAY, 1, false))).containsExactly("attachment");
        assertThat(fields(leave(LeaveType.LONG, TODAY, TODAY, 1, false))).isEmpty();
        assertThat(fields(leave(LeaveType.ANNUAL, TODAY, TODAY, 1, false))).isEmpty();
    }

    @Test
    void datesMustBeInOrderNotTooFarBackOrAheadAndHoldAWorkingDay() {
        assertThat(fields(leave(LeaveType.ANNUAL, TODAY.plusDays(2), TODAY.plusDays(1), 0, false))).containsExactly("to");
        assertThat(fields(leave(LeaveType.SICK, TODAY.minusDays(7), TODAY.minusDays(7), 1, false))).isEmpty();
        assertThat(fields(leave(LeaveType.SICK, TODAY.minusDays(8), TODAY.minusDays(8), 1, false))).containsExactly("from");
        assertThat(fields(leave(LeaveType.ANNUAL, TODAY.plusDays(366), TODAY.plusDays(366), 1, false))).isEmpty();
        assertThat(fields(leave(LeaveType.ANNUAL, TODAY.plusDays(367), TODAY.plusDays(367), 1, false)))
                .containsExactly("from");
        assertThat(fields(leave(LeaveType.ANNUAL, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6), 0, false)))
                .containsExactly("to");
        assertThat(fields(new RequestRules.Draft(null, null, null, null, 0, " ", null, false)))
                .containsExactlyInAnyOrder("kind", "from", "to", "reason");
        assertThat(fields(new RequestRules.Draft(RequestKind.LEAVE, null, TODAY, TODAY, 1, "x", null, false)))
                .containsExactly("leaveType");
    }

    @Test
    void flexibleWorkIsAskedForBeforeTheDayAndNeedsAPlace() {
        RequestRules.Draft today = new RequestRules.Draft(RequestKind.FLEXIBLE_WORK, null, TODAY, TODAY, 1,
                "Menyusun laporan", "Rumah, Jl. Merdeka 1", false);
        assertThat(fields(today)).isEmpty();
        RequestRules.Draft yesterday = new RequestRules.Draft(RequestKind.FLEXIBLE_WORK, null, TODAY.minusDays(1),
                TODAY, 2, "Menyusun laporan", "Rumah", false);
        assertThat(fields(yesterday)).containsExactly("from");
        RequestRules.Draft nowhere = new RequestRules.Draft(RequestKind.FLEXIBLE_WORK, null, TODAY, TODAY, 1,
                "Menyusun laporan", " ", false);
        assertThat(fields(nowhere)).containsExactly("place");
    }

    @Test
    void dutyTravelNeedsItsPlaceAndLetterOfAssignmentAndOtherKindsHaveNoLeaveType() {
        RequestRules.Draft trip = new RequestRules.Draft(RequestKind.DUTY_TRAVEL, null, TODAY, TODAY.plusDays(2), 3,
                "Rapat koordinasi", "Palembang", true);
        assertThat(fields(trip)).isEmpty();
        assertThat(fields(new RequestRules.Draft(RequestKind.DUTY_TRAVEL, null, TODAY, TODAY, 1, "Rapat", null, false)))
                .containsExactlyInAnyOrder("place", "attachment");
        assertThat(fields(new RequestRules.Draft(RequestKind.PERMISSION, LeaveType.ANNUAL, TODAY, TODAY, 1, "Urusan",
                null, false))).containsExactly("leaveType");
        assertThat(fields(new RequestRules.Draft(RequestKind.PERMISSION, null, TODAY, TODAY, 1, "Urusan", null,
                false))).isEmpty();
    }

    @Test
    void aRequestOtherThanLeaveCoversAtMost31Days() {
        RequestRules.Draft month = new RequestRules.Draft(RequestKind.DUTY_TRAVEL, null, TODAY, TODAY.plusDays(30), 21,
                "Diklat", "Jakarta", true);
        assertThat(fields(month)).isEmpty();
        RequestRules.Draft longer = new RequestRules.Draft(RequestKind.DUTY_TRAVEL, null, TODAY, TODAY.plusDays(31), 22,
                "Diklat", "Jakarta", true);
        assertThat(fields(longer)).containsExactly("to");
    }

    @Test
    void reasonAndPlaceHaveTheirLongestLength() {
        String r1000 = "a".repeat(1000);
        assertThat(fields(new RequestRules.Draft(RequestKind.PERMISSION, null, TODAY, TODAY, 1, r1000, "p".repeat(300),
                false))).isEmpty();
        assertThat(fields(new RequestRules.Draft(RequestKind.PERMISSION, null, TODAY, TODAY, 1, r1000 + "a",
                "p".repeat(301), false))).containsExactlyInAnyOrder("reason", "place");
    }

    @Test
    void everyKindExcusesItsDaysAsItsOwnDayTypeAndOnlyTravelAndFlexibleWorkMoveTheCheckIn() {
        assertThat(RequestKind.LEAVE.dayType()).isEqualTo(DayType.LEAVE);
        assertThat(RequestKind.DUTY_TRAVEL.dayType()).isEqualTo(DayType.DUTY_TRAVEL);
        assertThat(RequestKind.FLEXIBLE_WORK.dayType()).isEqualTo(DayType.FLEXIBLE_WORK);
        assertThat(RequestKind.PERMISSION.dayType()).isEqualTo(DayType.PERMISSION);
        assertThat(RequestKind.DUTY_TRAVEL.movesCheckIn()).isTrue();
        assertThat(RequestKind.FLEXIBLE_WORK.movesCheckIn()).isTrue();
        assertThat(RequestKind.LEAVE.movesCheckIn()).isFalse();
        assertThat(RequestKind.PERMISSION.movesCheckIn()).isFalse();
    }

    @Test
    void theMessagesSayWhatIsMissingForEachKind() {
        List<RequestRules.Problem> trip = RequestRules.check(new RequestRules.Draft(RequestKind.DUTY_TRAVEL, null, TODAY,
                TODAY, 1, "Rapat", null, true), TODAY, 7, 10, null);
        assertThat(trip.get(0).message()).startsWith("Tempat tugas wajib diisi");
        List<RequestRules.Problem> home = RequestRules.check(new RequestRules.Draft(RequestKind.FLEXIBLE_WORK, null,
                TODAY, TODAY, 1, "Laporan", null, false), TODAY, 7, 10, null);
        assertThat(home.get(0).message()).startsWith("Tempat kerja wajib diisi");
        assertThat(RequestRules.check(leave(LeaveType.SICK, TODAY, TODAY.plusDays(1), 2, false), TODAY, 7, 10, null)
                .get(0).message()).startsWith("Cuti sakit 2 hari atau lebih perlu surat dokter");
        assertThat(RequestRules.check(leave(LeaveType.IMPORTANT, TODAY, TODAY, 1, false), TODAY, 7, 10, null)
                .get(0).message()).startsWith("Lampirkan surat pendukung");
        // one working day with nothing left is refused by the balance
        List<RequestRules.Problem> none = RequestRules.check(leave(LeaveType.ANNUAL, TODAY, TODAY, 1, false), TODAY, 7,
                1, AnnualLeave.balance(1, 0, 12));
        assertThat(none).extracting(RequestRules.Problem::message).containsExactly(
                "Sisa cuti tahunan 0 hari kerja, diminta 1 / 0 working days of annual leave left, 1 asked");
    }

    @Test
    void everyKindAndLeaveTypeHasItsNameInBothLanguages() {
        assertThat(RequestKind.LEAVE.id()).isEqualTo("Cuti");
        assertThat(RequestKind.LEAVE.en()).isEqualTo("Leave");
        assertThat(RequestKind.DUTY_TRAVEL.id()).isEqualTo("Dinas luar");
        assertThat(RequestKind.FLEXIBLE_WORK.en()).isEqualTo("Flexible work (WFH/FWA)");
        assertThat(LeaveType.ANNUAL.id()).isEqualTo("Cuti tahunan");
        assertThat(LeaveType.UNPAID.en()).isEqualTo("Unpaid leave");
        assertThat(LeaveType.ANNUAL.longestText()).isNull();
        assertThat(LeaveType.SICK.longestText()).isEqualTo("1 tahun 6 bulan / 1 year 6 months");
    }
}
