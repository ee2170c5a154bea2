package id.serasan.personnel.internal.command;

import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.io.HistoryImport;
import id.serasan.personnel.internal.io.EmployeeImport;
import id.serasan.personnel.internal.io.ImportReport;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "employee-import",
        description = "Imports employees from a CSV or XLSX file (dry run unless --apply) / Impor pegawai dari CSV atau XLSX")
@Service
public class EmployeeImportCommand implements Action {
    @Reference
    EmployeeImport importer;

    @Reference
    HistoryImport histories;

    @Option(name = "--histories", description = "the file holds history entries (JENIS_RIWAYAT rows), not employees")
    boolean historyFile;

    @Argument(index = 0, name = "file", required = true, description = "path of the .csv or .xlsx file")
    String file;

    @Option(name = "--apply", description = "write the rows (all or nothing); without it only a dry run")
    boolean apply;

    @Override
    public Object execute() throws Exception {
        Path path = Paths.get(file);
        boolean xlsx = path.getFileName().toString().toLowerCase().endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(path)) {
            ImportReport r = historyFile ? histories.importHistories(Viewer.system("console"), in, xlsx, !apply)
                    : importer.importEmployees(Viewer.system("console"), in, xlsx, !apply);
            System.out.println((r.dryRun() ? "Uji coba / Dry run: " : "Impor / Import: ") + r.rows() + " baris / rows, "
                    + r.valid() + " valid, " + r.created() + " disimpan / written, " + r.errors().size()
                    + " kesalahan / errors, " + r.millis() + " ms (" + r.rowsPerSecond() + " rows/s)");
            for (ImportReport.RowError e : r.errors()) {
                System.out.println("  baris/row " + e.row() + (e.column() == null ? "" : " " + e.column()) + ": " + e.message());
            }
        } catch (ProblemException e) {
            System.out.println("Ditolak / Refused: " + e.detail());
            for (FieldError f : e.errors()) {
                System.out.println("  " + f.field() + ": " + f.message());
            }
        }
        return null;
    }
}
