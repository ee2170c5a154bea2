package id.serasan.personnel.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.api.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table both imports read: row numbers, blank rows, header columns, limits, XLSX first tab and number cells. */
class TableReaderTest {
    static Table csv(String text, int maxDataRows) {
        return TableReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, maxDataRows)
                .table();
    }

    static int status(Throwable t) {
        return ((ProblemException) t).status();
    }

    @Test
    void rowsCarryTheirSpreadsheetNumbersAndBlankRowsAreSkippedButCounted() {
        Table t = csv("\uFEFFNIP;NAMA\n1;\"A\nB\"\n\n;  \n2;C\n", 10);
        assertThat(t.header()).containsExactly("NIP", "NAMA");
        assertThat(t.rows()).extracting(Table.Row::number).containsExactly(2, 5);
        assertThat(t.rows().get(0).cells()).containsExactly("1", "A\nB");
        assertThat(t.rows().get(1).text(1)).isEqualTo("C");
        assertThat(t.rows().get(0).numberColumns()).as("CSV has no cell types").isEmpty();
    }

    @Test
    void theUploadKeepsItsBytesForTheChecksum() {
        byte[] body = "NIP\n1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(TableReader.read(new ByteArrayInputStream(body), false, 5).bytes()).isEqualTo(body);
    }

    @Test
    void theRowLimitCountsDataRowsBlankOnesIncluded() {
        assertThat(csv("NIP\n1\n\n3\n", 3).rows()).hasSize(2);
        assertThatThrownBy(() -> csv("NIP\n1\n\n3\n4\n", 3)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(status(e)).isEqualTo(400))
                .hasMessageContaining("Berkas tidak dapat dibaca / The file cannot be read: lebih dari / more than 4");
    }

    @Test
    void anEmptyOrUnreadableBodyOrOneWithoutHeaderIs400() {
        assertThatThrownBy(() -> csv("", 5)).satisfies(e -> assertThat(status(e)).isEqualTo(400))
                .hasMessageContaining("Berkas kosong / The file is empty");
        assertThatThrownBy(() -> csv("\uFEFF", 5)).satisfies(e -> assertThat(status(e)).isEqualTo(400))
                .hasMessageContaining("Berkas tanpa baris judul / The file has no header row");
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("reset");
            }
        };
        assertThatThrownBy(() -> TableReader.read(broken, false, 5)).satisfies(e -> assertThat(status(e)).isEqualTo(400))
                .hasMessageContaining("Berkas tidak terbaca / The file could not be read");
        assertThatThrownBy(() -> csv("A,\"b\n", 5)).satisfies(e -> assertThat(status(e)).isEqualTo(400))
                .hasMessageContaining("tanda kutip tidak ditutup");
        assertThatThrownBy(() -> TableReader.read(new ByteArrayInputStream("NIP\n".getBytes()), true, 5))
                .satisfies(e -> assertThat(status(e)).isEqualTo(400)).hasMessageContaining("XLSX");
    }

    @Test
    void xlsxIsReadFromTheFirstTabWithItsNumberCells() throws Exception {
        byte[] wb = ExchangeFormatTest.workbook("worksheets/sheet2.xml", Map.of(
                "xl/worksheets/sheet1.xml", ExchangeFormatTest.sheetXml(
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>LAMA</t></is></c></row>"),
                "xl/worksheets/sheet2.xml", ExchangeFormatTest.sheetXml(
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NIP</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>N</t></is></c></row>"
                        + "<row r=\"3\"><c r=\"A3\"><v>1.98609262015051E17</v></c>"
                        + "<c r=\"B3\" t=\"inlineStr\"><is><t>x</t></is></c></row>")));
        Table t = TableReader.read(new ByteArrayInputStream(wb), true, 10).table();
        assertThat(t.header()).containsExactly("NIP", "N");
        assertThat(t.rows()).hasSize(1);
        Table.Row row = t.rows().get(0);
        assertThat(row.number()).isEqualTo(3);
        assertThat(row.numberColumns()).containsExactly(0);
        assertThat(row.isNumber(0)).isTrue();
        assertThat(row.isNumber(1)).isFalse();
        assertThat(row.isNumber(null)).isFalse();
        assertThatThrownBy(() -> TableReader.read(new ByteArrayInputStream(wb), true, 1))
                .satisfies(e -> assertThat(status(e)).isEqualTo(400));
        assertThat(TableReader.read(new ByteArrayInputStream(wb), true, 2).table().rows())
                .as("rows 2 and 3 are the two data rows allowed, the left-out row 2 included").hasSize(1);
    }

    @Test
    void xlsxEntitiesAreNotExpanded() throws Exception {
        byte[] wb = ExchangeFormatTest.workbook("worksheets/sheet1.xml", Map.of("xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x \"boom\">]><worksheet><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>"));
        assertThatThrownBy(() -> TableReader.read(new ByteArrayInputStream(wb), true, 5))
                .satisfies(e -> assertThat(status(e)).isEqualTo(400)).hasMessageContaining("XLSX");
    }

    @Test
    void cellTextIsTrimmedAndNullWhenMissingOrBlank() {
        Table.Row row = new Table.Row(2, new String[] {" a ", "", "  ", null}, Set.of());
        assertThat(row.text(0)).isEqualTo("a");
        assertThat(row.text(1)).isNull();
        assertThat(row.text(2)).isNull();
        assertThat(row.text(3)).isNull();
        assertThat(row.text(4)).isNull();
        assertThat(row.text(-1)).isNull();
        assertThat(row.text(null)).isNull();
    }

    @Test
    void headerColumnsAreFoundInAnyCaseAndOrderAndMissingRequiredOnesAre422() {
        Table t = new Table(new String[] {" nama unor ", "Nip", "IGNORED", "NIP"}, List.of());
        assertThat(t.columns(List.of("NIP", "NAMA_UNOR", "EMAIL"), List.of("NIP")))
                .containsOnly(Map.entry("NAMA_UNOR", 0), Map.entry("NIP", 3));
        assertThatThrownBy(() -> t.columns(List.of("NIP", "EMAIL", "NAMA"), List.of("NIP", "EMAIL", "NAMA")))
                .isInstanceOf(ProblemException.class).satisfies(e -> {
                    assertThat(status(e)).isEqualTo(422);
                    assertThat(((ProblemException) e).errors()).extracting(fe -> fe.field())
                            .containsExactly("EMAIL", "NAMA");
                });
    }

    @Test
    void aSheetWithoutRowsHasNoHeader() {
        assertThatThrownBy(() -> Table.of(Sheet.of(List.of()))).satisfies(e -> assertThat(status(e)).isEqualTo(400));
        assertThat(Table.blank(new String[] {null, " ", ""})).isTrue();
        assertThat(Table.blank(new String[] {})).isTrue();
        assertThat(Table.blank(new String[] {null, "x"})).isFalse();
    }
}
