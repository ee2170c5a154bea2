package id.serasan.personnel.internal.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an Office Open XML workbook (.xlsx), read and written as rows of text. Enough for the
 * tabular exchange SIMPEG/SIASN exports use: shared and inline strings, numbers, booleans; formulas are read as
 * their cached values. Reading refuses DTDs and external entities, and stops at a size limit (zip bombs).
 */
public final class Xlsx {
    private static final long MAX_PART_BYTES = 256L * 1024 * 1024;
    /** Columns of a spreadsheet (XFD). */
    static final int MAX_COLUMNS = 16_384;

    private Xlsx() {
    }

    /** The rows of the first worksheet; a cell's text is "" when empty. */
    public static List<String[]> read(InputStream in, int maxRows) throws IOException {
        return readSheet(in, maxRows).rows();
    }

    /** The first worksheet, with the cells it stores as numbers. */
    public static Sheet readSheet(InputStream in, int maxRows) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (name.equals("xl/sharedStrings.xml") || name.equals("xl/workbook.xml")
                        || name.equals("xl/_rels/workbook.xml.rels") || name.startsWith("xl/worksheets/sheet")) {
                    parts.put(name, readLimited(zip));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("bukan berkas XLSX / not an XLSX file", e);
        }
        String sheet = firstSheet(parts);
        if (sheet == null || !parts.containsKey(sheet)) {
            throw new IOException("bukan berkas XLSX: lembar kerja tidak ada / not an XLSX file: no worksheet");
        }
        List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml"))
                : List.of();
        try {
            Set<Long> numbers = new HashSet<>();
            List<String[]> rows = sheet(parts.get(sheet), shared, maxRows, numbers);
            return new Sheet(rows, numbers);
        } catch (XMLStreamException e) {
            throw new IOException("XLSX rusak / damaged XLSX: " + e.getMessage(), e);
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_PART_BYTES) {
                throw new IOException("XLSX terlalu besar / XLSX part too large");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
    }

    /** The path of the workbook's first sheet, from workbook.xml and its relationships; else the lowest sheetN. */
    static String firstSheet(Map<String, byte[]> parts) {
        try {
            if (parts.containsKey("xl/workbook.xml") && parts.containsKey("xl/_rels/workbook.xml.rels")) {
                String rid = null;
                XMLStreamReader r = reader(parts.get("xl/workbook.xml"));
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                        rid = relationshipId(r);
                        break;
                    }
                }
                if (rid != null) {
                    XMLStreamReader rels = reader(parts.get("xl/_rels/workbook.xml.rels"));
                    while (rels.hasNext()) {
                        if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")
                                && rid.equals(rels.getAttributeValue(null, "Id"))) {
                            String target = rels.getAttributeValue(null, "Target");
                            return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            // fall back to the lowest-numbered sheet
        }
        return parts.keySet().stream().filter(k -> k.matches("xl/worksheets/sheet\\d+\\.xml"))
                .min((a, b) -> Integer.compare(num(a), num(b))).orElse(null);
    }

    /**
     * The sheet's relationship id: the attribute {@code id} in the relationships namespace, written {@code r:id}.
     * The reader is not namespace-aware, so parsers report it either as local name {@code r:id} or as {@code id}
     * with prefix {@code r}; both are accepted.
     */
    static String relationshipId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String local = r.getAttributeLocalName(i);
            String prefix = r.getAttributePrefix(i);
            if ("r:id".equals(local) || ("id".equals(local) && "r".equals(prefix))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static int num(String path) {
        return Integer.parseInt(path.replaceAll("\\D", ""));
    }

    static List<String> sharedStrings(byte[] xml) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            XMLStreamReader r = reader(xml);
            StringBuilder cur = null;
            boolean inT = false;
            boolean inRph = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> cur = new StringBuilder();
                        case "t" -> inT = true;
                        case "rPh" -> inRph = true;
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> out.add(cur == null ? "" : cur.toString());
                        case "t" -> inT = false;
                        case "rPh" -> inRph = false;
                        default -> { }
                    }
                } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && inT && !inRph
                        && cur != null) {
                    cur.append(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("XLSX rusak / damaged XLSX: " + e.getMessage(), e);
        }
        return out;
    }

    static List<String[]> sheet(byte[] xml, List<String> shared, int maxRows, Set<Long> numberCells)
            throws XMLStreamException, IOException {
        List<String[]> rows = new ArrayList<>();
        XMLStreamReader r = reader(xml);
        TreeMap<Integer, String> row = null;
        String type = null;
        int col = -1;
        int nextCol = 0;
        int rowNumber = 0;
        StringBuilder text = new StringBuilder();
        boolean inValue = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = r.getLocalName();
                if (n.equals("row")) {
                    row = new TreeMap<>();
                    nextCol = 0;
                    String at = r.getAttributeValue(null, "r");
                    try {
                        rowNumber = at == null ? rowNumber + 1 : Integer.parseInt(at.trim());
                    } catch (NumberFormatException e) {
                        throw new IOException("XLSX rusak / damaged XLSX: row " + at, e);
                    }
                    if (rowNumber > maxRows) { // the same limit as CSV: at most maxRows rows, the header included
                        throw new IOException("lebih dari / more than " + maxRows + " baris / rows");
                    }
                } else if (n.equals("c")) {
                    type = r.getAttributeValue(null, "t");
                    String ref = r.getAttributeValue(null, "r");
                    col = ref == null ? nextCol : column(ref);
                    if (col < 0 || col >= MAX_COLUMNS) {
                        throw new IOException("kolom di luar batas / column out of range: " + ref);
                    }
                    nextCol = col + 1;
                    text.setLength(0);
                } else if (n.equals("v") || n.equals("t")) {
                    inValue = true;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String n = r.getLocalName();
                if (n.equals("v") || n.equals("t")) {
                    inValue = false;
                } else if (n.equals("c") && row != null) {
                    String v = text.toString();
                    if ("s".equals(type)) {
                        int idx;
                        try {
                            idx = Integer.parseInt(v.trim());
                        } catch (NumberFormatException e) {
                            throw new IOException("XLSX rusak / damaged XLSX: shared string " + v, e);
                        }
                        v = idx >= 0 && idx < shared.size() ? shared.get(idx) : "";
                    } else if ("b".equals(type)) {
                        v = "1".equals(v.trim()) ? "TRUE" : "FALSE";
                    } else if (type == null || "n".equals(type)) {
                        v = number(v.trim());
                        if (!v.isEmpty()) {
                            numberCells.add(Sheet.key(rowNumber - 1, col));
                        }
                    }
                    row.put(col, v);
                } else if (n.equals("row") && row != null) {
                    int width = row.isEmpty() ? 0 : row.lastKey() + 1;
                    String[] cells = new String[width];
                    java.util.Arrays.fill(cells, "");
                    row.forEach((k, v) -> cells[k] = v);
                    while (rows.size() < rowNumber - 1) {
                        rows.add(new String[0]); // rows the sheet leaves out are empty: keep row numbers
                    }
                    rows.add(cells);
                    row = null;
                }
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && inValue) {
                text.append(r.getText());
            }
        }
        return rows;
    }

    /**
     * Numbers as a spreadsheet shows them: integers without ".0" or exponent. (A NIP typed into a number cell has
     * lost its last digits already - spreadsheets keep 15 - so the imports refuse number cells in NIP columns.)
     */
    static String number(String v) {
        if (v.isEmpty()) {
            return v;
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(v);
            if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
                return d.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
            }
            return v;
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** Zero-based column of a cell reference such as {@code AB12}. */
    static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length() && i < 4; i++) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }

    static String columnName(int col) {
        StringBuilder b = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int m = (c - 1) % 26;
            b.insert(0, (char) ('A' + m));
            c = (c - 1) / 26;
        }
        return b.toString();
    }

    /** Writes {@code rows} as the single sheet "Data" of a new workbook; every cell is text. */
    public static void write(List<String[]> rows, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int i = 0; i < rows.size(); i++) {
            w.write("<row r=\"" + (i + 1) + "\">");
            String[] cells = rows.get(i);
            for (int j = 0; j < cells.length; j++) {
                if (cells[j] == null || cells[j].isEmpty()) {
                    continue;
                }
                w.write("<c r=\"" + columnName(j) + (i + 1) + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                w.write(escape(cells[j]));
                w.write("</t></is></c>");
            }
            w.write("</row>");
        }
        w.write("</sheetData></worksheet>");
        w.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
