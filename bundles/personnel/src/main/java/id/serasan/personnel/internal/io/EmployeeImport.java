package id.serasan.personnel.internal.io;

import id.serasan.personnel.internal.PersonnelConfig;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.Sha256;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.event.EmployeeEvents;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.UnitRef;
import id.serasan.personnel.internal.store.UnitRepository;
import id.serasan.platform.api.audit.AuditService;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Bulk import of employees with their latest rank, position and education (CSV or XLSX, columns in
 * {@link Column}): {@link TableReader} reads the file, {@link EmployeeRowParser} checks every row, and
 * {@link EmployeeWriter} writes them. A dry run reports every row-level error and writes nothing; a real import
 * writes all rows in one transaction, or none when any row is wrong.
 */
@Component(service = EmployeeImport.class, configurationPid = PersonnelConfig.PID)
public class EmployeeImport {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmployeeImport.class);

    private final PersonnelDatabase db;
    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final EmployeeEvents events;
    private final AuditService audit;
    private volatile PersonnelConfig config;

    @Activate
    public EmployeeImport(@Reference PersonnelDatabase db, @Reference UnitRepository units,
                          @Reference EmployeeRepository employees, @Reference EmployeeEvents events,
                          @Reference AuditService audit, PersonnelConfig config) {
        this.db = db;
        this.units = units;
        this.employees = employees;
        this.events = events;
        this.audit = audit;
        this.config = config;
    }

    @Modified
    void modified(PersonnelConfig changed) {
        this.config = changed;
    }

    public ImportReport importEmployees(Viewer viewer, InputStream body, boolean xlsx, boolean dryRun) {
        long started = System.nanoTime();
        TableReader.Upload upload = TableReader.read(body, xlsx, config.importMaxRows());
        return importTable(viewer, upload.table(), dryRun, Sha256.hex(upload.bytes()), started);
    }

    /**
     * Imports parsed records (header first).
     *
     * @param checksum identifies the source in the audit trail
     */
    public ImportReport importRecords(Viewer viewer, Sheet sheet, boolean dryRun, String checksum, long started) {
        return importTable(viewer, Table.of(sheet), dryRun, checksum, started);
    }

    private ImportReport importTable(Viewer viewer, Table table, boolean dryRun, String checksum, long started) {
        long parsedAt = System.nanoTime();
        EmployeeRowParser parser = new EmployeeRowParser(table, PersonnelTime.clock());
        Map<String, UnitRef> unitRefs = db.read(units::refs);
        Set<String> registered = db.read(employees::nips);
        CheckedRows<ImportedEmployee> checked = parser.parseAll(table, registered, unitRefs.keySet());
        if (dryRun) {
            return ImportOutcome.dryRun(checked, started);
        }
        if (!checked.errors().isEmpty()) {
            throw ImportOutcome.refused(checked.errors());
        }
        LOG.info("Import by {}: {} rows read and checked in {} ms (file {} ms)", viewer.username(), checked.rows(),
                (System.nanoTime() - started) / 1_000_000, (parsedAt - started) / 1_000_000);
        int created = write(viewer, checked.valid(), unitRefs, checksum);
        for (ImportedEmployee p : checked.valid()) {
            events.created(viewer.username(), p.employee().nip(), p.employee().unitCode());
        }
        return ImportOutcome.report(false, true, checked.rows(), checked.rows(), created, List.of(), started);
    }

    private int write(Viewer viewer, List<ImportedEmployee> rows, Map<String, UnitRef> unitRefs, String checksum) {
        long now = System.currentTimeMillis();
        long t0 = System.nanoTime();
        EmployeeWriter.Phases[] phases = new EmployeeWriter.Phases[1];
        long[] committing = new long[1];
        int n = db.tx(c -> {
            phases[0] = EmployeeWriter.write(c, rows, unitRefs, now, employees);
            audit.record(c, viewer.username(), "personnel.employee.import", "import",
                    checksum.substring(0, Math.min(16, checksum.length())), null,
                    Map.of("created", rows.size(), "sha256", checksum));
            committing[0] = System.nanoTime();
            return rows.size();
        });
        long end = System.nanoTime();
        LOG.info("Import by {}: {} employees written in {} ms (employees {} ms, histories {} ms, commit {} ms)",
                viewer.username(), n, (end - t0) / 1_000_000, phases[0].employees() / 1_000_000,
                phases[0].histories() / 1_000_000, (end - committing[0]) / 1_000_000);
        return n;
    }
}
