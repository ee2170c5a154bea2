package id.serasan.personnel.internal.io;

import java.util.List;

/**
 * What an import found and did.
 *
 * @param dryRun        true when nothing was meant to be written
 * @param applied       true when the rows were written (all of them, in one transaction)
 * @param rows          data rows read (the header not counted)
 * @param valid         rows without errors
 * @param created       employees written
 * @param errors        every row-level error; row numbers count the header as row 1, as a spreadsheet shows them
 * @param millis        time taken
 * @param rowsPerSecond rows handled per second
 */
public record ImportReport(boolean dryRun, boolean applied, int rows, int valid, int created, List<RowError> errors,
                           long millis, double rowsPerSecond) {

    /** One problem in one row: the column it concerns (or null for the whole row) and why. */
    public record RowError(int row, String column, String message) {
    }
}
