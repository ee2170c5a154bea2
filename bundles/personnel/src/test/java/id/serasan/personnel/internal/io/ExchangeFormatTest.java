package id.serasan.personnel.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeFormatTest {
    @Test
    void csvReadsQuotesSeparatorsLineBreaksAndBom() throws IOException {
        String text = "\uFEFFNIP;NAMA;ALAMAT\r\n198609262015051001;\"Siti; Nur\";\"Jl. A\nNo. 1\"\n\n199001012020012002;\"Dedi \"\"Ucok\"\"\";\n";
        List<String[]> rows = Csv.read(new StringReader(text), 10);
        assertThat(rows).hasSize(4); // the blank line stays a record, so record n is row n
        assertThat(rows.get(0)).containsExactly("NIP", "NAMA", "ALAMAT");
        assertThat(rows.get(1)).containsExactly("198609262015051001", "Siti; Nur", "Jl. A\nNo. 1");
        assertThat(rows.get(2)).containsExactly("");
        assertThat(rows.get(3)).containsExactly("199001012020012002", "Dedi \"Ucok\"", "");
    }

    @Test
    void csvRefusesTooManyRowsAndOpenQuotes() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a\nb\nc\n"), 2)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Csv.read(new StringReader("a,\"b\n"), 5)).isInstanceOf(IOException.class);
    }

    @Test
    void csvWriteThenReadGivesTheSameCellsAndDefusesFormulas() throws IOException {
        StringWriter w = new StringWriter();
        Csv.writeRecord(w, new String[] {"a,b", "say \"hi\"", null, "=HYPERLINK(1)", "-12"});
        List<String[]> back = Csv.read(new StringReader(w.toString()), 5);
        assertThat(back.get(0)).containsExactly("a,b", "say \"hi\"", "", "'=HYPERLINK(1)", "-12");
    }

    @Test
    void xlsxWriteThenReadGivesTheSameCells() throws Exception {
        List<String[]> rows = List.of(new String[] {"NIP", "NAMA", "KOSONG", "CATATAN"},
                new String[] {"198609262015051001", "Siti <Nur> & Co", null, "baris\nbaru"},
                new String[] {"199001012020012002", "Dedi", "", "x"});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(rows, out);
        List<String[]> back = Xlsx.read(new ByteArrayInputStream(out.toByteArray()), 10);
        assertThat(back).hasSize(3);
        assertThat(back.get(0)).containsExactly("NIP", "NAMA", "KOSONG", "CATATAN");
        assertThatThrownBy(() -> Xlsx.sheet("<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>"
                .getBytes(), List.of(), 10, new java.util.HashSet<>())).isInstanceOf(IOException.class);
        assertThat(Xlsx.sheet(("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NIP</t></is></c></row>"
                + "<row r=\"4\"><c r=\"B4\"><v>7</v></c></row></sheetData></worksheet>").getBytes(), List.of(), 10,
                new java.util.HashSet<>()))
                .extracting(r -> String.join("|", r)).containsExactly("NIP", "", "", "|7");
        assertThat(back.get(1)).containsExactly("198609262015051001", "Siti <Nur> & Co", "", "baris\nbaru");
        assertThat(back.get(2)).containsExactly("199001012020012002", "Dedi", "", "x");
    }

    @Test
    void xlsxColumnsAndNumbers() {
        assertThat(Xlsx.column("A1")).isZero();
        assertThat(Xlsx.column("Z9")).isEqualTo(25);
        assertThat(Xlsx.column("AB12")).isEqualTo(27);
        assertThat(Xlsx.columnName(27)).isEqualTo("AB");
        assertThat(Xlsx.number("1.98609262015051E17")).isEqualTo("198609262015051000");
        assertThat(Xlsx.number("3.5")).isEqualTo("3.5");
        assertThat(Xlsx.number("45000")).isEqualTo("45000");
    }

    @Test
    void notAnXlsxIsAnIoError() {
        assertThatThrownBy(() -> Xlsx.read(new ByteArrayInputStream("NIP,NAMA\n".getBytes()), 10))
                .isInstanceOf(IOException.class);
    }

    /** A workbook by hand: workbook.xml, its relationships and the given sheet parts. */
    static byte[] workbook(String firstSheetTarget, java.util.Map<String, String> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write(("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Pegawai\" sheetId=\"2\" r:id=\"rId7\"/><sheet name=\"Lama\" sheetId=\"1\" r:id=\"rId3\"/>"
                    + "</sheets></workbook>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId3\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"" + firstSheetTarget + "\"/>"
                    + "</Relationships>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (java.util.Map.Entry<String, String> e : sheets.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    static String sheetXml(String rows) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    @Test
    void theFirstTabIsReadEvenWhenItIsStoredAsSheetTwo() throws Exception {
        byte[] wb = workbook("worksheets/sheet2.xml", java.util.Map.of(
                "xl/worksheets/sheet1.xml", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>LAMA</t></is></c></row>"),
                "xl/worksheets/sheet2.xml", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>BARU</t></is></c></row>")));
        assertThat(Xlsx.read(new ByteArrayInputStream(wb), 10).get(0)).containsExactly("BARU");
        byte[] absolute = workbook("/xl/worksheets/sheet2.xml", java.util.Map.of(
                "xl/worksheets/sheet1.xml", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>LAMA</t></is></c></row>"),
                "xl/worksheets/sheet2.xml", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>BARU</t></is></c></row>")));
        assertThat(Xlsx.read(new ByteArrayInputStream(absolute), 10).get(0)).containsExactly("BARU");
    }

    @Test
    void numberCellsAreReportedAndTextCellsAreNot() throws Exception {
        byte[] wb = workbook("worksheets/sheet1.xml", java.util.Map.of("xl/worksheets/sheet1.xml", sheetXml(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NIP</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>N</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>1.98609262015051E17</v></c><c r=\"B2\" t=\"n\"><v>3</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>198609262015051001</t></is></c><c r=\"B3\"/></row>")));
        Sheet sheet = Xlsx.readSheet(new ByteArrayInputStream(wb), 10);
        assertThat(sheet.rows().get(1)[0]).isEqualTo("198609262015051000");
        assertThat(sheet.isNumber(1, 0)).isTrue();
        assertThat(sheet.isNumber(1, 1)).isTrue();
        assertThat(sheet.isNumber(2, 0)).isFalse();
        assertThat(sheet.isNumber(2, 1)).as("an empty cell").isFalse();
        assertThat(sheet.isNumber(0, 0)).isFalse();
        assertThat(sheet.isNumber(1, null)).isFalse();
        assertThat(Cells.numberCell(2, "NIP").message()).contains("Teks").contains("Text").contains("15");
    }
}
