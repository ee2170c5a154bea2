package id.serasan.personnel.internal.io;

import id.serasan.personnel.internal.PersonnelConfig;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.Sha256;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.event.EmployeeEvents;
import id.serasan.personnel.internal.io.HistoryRowParser.Entry;
import id.serasan.personnel.internal.io.HistoryRowParser.Known;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.EmployeeRepository.Current;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.UnitRepository;
import id.serasan.platform.api.audit.AuditService;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Bulk import of history entries of registered employees (CSV or XLSX; rows typed by {@code JENIS_RIWAYAT}, see
 * {@link HistoryRowParser}), read by the same {@link TableReader} as the employee import and written by
 * {@link HistoryWriter}. Same rules as the employee import: a dry run reports every row error and writes nothing; a
 * real import writes every row in one transaction or none. Current rank, position and the DUK inputs are recomputed
 * for every employee touched, and rank/position changes are announced.
 */
@Component(service = HistoryImport.class, configurationPid = PersonnelConfig.PID)
public class HistoryImport {
    private final PersonnelDatabase db;
    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final EmployeeEvents events;
    private final AuditService audit;
    private volatile PersonnelConfig config;

    @Activate
    public HistoryImport(@Reference PersonnelDatabase db, @Reference UnitRepository units,
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

    public ImportReport importHistories(Viewer viewer, InputStream body, boolean xlsx, boolean dryRun) {
        long started = System.nanoTime();
        TableReader.Upload upload = TableReader.read(body, xlsx, config.importMaxRows());
        Table table = upload.table();
        Map<String, Known> known = new HashMap<>();
        db.read(employees::registered).forEach((nip, r) -> known.put(nip, new Known(r.id(), r.type(), r.cpnsDate(),
                r.rankCode(), r.positionName())));
        Set<String> unitCodes = db.read(units::refs).keySet();
        CheckedRows<Entry> checked = new HistoryRowParser(table, known, unitCodes, PersonnelTime.clock()).parseAll(table);
        if (dryRun) {
            return ImportOutcome.dryRun(checked, started);
        }
        if (!checked.errors().isEmpty()) {
            throw ImportOutcome.refused(checked.errors());
        }
        write(viewer, checked.valid(), known, Sha256.hex(upload.bytes()));
        return ImportOutcome.report(false, true, checked.rows(), checked.rows(), checked.valid().size(), List.of(),
                started);
    }

    private void write(Viewer viewer, List<Entry> entries, Map<String, Known> known, String checksum) {
        Map<String, Current> after = db.tx(c -> {
            Map<String, Current> touched = HistoryWriter.write(c, entries, known, employees);
            audit.record(c, viewer.username(), "personnel.history.import", "import",
                    checksum.substring(0, 16), null, Map.of("entries", entries.size(), "employees", touched.size(),
                            "sha256", checksum));
            return touched;
        });
        for (String nip : new LinkedHashSet<>(entries.stream().map(Entry::nip).toList())) { // in file order
            Current now = after.get(nip);
            Known before = known.get(nip);
            if (!Objects.equals(before.rank(), now.rankCode()) && now.rankCode() != null) {
                events.rankChanged(viewer.username(), nip, now.unitCode(), now.rankCode());
            }
            if (!Objects.equals(before.positionName(), now.positionName()) && now.positionName() != null) {
                events.positionChanged(viewer.username(), nip, now.unitCode(), now.positionType(), now.positionName());
            }
        }
    }
}
