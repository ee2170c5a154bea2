package id.serasan.attendance.internal.rest;

import id.serasan.attendance.internal.day.Recap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The monthly recap as a table: one line per employee, the band counts and the excused days as columns. Written as
 * CSV (formula-looking cells quoted off) or as an XLSX workbook (numbers as numbers, the header frozen).
 */
public final class RecapCsv {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> BANDS = List.of("TL1", "TL2", "TL3", "TL4", "PSW1", "PSW2", "PSW3", "PSW4");

    private RecapCsv() {
    }

    /** The column names (Indonesian, as HR's spreadsheets name them). */
    static List<String> header() {
        List<String> head = new ArrayList<>(List.of("nip", "nama", "kode_unit", "unit", "hari_kerja", "tepat_waktu",
                "tanpa_keterangan"));
        head.addAll(BANDS.stream().map(String::toLowerCase).toList());
        head.addAll(List.of("cuti", "dinas_luar", "kerja_fleksibel", "izin", "dikoreksi_banding"));
        head.add("potongan_tpp_persen");
        head.add("batas_tercapai");
        return head;
    }

    /** One line's cells: text as strings, counts as integers, the cut as a decimal. */
    static List<Object> cells(Recap.RecapLine l) {
        List<Object> row = new ArrayList<>(List.of(l.nip(), nz(l.name()), nz(l.unitCode()), nz(l.unitName()),
                l.workingDays(), l.onTime(), l.absent()));
        for (String b : BANDS) {
            row.add(l.bands().getOrDefault(b, 0));
        }
        for (var x : Recap.EXCUSED) {
            row.add(l.excused().getOrDefault(x.name(), 0));
        }
        row.add(l.cutPercent());
        row.add(l.capped() ? "ya" : "tidak");
        return row;
    }

    public static void write(Recap.RecapResult r, Writer w) throws IOException {
        record(w, header());
        for (Recap.RecapLine l : r.lines()) {
            List<String> row = new ArrayList<>();
            for (Object o : cells(l)) {
                row.add(o instanceof BigDecimal d ? d.toPlainString() : o.toString());
            }
            record(w, row);
        }
    }

    /** The recap as an XLSX workbook with one sheet named after the month. */
    public static void xlsx(Recap.RecapResult r, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Serasan", "1.0");
        Worksheet ws = wb.newWorksheet("Rekap " + r.month());
        List<String> head = header();
        for (int c = 0; c < head.size(); c++) {
            ws.value(0, c, head.get(c));
        }
        ws.range(0, 0, 0, head.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        int row = 1;
        for (Recap.RecapLine l : r.lines()) {
            List<Object> cells = cells(l);
            for (int c = 0; c < cells.size(); c++) {
                Object o = cells.get(c);
                if (o instanceof Number n) {
                    ws.value(row, c, n);
                } else {
                    ws.value(row, c, o.toString()); // a text cell: never read as a formula
                }
            }
            row++;
        }
        ws.width(1, 36);
        ws.width(3, 36);
        wb.finish();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static void record(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String v = fields.get(i) == null ? "" : fields.get(i);
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                w.write('"');
                w.write(v.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(v);
            }
        }
        w.write("\r\n");
    }
}
