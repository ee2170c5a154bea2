package id.serasan.personnel.internal.io;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded table as the imports read it: the header cells and the data rows that are not blank, each with the
 * row number a spreadsheet shows for it (the header is row 1; skipped blank rows still count).
 *
 * @param header the cells of the first row
 * @param rows   the data rows that have at least one non-blank cell, in file order
 */
public record Table(String[] header, List<Row> rows) {

    public Table {
        header = header.clone();
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param number        the row number as a spreadsheet shows it (header = 1)
     * @param cells         the cells as read, "" or null when empty
     * @param numberColumns the columns whose cell the spreadsheet stored as a number (empty for CSV)
     */
    public record Row(int number, String[] cells, Set<Integer> numberColumns) {

        public Row {
            cells = cells.clone();
            numberColumns = Set.copyOf(numberColumns);
        }

        /** The trimmed cell in {@code column}, or null when there is no such cell or it is blank. */
        public String text(Integer column) {
            if (column == null || column < 0 || column >= cells.length || cells[column] == null
                    || cells[column].isBlank()) {
                return null;
            }
            return cells[column].trim();
        }

        /** Whether the cell in {@code column} was stored as a number. */
        public boolean isNumber(Integer column) {
            return column != null && numberColumns.contains(column);
        }
    }

    /** The table of a {@link Sheet}: its first row is the header; 400 when there is none. */
    public static Table of(Sheet sheet) {
        List<String[]> records = sheet.rows();
        if (records.isEmpty()) {
            throw ProblemException.badRequest("Berkas tanpa baris judul / The file has no header row");
        }
        List<Row> rows = new ArrayList<>(records.size());
        for (int i = 1; i < records.size(); i++) {
            String[] cells = records.get(i);
            if (blank(cells)) {
                continue;
            }
            List<Integer> numbers = new ArrayList<>();
            for (int col = 0; col < cells.length; col++) {
                if (sheet.isNumber(i, col)) {
                    numbers.add(col);
                }
            }
            rows.add(new Row(i + 1, cells, Set.copyOf(numbers)));
        }
        return new Table(records.get(0), rows);
    }

    /** True for an empty line or a row of empty cells: skipped, but counted in row numbers. */
    static boolean blank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A header cell as a column name: trimmed, upper case, spaces as underscores ({@code Nama Unor} is NAMA_UNOR). */
    static String columnName(String headerCell) {
        return headerCell == null ? "" : headerCell.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    /**
     * Where each of the {@code known} columns is (a column named twice: the last one); 422 listing every
     * {@code required} column the header lacks.
     */
    public Map<String, Integer> columns(Collection<String> known, Collection<String> required) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = columnName(header[i]);
            if (known.contains(name)) {
                index.put(name, i);
            }
        }
        List<FieldError> missing = new ArrayList<>();
        for (String c : required) {
            if (!index.containsKey(c)) {
                missing.add(new FieldError(c, "kolom wajib tidak ada / required column missing"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "import-invalid", "Impor ditolak / Import refused",
                    "Baris judul tidak lengkap / The header row lacks required columns", missing);
        }
        return index;
    }
}
