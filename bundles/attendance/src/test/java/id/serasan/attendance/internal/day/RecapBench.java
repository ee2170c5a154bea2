package id.serasan.attendance.internal.day;

import id.serasan.attendance.internal.config.Settings;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.AttendanceTestDatabase;
import id.serasan.attendance.internal.store.CheckInRepository;
import id.serasan.personnel.api.StaffMember;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The monthly recap of the whole regency: 12,000 employees x the 21 working days of November 2026 (and one day of
 * leave-free absences), read from the day summaries of an embedded Derby file database and judged under the
 * default rule pack, as {@code GET /api/v1/attendance/recaps} does. Prints, from the same run, the scan alone and
 * the judging alone beside the whole. Runs only when asked: {@code bench/attendance-recap.sh}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "attendance-recap")
class RecapBench {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void regencyMonth() throws Exception {
        int employees = Integer.getInteger("bench.employees", 12_000);
        YearMonth month = YearMonth.of(2026, 11);
        Settings s = SettingsFixture.defaults();
        Path dir = Files.createTempDirectory("attendance-recap-bench");
        AttendanceDatabase db = AttendanceTestDatabase.create(dir.resolve("db").toString());
        List<StaffMember> staff = new ArrayList<>();
        Random rnd = new Random(2026);
        long t0 = System.nanoTime();
        int rows = db.tx(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_DAY (NIP, WORK_DATE, FIRST_IN_MS, "
                    + "FIRST_IN_ID, LAST_OUT_MS, LAST_OUT_ID, LAST_MS, LAST_LAT, LAST_LON, CHECKINS, FLAGS) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int e = 0; e < employees; e++) {
                    String nip = String.format("1980010120050110%02d", e % 100) + e;
                    nip = nip.substring(nip.length() - 18);
                    staff.add(new StaffMember(nip, "Pegawai " + e, "U" + (e % 160), "Unit " + (e % 160), null));
                    for (int d = 1; d <= month.lengthOfMonth(); d++) {
                        LocalDate day = month.atDay(d);
                        if (day.getDayOfWeek().getValue() > 5 || rnd.nextInt(50) == 0) {
                            continue; // weekends; and now and then a day with no record at all
                        }
                        long in = day.atTime(7, 0).atZone(WIB).toInstant().toEpochMilli() + rnd.nextInt(90) * 60_000L;
                        long out = day.atTime(15, 30).atZone(WIB).toInstant().toEpochMilli() + rnd.nextInt(90) * 60_000L;
                        ps.setString(1, nip);
                        ps.setDate(2, Date.valueOf(day));
                        ps.setLong(3, in);
                        ps.setString(4, "i" + e + "-" + d);
                        ps.setLong(5, out);
                        ps.setString(6, "o" + e + "-" + d);
                        ps.setLong(7, out);
                        ps.setDouble(8, -3.66);
                        ps.setDouble(9, 103.77);
                        ps.setInt(10, 2);
                        ps.setString(11, "");
                        ps.addBatch();
                        if (++n % 5000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            return n;
        });
        System.out.printf("loaded %,d day summaries of %,d employees in %.1f s%n", rows, employees,
                (System.nanoTime() - t0) / 1e9);
        CheckInRepository repo = new CheckInRepository();
        long now = LocalDate.of(2026, 12, 1).atTime(9, 0).atZone(WIB).toInstant().toEpochMilli();
        for (int round = 0; round < 6; round++) {
            long a = System.nanoTime();
            AtomicLong scanned = new AtomicLong();
            db.read(c -> {
                repo.forEachDay(c, month.atDay(1), month.atEndOfMonth(), (n, d, i, o) -> scanned.incrementAndGet());
                return null;
            });
            long scan = System.nanoTime() - a;
            Recap.Marks marks = new Recap.Marks(month);
            long b = System.nanoTime();
            db.read(c -> {
                repo.forEachDay(c, month.atDay(1), month.atEndOfMonth(), marks::add);
                return null;
            });
            long c1 = System.nanoTime();
            Recap.RecapResult r = Recap.compute(s, month, null, staff, marks, day -> Optional.empty(), u -> List.of(), now);
            long judged = System.nanoTime() - c1;
            long whole = System.nanoTime() - b;
            System.out.printf("round %d: scan alone %d ms (%,d rows) | whole recap %d ms, of which judging %d ms"
                    + " (%,d lines, %s%% cut for the first)%s%n", round, scan / 1_000_000, scanned.get(),
                    whole / 1_000_000, judged / 1_000_000, r.lines().size(), r.lines().get(0).cutPercent(),
                    round == 0 ? " [warm-up]" : "");
        }
    }
}
