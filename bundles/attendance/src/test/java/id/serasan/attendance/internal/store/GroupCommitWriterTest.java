package id.serasan.attendance.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The group-commit writer on a real (in-memory) Derby database. */
class GroupCommitWriterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private final AttendanceDatabase db = AttendanceTestDatabase.create();
    private final CheckInRepository repo = new CheckInRepository();
    private GroupCommitWriter writer = new GroupCommitWriter(db, repo, () -> 64, 10_000);

    @AfterEach
    void close() {
        writer.close();
    }

    static CheckInRow row(String nip, String clientId, String kind, long at, String device) {
        return new CheckInRow(nip, clientId, kind, DAY, at, Long.valueOf(at), Long.valueOf(at), at + 100, -3.6655, 103.7726, 12, 4.2, "Kantor",
                "U1", device, false, "", "NONE");
    }

    private int count() {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ATT_CHECKIN")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void manyConcurrentRowsAreWrittenInFewerCommitsThanRows() throws Exception {
        List<CompletableFuture<GroupCommitWriter.Outcome>> fs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            fs.add(writer.submit(row("1990010120200110" + String.format("%02d", i % 50), "c-" + i, "IN", 1000 + i,
                    "d"), false));
        }
        for (CompletableFuture<GroupCommitWriter.Outcome> f : fs) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(GroupCommitWriter.Outcome.STORED);
        }
        assertThat(count()).isEqualTo(2000);
        long[] counts = writer.counts();
        assertThat(counts[1]).isEqualTo(2000);
        assertThat(counts[0]).isLessThan(2000).isGreaterThanOrEqualTo(2000 / 64);
    }

    @Test
    void aRowAlreadyStoredIsADuplicateAndTheOthersOfItsBatchAreStillStored() throws Exception {
        assertThat(writer.submit(row("199001012020011001", "same", "IN", 1, "d"), false).get(10, TimeUnit.SECONDS))
                .isEqualTo(GroupCommitWriter.Outcome.STORED);
        List<CompletableFuture<GroupCommitWriter.Outcome>> fs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fs.add(writer.submit(row("199001012020011002", "other-" + i, "IN", 10 + i, "d"), false));
        }
        CompletableFuture<GroupCommitWriter.Outcome> dup = writer.submit(row("199001012020011001", "same", "IN", 2,
                "d"), false);
        for (CompletableFuture<GroupCommitWriter.Outcome> f : fs) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(GroupCommitWriter.Outcome.STORED);
        }
        assertThat(dup.get(10, TimeUnit.SECONDS)).isEqualTo(GroupCommitWriter.Outcome.DUPLICATE);
        assertThat(count()).isEqualTo(51);
        // the stored one is the first: its time was kept
        assertThat(db.read(c -> repo.find(c, "199001012020011001", "same")).orElseThrow().atMs()).isEqualTo(1);
    }

    @Test
    void theFirstDeviceBindsAndALaterOneDoesNotReplaceIt() throws Exception {
        writer.submit(row("199001012020011001", "a-1", "IN", 1, "phone-a"), true).get(10, TimeUnit.SECONDS);
        writer.submit(row("199001012020011001", "a-2", "OUT", 2, "phone-b"), true).get(10, TimeUnit.SECONDS);
        java.util.Optional<String> bound = db.read(c -> repo.boundDevice(c, "199001012020011001"));
        assertThat(bound).contains("phone-a");
        boolean released = db.tx(c -> repo.release(c, "199001012020011001"));
        assertThat(released).isTrue();
        writer.submit(row("199001012020011001", "a-3", "OUT", 3, "phone-b"), true).get(10, TimeUnit.SECONDS);
        java.util.Optional<String> rebound = db.read(c -> repo.boundDevice(c, "199001012020011001"));
        assertThat(rebound).contains("phone-b");
    }

    @Test
    void theDaySummaryKeepsTheFirstCheckInTheLastCheckOutAndTheLatestFix() throws Exception {
        String nip = "199001012020011001";
        writer.submit(row(nip, "i2", "IN", 2000, "d"), false).get(10, TimeUnit.SECONDS);
        writer.submit(row(nip, "i1", "IN", 1000, "d"), false).get(10, TimeUnit.SECONDS);
        CheckInRow moved = new CheckInRow(nip, "o1", "OUT", DAY, 9000, 9000L, 9000L, 9100, -3.70, 103.80, 12, 1, "K",
                "U1", "d", false, "LOW_ACCURACY", "PENDING");
        writer.submit(moved, false).get(10, TimeUnit.SECONDS);
        writer.submit(row(nip, "o0", "OUT", 5000, "d"), false).get(10, TimeUnit.SECONDS);
        DaySummary s = db.read(c -> repo.summaries(c, nip, DAY, DAY)).get(0);
        assertThat(s.firstInMs()).isEqualTo(1000);
        assertThat(s.firstInId()).isEqualTo("i1");
        assertThat(s.lastOutMs()).isEqualTo(9000);
        assertThat(s.lastOutId()).isEqualTo("o1");
        assertThat(s.lastMs()).isEqualTo(9000);
        assertThat(s.lastLatitude()).isEqualTo(-3.70);
        assertThat(s.checkIns()).isEqualTo(4);
        assertThat(s.flags()).isEqualTo("LOW_ACCURACY");
    }

    @Test
    void aRebuiltSummaryLeavesOutRejectedCheckIns() throws Exception {
        String nip = "199001012020011001";
        writer.submit(row(nip, "early", "IN", 1000, "d"), false).get(10, TimeUnit.SECONDS);
        writer.submit(row(nip, "late", "IN", 5000, "d"), false).get(10, TimeUnit.SECONDS);
        db.tx(c -> {
            c.createStatement().executeUpdate("UPDATE ATT_CHECKIN SET REVIEW = 'REJECTED' WHERE CLIENT_ID = 'early'");
            repo.resummarise(c, nip, DAY);
            return null;
        });
        DaySummary s = db.read(c -> repo.summaries(c, nip, DAY, DAY)).get(0);
        assertThat(s.firstInMs()).isEqualTo(5000);
        assertThat(s.checkIns()).isEqualTo(1);
    }

    @Test
    void closingWritesWhatIsQueuedAndRefusesWhatComesAfter() throws Exception {
        List<CompletableFuture<GroupCommitWriter.Outcome>> fs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            fs.add(writer.submit(row("199001012020011001", "q-" + i, "IN", i, "d"), false));
        }
        writer.close();
        for (CompletableFuture<GroupCommitWriter.Outcome> f : fs) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(GroupCommitWriter.Outcome.STORED);
        }
        assertThat(count()).isEqualTo(500);
        CompletableFuture<GroupCommitWriter.Outcome> after = writer.submit(row("199001012020011001", "z", "IN", 1, "d"),
                false);
        assertThat(after).isCompletedExceptionally();
    }

    @Test
    void aFullQueueTellsThePhoneToRetry() {
        writer.close();
        writer = new GroupCommitWriter(db, repo, () -> 1, 1);
        List<CompletableFuture<GroupCommitWriter.Outcome>> fs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            fs.add(writer.submit(row("199001012020011001", "f-" + i, "IN", i, "d"), false));
        }
        assertThat(fs).anyMatch(CompletableFuture::isCompletedExceptionally);
    }
}
