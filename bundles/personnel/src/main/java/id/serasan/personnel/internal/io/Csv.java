package id.serasan.personnel.internal.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV in and out. Reading is FastCSV's RFC 4180 parser (quoted fields with separators, quotes and line breaks) with
 * what the imports add on top: the separator is sniffed from the header line (comma or semicolon, whichever occurs
 * more often: spreadsheet programs in Indonesian locales write semicolons), a UTF-8 BOM is skipped, blank lines are
 * kept as records so that record n is row n of the spreadsheet, and a record limit. Writing is ours: it quotes where
 * needed and defuses cells a spreadsheet would run as formulas.
 */
public final class Csv {
    private Csv() {
    }

    /** Every record of {@code in}; a blank line is a record of one empty cell, so record n is row n of the file. */
    public static List<String[]> read(Reader in, int maxRecords) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buf = new char[65536];
        int n;
        while ((n = in.read(buf)) > 0) {
            all.append(buf, 0, n);
        }
        String s = all.length() > 0 && all.charAt(0) == '\uFEFF' ? all.substring(1) : all.toString();
        List<String[]> out = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = parser(separator(s)).ofCsvRecord(s)) {
            for (CsvRecord r : reader) {
                if (out.size() >= maxRecords) {
                    throw new IOException("lebih dari / more than " + maxRecords + " baris / rows");
                }
                out.add(r.getFields().toArray(new String[0]));
            }
        } catch (CsvParseException e) {
            throw new IOException(unclosedQuote(e) ? "tanda kutip tidak ditutup / unterminated quoted field"
                    : "CSV rusak / damaged CSV: " + e.getMessage(), e);
        }
        return out;
    }

    @SuppressWarnings("removal") // characters after a closing quote stay part of the field, as in spreadsheets
    private static CsvReader.CsvReaderBuilder parser(char separator) {
        return CsvReader.builder().fieldSeparator(separator).quoteCharacter('"').commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(false).extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE).allowUnclosedQuote(false)
                .allowExtraCharsAfterClosingQuote(true);
    }

    private static boolean unclosedQuote(CsvParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("unclosed quote")) {
                return true;
            }
        }
        return false;
    }

    /** The separator of the header line: ';' when it has more semicolons than commas, else ','. */
    static char separator(String s) {
        int end = s.indexOf('\n');
        String first = end < 0 ? s : s.substring(0, end);
        long commas = first.chars().filter(ch -> ch == ',').count();
        long semis = first.chars().filter(ch -> ch == ';').count();
        return semis > commas ? ';' : ',';
    }

    /** Writes one record, quoting where needed; cells that a spreadsheet would run as formulas are prefixed with '. */
    public static void writeRecord(Writer w, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String v = fields[i] == null ? "" : fields[i];
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
                v = "'" + v;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                    || v.indexOf(';') >= 0) {
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
