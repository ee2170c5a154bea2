package id.serasan.personnel.internal.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields with commas, quotes and line breaks; comma or semicolon separated (the separator of
 * the header line wins: spreadsheet programs in Indonesian locales write semicolons); a UTF-8 BOM is skipped.
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
        String s = all.toString();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        char sep = separator(s);
        List<String[]> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        int len = s.length();
        while (i < len) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < len && s.charAt(i + 1) == '"') {
                        f.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    f.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && f.length() == 0 && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == sep) {
                rec.add(f.toString());
                f.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                rec.add(f.toString());
                f.setLength(0);
                fieldStarted = false;
                addRecord(out, rec, maxRecords);
                rec = new ArrayList<>();
                if (c == '\r' && i + 1 < len && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                f.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new IOException("tanda kutip tidak ditutup / unterminated quoted field");
        }
        if (fieldStarted || f.length() > 0 || !rec.isEmpty()) {
            rec.add(f.toString());
            addRecord(out, rec, maxRecords);
        }
        return out;
    }

    private static void addRecord(List<String[]> out, List<String> rec, int max) throws IOException {
        if (out.size() >= max) {
            throw new IOException("lebih dari / more than " + max + " baris / rows");
        }
        out.add(rec.toArray(new String[0]));
    }

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
