package id.serasan.personnel.internal.io;

import id.serasan.personnel.internal.io.ImportReport.RowError;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** The answers both imports give: the report of a dry run or an import, or the refusal of a file with row errors. */
final class ImportOutcome {
    private ImportOutcome() {
    }

    /** The report, timed from {@code started} ({@link System#nanoTime()}). */
    static ImportReport report(boolean dry, boolean applied, int rows, int valid, int created, List<RowError> errors,
                               long started) {
        long nanos = System.nanoTime() - started;
        double rate = nanos == 0 ? 0 : rows / (nanos / 1e9);
        return new ImportReport(dry, applied, rows, valid, created, List.copyOf(errors), nanos / 1_000_000,
                Math.round(rate * 10) / 10.0);
    }

    /** The dry run's report of {@code checked}. */
    static ImportReport dryRun(CheckedRows<?> checked, long started) {
        return report(true, false, checked.rows(), checked.rows() - checked.invalidRows(), 0, checked.errors(), started);
    }

    /** The answer to a real import with row errors: 422 listing every one; nothing was written. */
    static ProblemException refused(List<RowError> errors) {
        List<FieldError> fe = new ArrayList<>();
        for (RowError e : errors) {
            fe.add(new FieldError("baris/row " + e.row() + (e.column() == null ? "" : " " + e.column()), e.message()));
        }
        return new ProblemException(422, "import-invalid", "Impor ditolak / Import refused", errors.size()
                + " kesalahan; tidak ada yang disimpan / " + errors.size() + " errors; nothing was written", fe);
    }
}
