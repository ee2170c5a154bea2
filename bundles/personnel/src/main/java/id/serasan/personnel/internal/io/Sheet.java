package id.serasan.personnel.internal.io;

import java.util.List;
import java.util.Set;

/**
 * The rows of an uploaded table (header first), and which cells a spreadsheet stored as numbers. A NIP or PPPK
 * number typed into a number cell has lost its last digits already (spreadsheets keep 15 significant digits), so
 * the imports refuse number cells in those columns instead of reading a corrupted number.
 *
 * @param numberCells cells stored as numbers, as {@link #key(int, int)}; empty for CSV, which has no cell types
 */
public record Sheet(List<String[]> rows, Set<Long> numberCells) {

    public Sheet {
        rows = List.copyOf(rows);
        numberCells = Set.copyOf(numberCells);
    }

    /** A table without cell types (CSV, generated rows). */
    public static Sheet of(List<String[]> rows) {
        return new Sheet(rows, Set.of());
    }

    static long key(int rowIndex, int column) {
        return ((long) rowIndex << 20) | column;
    }

    /** Whether the cell at zero-based {@code rowIndex} (the header is 0) and {@code column} was a number cell. */
    public boolean isNumber(int rowIndex, Integer column) {
        return column != null && numberCells.contains(key(rowIndex, column));
    }
}
