package id.serasan.attendance.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The check-in writer alone, on an embedded Derby file database (durable commits: each commit syncs the log):
 * {@code threads} submitters each wait for their row's commit before sending the next, as phones do, for
 * {@code seconds}; once with group commit and once with one transaction per row (the naive baseline), in the same
 * run. Runs only when asked: {@code bench/attendance-writer.sh} (figures in bench/README.md).
 */
@EnabledIfSystemProperty(named = "bench", matches = "attendance-writer")
class WriterBench {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void groupCommitAgainstOneCommitPerRow() throws Exception {
        int threads = Integer.getInteger("bench.threads", 200);
        int seconds = Integer.getInteger("bench.seconds", 10);
        for (String mode : new String[] {"group", "single", "group"}) {
            Path dir = Files.createTempDirectory("attendance-writer-bench");
            AttendanceDatabase db = AttendanceTestDatabase.create(dir.resolve("db").toString());
            CheckInRepository repo = new CheckInRepository();
            GroupCommitWriter writer = new GroupCommitWriter(db, repo, () -> 256, 50_000);
            AtomicLong done = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            CountDownLatch finished = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                int tid = t;
                Thread th = new Thread(() -> {
                    long i = 0;
                    try {
                    while (System.nanoTime() < end) {
                        // one employee per submitter: a phone waits for its answer before its next check-in
                        String nip = String.format("1990010120%08d", tid);
                        CheckInRow r = new CheckInRow(nip, "b-" + tid + "-" + i++, "IN", DAY, 1000 + i, 1000L, 1000L,
                                1100, -3.6655, 103.7726, 12, 4, "Kantor", "U1", "d", false, "", "NONE");
                        long t0 = System.nanoTime();
                        try {
                            if (mode.equals("group")) {
                                writer.submit(r, false).get(30, TimeUnit.SECONDS);
                            } else {
                                db.tx(c -> {
                                    repo.insert(c, List.of(r));
                                    repo.summarise(c, List.of(r));
                                    return null;
                                });
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet(); // the naive baseline times out on Derby's locks under load
                            continue;
                        }
                        latencies.add(System.nanoTime() - t0);
                        done.incrementAndGet();
                    }
                    } finally {
                        finished.countDown();
                    }
                });
                th.start();
            }
            finished.await();
            writer.close();
            List<Long> l = new ArrayList<>(latencies);
            java.util.Collections.sort(l);
            long[] counts = writer.counts();
            System.out.printf("%-6s %d submitters: %,d durable rows/s, %,d failed, p50 %.1f ms, p99 %.1f ms%s%n",
                    mode, threads, done.get() / seconds, failed.get(), l.get(l.size() / 2) / 1e6, l.get((int) (l.size() * 0.99)) / 1e6,
                    mode.equals("group") ? String.format(", %,d commits (%.0f rows each)", counts[0],
                            counts[1] / (double) Math.max(1, counts[0])) : "");
        }
    }
}
