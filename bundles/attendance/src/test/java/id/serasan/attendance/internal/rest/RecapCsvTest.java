package id.serasan.attendance.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.attendance.internal.day.Recap;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

class RecapCsvTest {
    static final Recap.RecapResult R = new Recap.RecapResult(YearMonth.of(2026, 11), "U1", "Bawaan", LocalDate.of(2026,
            11, 30), List.of(new Recap.RecapLine("199001012020011001", "=HYPERLINK(\"x\")", "U1", "Unit, Satu", 20, 15,
            1, Map.of("TL2", 2, "PSW4", 2), Map.of("LEAVE", 2, "CORRECTED", 1), new BigDecimal("10.5"), false)));

    @Test
    void theCsvHasOneColumnPerBandAndExcusedKindAndQuotesFormulasOff() throws Exception {
        StringWriter w = new StringWriter();
        RecapCsv.write(R, w);
        String[] lines = w.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("nip,nama,kode_unit,unit,hari_kerja,tepat_waktu,tanpa_keterangan,tl1,tl2,tl3,"
                + "tl4,psw1,psw2,psw3,psw4,cuti,dinas_luar,kerja_fleksibel,izin,dikoreksi_banding,potongan_tpp_persen,"
                + "batas_tercapai");
        assertThat(lines[1]).isEqualTo("199001012020011001,\"'=HYPERLINK(\"\"x\"\")\",U1,\"Unit, Satu\",20,15,1,0,2,0,"
                + "0,0,0,0,2,2,0,0,0,1,10.5,tidak");
    }

    @Test
    void theWorkbookHoldsTheSameTableWithNumbersAsNumbersAndTextNeverAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecapCsv.xlsx(R, out);
        Map<String, String> parts = new HashMap<>();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("rekap", ".xlsx");
        java.nio.file.Files.write(file, out.toByteArray());
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                parts.put(e.getName(), new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).isNotNull();
        String workbook = parts.get("xl/workbook.xml");
        assertThat(workbook).contains("Rekap 2026-11");
        String all = String.join("\n", parts.values());
        assertThat(all).contains("potongan_tpp_persen").contains("dikoreksi_banding").contains("Unit, Satu");
        // the cut is a number cell, the name a string (no <f> formula element anywhere)
        assertThat(sheet).contains("<v>10.5</v>").contains("<v>20</v>");
        assertThat(sheet).doesNotContain("<f>");
        assertThat(sheet).contains("pane");
    }
}
