package id.serasan.attendance.internal.command;

import id.serasan.attendance.internal.day.DayService;
import id.serasan.attendance.internal.day.Recap;
import id.serasan.attendance.internal.rest.RecapCsv;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "attendance-recap",
        description = "Monthly attendance recap of a unit (and its sub-units) / Rekap presensi bulanan sebuah unit")
@Service
public class AttendanceRecapCommand implements Action {
    @Reference
    DayService days;

    @Argument(index = 0, name = "unit", required = false,
            description = "unit code (empty: the whole regency)")
    String unit;

    @Option(name = "-m", aliases = "--month", description = "YYYY-MM (default: this month)")
    String month;

    @Option(name = "--csv", description = "write the recap as CSV to this file instead of printing it")
    String csv;

    @Option(name = "--xlsx", description = "write the recap as an XLSX workbook to this file instead of printing it")
    String xlsx;

    @Override
    public Object execute() throws Exception {
        YearMonth m = month == null ? YearMonth.now(ZoneId.of("Asia/Jakarta")) : YearMonth.parse(month);
        long t0 = System.nanoTime();
        Recap.RecapResult r = days.recap(unit, m, System.currentTimeMillis());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (csv != null) {
            try (Writer w = Files.newBufferedWriter(Path.of(csv), StandardCharsets.UTF_8)) {
                RecapCsv.write(r, w);
            }
            System.out.println(r.lines().size() + " pegawai / employees -> " + csv + " (" + ms + " ms)");
            return null;
        }
        if (xlsx != null) {
            try (java.io.OutputStream o = Files.newOutputStream(Path.of(xlsx))) {
                RecapCsv.xlsx(r, o);
            }
            System.out.println(r.lines().size() + " pegawai / employees -> " + xlsx + " (" + ms + " ms)");
            return null;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("Rekap / Recap " + m + (unit == null ? " (kabupaten / regency)" : " unit " + unit)
                + ", dinilai s.d. / judged through " + (r.through() == null ? "-" : r.through()));
        out.println("Aturan / Rules: " + r.rulePack());
        out.printf("%-18s %-32s %5s %5s %5s %-28s %7s%n", "NIP", "Nama / Name", "Kerja", "Tepat", "Absen",
                "TL/PSW", "Potong%");
        for (Recap.RecapLine l : r.lines()) {
            out.printf("%-18s %-32.32s %5d %5d %5d %-28.28s %7s%n", l.nip(), l.name(), l.workingDays(), l.onTime(),
                    l.absent(), l.bands().toString().replaceAll("[{}]", ""), l.cutPercent().toPlainString()
                            + (l.capped() ? "*" : ""));
        }
        out.println(r.lines().size() + " pegawai / employees (" + ms + " ms)");
        return null;
    }
}
