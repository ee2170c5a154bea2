package id.serasan.personnel.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** XLSX details the round-trip tests do not reach: shared strings, booleans, sheets without a workbook part. */
class XlsxTest {
    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    @Test
    void sharedStringsWithRichRunsAndPhoneticsBooleansAndRowsWithoutNumbers() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/sharedStrings.xml", "<sst><si><t>NIP</t></si><si><r><t>Siti </t></r><r><t>Nur</t></r>"
                + "<rPh><t>SHI-TI</t></rPh></si><si><t><![CDATA[a<b]]></t></si></sst>");
        // no workbook.xml: the lowest-numbered sheet is the first (sheet2 before sheet10)
        parts.put("xl/worksheets/sheet10.xml", ExchangeFormatTest.sheetXml("<row><c t=\"s\"><v>0</v></c></row>"));
        parts.put("xl/worksheets/sheet2.xml", ExchangeFormatTest.sheetXml(
                "<row><c t=\"s\"><v>0</v></c><c t=\"b\"><v>1</v></c></row>"
                + "<row><c t=\"s\"><v> 1 </v></c><c t=\"b\"><v>0</v></c><c t=\"s\"><v>2</v></c><c t=\"s\"><v>9</v></c>"
                + "<c t=\"str\"><v>x</v></c></row>"));
        Sheet sheet = Xlsx.readSheet(new ByteArrayInputStream(zip(parts)), 10);
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(0)).containsExactly("NIP", "TRUE");
        assertThat(sheet.rows().get(1)).containsExactly("Siti Nur", "FALSE", "a<b", "", "x");
        assertThat(sheet.numberCells()).isEmpty();
        assertThat(Xlsx.sharedStrings("<sst><si/></sst>".getBytes())).containsExactly("");
        assertThatThrownBy(() -> Xlsx.sharedStrings("<sst><si>".getBytes())).isInstanceOf(IOException.class);
    }

    @Test
    void aBrokenSharedStringIndexOrRowNumberIsADamagedFile() {
        assertThatThrownBy(() -> Xlsx.sheet(ExchangeFormatTest.sheetXml("<row r=\"1\"><c t=\"s\"><v>x</v></c></row>")
                .getBytes(), List.of(), 10, new java.util.HashSet<>())).isInstanceOf(IOException.class)
                .hasMessageContaining("shared string x");
        assertThatThrownBy(() -> Xlsx.sheet(ExchangeFormatTest.sheetXml("<row r=\"z\"><c><v>1</v></c></row>")
                .getBytes(), List.of(), 10, new java.util.HashSet<>())).isInstanceOf(IOException.class)
                .hasMessageContaining("row z");
    }

    @Test
    void theRelationshipIdIsFoundUnderEitherName() throws Exception {
        String rels = "<Relationships><Relationship Id=\"rId2\" Target=\"worksheets/sheet5.xml\"/></Relationships>";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("xl/workbook.xml", "<workbook><sheets><sheet name=\"A\" r:id=\"rId2\"/></sheets></workbook>".getBytes());
        parts.put("xl/_rels/workbook.xml.rels", rels.getBytes());
        assertThat(Xlsx.firstSheet(parts)).isEqualTo("xl/worksheets/sheet5.xml");
        parts.put("xl/workbook.xml", "<workbook><sheets><sheet name=\"A\" id=\"rId2\"/></sheets></workbook>".getBytes());
        parts.put("xl/worksheets/sheet3.xml", new byte[0]);
        assertThat(Xlsx.firstSheet(parts)).as("no r:id: the lowest sheet").isEqualTo("xl/worksheets/sheet3.xml");
        parts.remove("xl/worksheets/sheet3.xml");
        assertThat(Xlsx.firstSheet(parts)).isNull();
    }

    @Test
    void numbersAsASpreadsheetShowsThem() {
        assertThat(Xlsx.number("")).isEmpty();
        assertThat(Xlsx.number("1.0")).isEqualTo("1");
        assertThat(Xlsx.number("-2.50")).isEqualTo("-2.50");
        assertThat(Xlsx.number("0.000")).isEqualTo("0");
        assertThat(Xlsx.number("1E2")).isEqualTo("100");
        assertThat(Xlsx.number("abc")).isEqualTo("abc");
        assertThat(Xlsx.columnName(0)).isEqualTo("A");
        assertThat(Xlsx.columnName(25)).isEqualTo("Z");
        assertThat(Xlsx.columnName(26)).isEqualTo("AA");
        assertThat(Xlsx.column("XFD1")).isEqualTo(Xlsx.MAX_COLUMNS - 1);
    }

    @Test
    void writtenCellsAreEscaped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(List.<String[]>of(new String[] {"a&b", "<c>", "\"q\" 'x'", "\u0001ctl"}), out);
        assertThat(Xlsx.read(new ByteArrayInputStream(out.toByteArray()), 5).get(0)[0]).isEqualTo("a&b");
        assertThat(Xlsx.read(new ByteArrayInputStream(out.toByteArray()), 5).get(0)[1]).isEqualTo("<c>");
        assertThat(Xlsx.read(new ByteArrayInputStream(out.toByteArray()), 5).get(0)[2]).isEqualTo("\"q\" 'x'");
        assertThat(Xlsx.escape("a&<>\"\u0001\u001f\t\n\r ")).isEqualTo("a&amp;&lt;&gt;&quot;  \t\n\r ");
    }
}
