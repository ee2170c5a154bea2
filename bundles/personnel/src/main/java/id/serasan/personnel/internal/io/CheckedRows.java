package id.serasan.personnel.internal.io;

import id.serasan.personnel.internal.io.ImportReport.RowError;
import java.util.List;

/**
 * What a row parser found in a whole file.
 *
 * @param rows   the data rows read (blank rows not counted)
 * @param valid  the value of every row without errors, in file order
 * @param errors every row error (at most {@link #MAX_ERRORS}), in file order
 * @param <T>    the value a valid row becomes
 */
public record CheckedRows<T>(int rows, List<T> valid, List<RowError> errors) {
    /** Most row errors reported for one file. */
    public static final int MAX_ERRORS = 5000;

    public CheckedRows {
        valid = List.copyOf(valid);
        errors = List.copyOf(errors);
    }

    /** Rows with at least one error. */
    public int invalidRows() {
        return (int) errors.stream().mapToInt(RowError::row).distinct().count();
    }

    /** Adds a row's errors to {@code errors}, keeping the total at {@link #MAX_ERRORS} at the most. */
    static void collect(List<RowError> errors, List<RowError> rowErrors) {
        if (errors.size() < MAX_ERRORS) {
            errors.addAll(rowErrors.subList(0, Math.min(rowErrors.size(), MAX_ERRORS - errors.size())));
        }
    }
}
