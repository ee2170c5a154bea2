package id.serasan.personnel.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.personnel.internal.io.ImportReport.RowError;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report of a dry run or import, and the refusal of a file with row errors. */
class ImportOutcomeTest {
    @Test
    void aDryRunCountsValidRowsOncePerInvalidRow() {
        List<RowError> errors = List.of(new RowError(3, "NIP", "a"), new RowError(3, "NAMA", "b"),
                new RowError(5, null, "c"));
        long started = System.nanoTime() - 2_000_000_000L;
        ImportReport r = ImportOutcome.dryRun(new CheckedRows<>(10, List.of(), errors), started);
        assertThat(r.dryRun()).isTrue();
        assertThat(r.applied()).isFalse();
        assertThat(r.rows()).isEqualTo(10);
        assertThat(r.valid()).isEqualTo(8);
        assertThat(r.created()).isZero();
        assertThat(r.errors()).isEqualTo(errors);
        assertThat(r.millis()).isBetween(2_000L, 60_000L);
        assertThat(r.rowsPerSecond()).isBetween(10 / 60.0, 5.0);
        assertThat(r.rowsPerSecond() * 10).as("one decimal").isEqualTo(Math.rint(r.rowsPerSecond() * 10));
    }

    @Test
    void anAppliedImportReportsWhatItCreated() {
        ImportReport r = ImportOutcome.report(false, true, 4, 4, 4, List.of(), System.nanoTime());
        assertThat(r.dryRun()).isFalse();
        assertThat(r.applied()).isTrue();
        assertThat(r.created()).isEqualTo(4);
        assertThat(r.millis()).isBetween(0L, 60_000L);
        assertThat(r.rowsPerSecond()).isPositive();
    }

    @Test
    void aRefusalIs422WithEveryRowError() {
        ProblemException e = ImportOutcome.refused(List.of(new RowError(3, "NIP", "sudah terdaftar / already registered"),
                new RowError(7, null, "baris kosong / empty")));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.type()).contains("import-invalid");
        assertThat(e.title()).isEqualTo("Impor ditolak / Import refused");
        assertThat(e.detail()).isEqualTo("2 kesalahan; tidak ada yang disimpan / 2 errors; nothing was written");
        assertThat(e.errors()).containsExactly(new FieldError("baris/row 3 NIP", "sudah terdaftar / already registered"),
                new FieldError("baris/row 7", "baris kosong / empty"));
    }
}
