package id.serasan.attendance.internal.rest;

import id.serasan.attendance.internal.day.Recap;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The monthly recap as CSV: one line per employee, the band counts as columns; formula-looking cells quoted off. */
public final class RecapCsv {
    static final List<String> BANDS = List.of("TL1", "TL2", "TL3", "TL4", "PSW1", "PSW2", "PSW3", "PSW4");

    private RecapCsv() {
    }

    public static void write(Recap.RecapResult r, Writer w) throws IOException {
        List<String> head = new ArrayList<>(List.of("nip", "nama", "kode_unit", "unit", "hari_kerja", "tepat_waktu",
                "tanpa_keterangan"));
        head.addAll(BANDS.stream().map(String::toLowerCase).toList());
        head.addAll(List.of("cuti", "dinas_luar", "kerja_fleksibel", "izin", "dikoreksi_banding"));
        head.add("potongan_tpp_persen");
        head.add("batas_tercapai");
        record(w, head);
        for (Recap.RecapLine l : r.lines()) {
            List<String> row = new ArrayList<>(List.of(l.nip(), l.name(), l.unitCode(), l.unitName(),
                    Integer.toString(l.workingDays()), Integer.toString(l.onTime()), Integer.toString(l.absent())));
            for (String b : BANDS) {
                row.add(Integer.toString(l.bands().getOrDefault(b, 0)));
            }
            for (var x : Recap.EXCUSED) {
                row.add(Integer.toString(l.excused().getOrDefault(x.name(), 0)));
            }
            row.add(l.cutPercent().toPlainString());
            row.add(l.capped() ? "ya" : "tidak");
            record(w, row);
        }
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
