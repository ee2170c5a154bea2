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
                .getBytes(), List.of(), 10)).isInstanceOf(IOException.class);
        assertThat(Xlsx.sheet(("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NIP</t></is></c></row>"
                + "<row r=\"4\"><c r=\"B4\"><v>7</v></c></row></sheetData></worksheet>").getBytes(), List.of(), 10))
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
}
