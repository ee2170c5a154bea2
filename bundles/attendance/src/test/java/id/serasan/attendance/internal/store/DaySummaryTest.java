package id.serasan.attendance.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaySummaryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static CheckInRow row(String id, String kind, long at, double lat, String flags, String review) {
        return new CheckInRow("199001012020011001", id, kind, DAY, at, at, at, at, lat, 103.7, 10, 1, "K", "U",
                "d", false, flags, review);
    }

    @Test
    void aFirstCheckInOrCheckOutStartsTheDay() {
        DaySummary in = DaySummary.of(row("a", "IN", 100, -3.6, "", "NONE"));
        assertThat(in.firstInMs()).isEqualTo(100);
        assertThat(in.firstInId()).isEqualTo("a");
        assertThat(in.lastOutMs()).isNull();
        assertThat(in.lastOutId()).isNull();
        DaySummary out = DaySummary.of(row("b", "OUT", 200, -3.6, "X", "NONE"));
        assertThat(out.firstInMs()).isNull();
        assertThat(out.firstInId()).isNull();
        assertThat(out.lastOutMs()).isEqualTo(200);
        assertThat(out.lastOutId()).isEqualTo("b");
        assertThat(out.flags()).isEqualTo("X");
        assertThat(out.checkIns()).isEqualTo(1);
    }

    @Test
    void theEarliestCheckInAndTheLatestCheckOutWinTiesKeepTheFirst() {
        DaySummary d = DaySummary.of(row("a", "IN", 100, -3.6, "", "NONE"))
                .with(row("b", "IN", 100, -3.6, "", "NONE"))
                .with(row("c", "IN", 99, -3.6, "", "NONE"))
                .with(row("o1", "OUT", 500, -3.6, "", "NONE"))
                .with(row("o2", "OUT", 500, -3.6, "", "NONE"))
                .with(row("o0", "OUT", 400, -3.6, "", "NONE"));
        assertThat(d.firstInId()).isEqualTo("c");
        assertThat(d.lastOutId()).isEqualTo("o1");
        assertThat(d.checkIns()).isEqualTo(6);
    }

    @Test
    void theLatestFixIsTheLatestInTimeNotInArrival() {
        DaySummary d = DaySummary.of(row("a", "IN", 100, -3.60, "", "NONE"))
                .with(row("late", "OUT", 900, -3.90, "", "NONE"))
                .with(row("queued", "IN", 300, -3.70, "", "NONE")); // an offline one arriving last
        assertThat(d.lastMs()).isEqualTo(900);
        assertThat(d.lastLatitude()).isEqualTo(-3.90);
        DaySummary same = d.with(row("same", "OUT", 900, -3.95, "", "NONE"));
        assertThat(same.lastLatitude()).isEqualTo(-3.95);
    }

    @Test
    void aRejectedCheckInChangesNothing() {
        DaySummary d = DaySummary.of(row("a", "IN", 100, -3.6, "", "NONE"));
        assertThat(d.with(row("r", "IN", 50, -3.9, "MOCK_LOCATION", "REJECTED"))).isSameAs(d);
    }

    @Test
    void flagsAreUnitedInFirstSeenOrderAndKeptToTheColumnsSize() {
        assertThat(DaySummary.union("", "A")).isEqualTo("A");
        assertThat(DaySummary.union(null, "A")).isEqualTo("A");
        assertThat(DaySummary.union("A", "")).isEqualTo("A");
        assertThat(DaySummary.union("A", null)).isEqualTo("A");
        assertThat(DaySummary.union("A,B", "B,C")).isEqualTo("A,B,C");
        String many = "X".repeat(299);
        assertThat(DaySummary.union(many, "Y")).hasSize(300).startsWith(many + ",");
        String exactly = "X".repeat(298);
        assertThat(DaySummary.union(exactly, "Y")).isEqualTo(exactly + ",Y");
    }
}
