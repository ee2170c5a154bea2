package id.serasan.personnel.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV reading on FastCSV with our separator sniffing, BOM, blank records and limit; writing with the formula guard. */
class CsvTest {
    static List<String[]> read(String text, int max) throws IOException {
        return Csv.read(new StringReader(text), max);
    }

    @Test
    void semicolonsWinWhenTheHeaderHasMoreOfThem() throws IOException {
        assertThat(read("A;B,C;D\n1;2,3;4\n", 5).get(1)).containsExactly("1", "2,3", "4");
        assertThat(Csv.separator("A;B;C")).isEqualTo(';');
        assertThat(Csv.separator("A,B;C")).as("a tie").isEqualTo(',');
        assertThat(Csv.separator("A,B,C;D")).isEqualTo(',');
        assertThat(Csv.separator("NIP")).isEqualTo(',');
        assertThat(Csv.separator("")).isEqualTo(',');
        assertThat(Csv.separator("A,B\nC;D;E;F")).as("only the first line counts").isEqualTo(',');
        assertThat(Csv.separator("A;B\nC,D,E,F")).isEqualTo(';');
        assertThat(Csv.separator("\nA;B")).as("an empty first line").isEqualTo(',');
    }

    @Test
    void commasSplitWhenTheHeaderHasMoreOfThem() throws IOException {
        assertThat(read("A,B,C\n1;2,3,4\n", 5).get(1)).containsExactly("1;2", "3", "4");
    }

    @Test
    void aUtf8BomIsSkippedAndOnlyAtTheStart() throws IOException {
        assertThat(read("\uFEFFNIP,NAMA\n", 5).get(0)).containsExactly("NIP", "NAMA");
        assertThat(read("NIP,\uFEFFNAMA\n", 5).get(0)).containsExactly("NIP", "\uFEFFNAMA");
        assertThat(read("\uFEFF", 5)).isEmpty();
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws IOException {
        List<String[]> rows = read("NIP;NAMA;ALAMAT\r\n1;\"Siti; Nur\";\"Jl. A\r\nNo. 1\"\r\n2;\"Dedi \"\"Ucok\"\"\";\n", 5);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("1", "Siti; Nur", "Jl. A\r\nNo. 1");
        assertThat(rows.get(2)).containsExactly("2", "Dedi \"Ucok\"", "");
    }

    @Test
    void blankLinesStayRecordsSoRecordNIsRowN() throws IOException {
        List<String[]> rows = read("A\n\n\nB\n", 10);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("");
        assertThat(rows.get(2)).containsExactly("");
        assertThat(rows.get(3)).containsExactly("B");
    }

    @Test
    void anyLineEndEndsARecordAndTheLastNeedsNone() throws IOException {
        assertThat(read("A\rB\r\nC\nD", 10)).extracting(r -> r[0]).containsExactly("A", "B", "C", "D");
        assertThat(read("", 10)).isEmpty();
    }

    @Test
    void recordsMayHaveFewerOrMoreFieldsThanTheHeader() throws IOException {
        List<String[]> rows = read("A,B,C\n1\n1,2,3,4\n", 10);
        assertThat(rows.get(1)).containsExactly("1");
        assertThat(rows.get(2)).containsExactly("1", "2", "3", "4");
    }

    @Test
    void charactersAfterAClosingQuoteStayInTheField() throws IOException {
        assertThat(read("\"a\"b,c\n", 5).get(0)).containsExactly("ab", "c");
    }

    @Test
    void theRecordLimitCountsEveryRecordBlankOnesIncluded() throws IOException {
        assertThat(read("a\n\nc\n", 3)).hasSize(3);
        assertThatThrownBy(() -> read("a\n\nc\nd\n", 3)).isInstanceOf(IOException.class)
                .hasMessage("lebih dari / more than 3 baris / rows");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> read("a,\"b\nc\n", 5)).isInstanceOf(IOException.class)
                .hasMessage("tanda kutip tidak ditutup / unterminated quoted field");
    }

    @Test
    void writingQuotesWhereNeededAndDefusesFormulas() throws IOException {
        StringWriter w = new StringWriter();
        Csv.writeRecord(w, new String[] {"a,b", "say \"hi\"", null, "=HYPERLINK(1)", "-12", "x;y", "l\nm", "r\rs",
            "+62", "@SUM", "-1.5", "-x", "\tt", "plain", ""});
        assertThat(w.toString()).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",,'=HYPERLINK(1),-12,\"x;y\",\"l\nm\",\"r\rs\","
                + "'+62,'@SUM,-1.5,'-x,'\tt,plain,\r\n");
        assertThat(read(w.toString(), 5).get(0)).containsExactly("a,b", "say \"hi\"", "", "'=HYPERLINK(1)", "-12", "x;y",
                "l\nm", "r\rs", "'+62", "'@SUM", "-1.5", "'-x", "'\tt", "plain", "");
    }

    @Test
    void aSpecialCharacterInTheFirstPlaceIsQuotedToo() throws IOException {
        StringWriter w = new StringWriter();
        Csv.writeRecord(w, new String[] {",a", "\"b", "\nc", ";d", "e"});
        assertThat(w.toString()).isEqualTo("\",a\",\"\"\"b\",\"\nc\",\";d\",e\r\n");
    }

    @Test
    void aLeadingCarriageReturnIsDefusedAndQuoted() throws IOException {
        StringWriter w = new StringWriter();
        Csv.writeRecord(w, new String[] {"\rx"});
        assertThat(w.toString()).isEqualTo("\"'\rx\"\r\n");
    }
}
