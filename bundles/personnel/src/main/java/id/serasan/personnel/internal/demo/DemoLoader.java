package id.serasan.personnel.internal.demo;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FamilyMember;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.NewUnit;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.api.TrainingEntry;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.demo.DemoData.Extra;
import id.serasan.personnel.internal.io.Csv;
import id.serasan.personnel.internal.io.EmployeeImport;
import id.serasan.personnel.internal.io.ImportReport;
import id.serasan.personnel.internal.io.Sheet;
import id.serasan.personnel.internal.store.CorrectionRepository;
import id.serasan.personnel.internal.store.DocumentRepository;
import id.serasan.personnel.internal.store.EducationRepository;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.FamilyRepository;
import id.serasan.personnel.internal.store.Owned;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.PositionRepository;
import id.serasan.personnel.internal.store.RankRepository;
import id.serasan.personnel.internal.store.TrainingRepository;
import id.serasan.personnel.internal.store.TransferRepository;
import id.serasan.personnel.internal.store.UnitRepository;
import id.serasan.personnel.internal.unit.UnitService;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Loads {@link DemoData} into an empty personnel database: units, then the employees through the regular import
 * (so they are validated like any file), then the earlier histories, training and family. Refuses to run when the
 * database holds any unit or employee, so it never mixes demo data into real records.
 */
@Component(service = DemoLoader.class)
public class DemoLoader {
    public static final String ACTOR = "demo";

    /** The repositories a demo load writes besides the import, and clears after a failed load. */
    public record Tables(UnitRepository units, EmployeeRepository employees, RankRepository ranks,
                         PositionRepository positions, TransferRepository transfers, EducationRepository education,
                         TrainingRepository trainings, FamilyRepository family, DocumentRepository documents,
                         CorrectionRepository corrections) {
    }

    private final PersonnelDatabase db;
    private final Tables tables;
    private final UnitService unitService;
    private final EmployeeImport importer;
    private final AuditService audit;

    @Activate
    public DemoLoader(@Reference PersonnelDatabase db, @Reference UnitService unitService,
                      @Reference EmployeeImport importer, @Reference AuditService audit,
                      @Reference UnitRepository units, @Reference EmployeeRepository employees,
                      @Reference RankRepository ranks, @Reference PositionRepository positions,
                      @Reference TransferRepository transfers, @Reference EducationRepository education,
                      @Reference TrainingRepository trainings, @Reference FamilyRepository family,
                      @Reference DocumentRepository documents, @Reference CorrectionRepository corrections) {
        this.db = db;
        this.unitService = unitService;
        this.importer = importer;
        this.audit = audit;
        this.tables = new Tables(units, employees, ranks, positions, transfers, education, trainings, family, documents,
                corrections);
    }

    /** What a load did. */
    public record Result(int units, int employees, int historyEntries, long millis, Map<String, String> accounts) {
    }

    /**
     * Creates the demo units only and writes the demo employees as an import file (CSV, rows sorted by NIP) for
     * {@code serasan:employee-import} or {@code POST /api/v1/personnel/imports}; the database must hold no units.
     */
    public int writeImportFile(long seed, int employees, Path csv) throws IOException {
        refuseIfNotEmpty();
        DemoData data = DemoData.generate(seed, employees);
        createUnits(data);
        List<String[]> rows = new ArrayList<>(data.importRows());
        String[] header = rows.remove(0);
        rows.sort(Comparator.comparing(r -> r[0]));
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            Csv.writeRecord(w, header);
            for (String[] r : rows) {
                Csv.writeRecord(w, r);
            }
        }
        return rows.size();
    }

    private void createUnits(DemoData data) {
        for (DemoData.DemoUnit u : data.units()) {
            unitService.create(ACTOR, new NewUnit(u.code(), u.name(), u.parentCode(), u.latitude(), u.longitude()));
        }
    }

    /** Every employee (and through them every history, document and correction) belongs to a unit. */
    private void refuseIfNotEmpty() {
        long existing = db.read(tables.units()::count);
        if (existing > 0) {
            throw ProblemException.conflict("Ditolak: basis data kepegawaian berisi data (" + existing + " unit); "
                    + "data demo hanya untuk instalasi kosong / Refused: the personnel database holds data; demo data "
                    + "loads only into an empty installation");
        }
    }

    public Result load(long seed, int employees) {
        long started = System.nanoTime();
        refuseIfNotEmpty();
        DemoData data = DemoData.generate(seed, employees);
        ImportReport report;
        int extras;
        try {
            createUnits(data);
            report = importer.importRecords(Viewer.system(ACTOR), Sheet.of(data.importRows()), false,
                    "demo-" + seed + "-" + employees, System.nanoTime());
            extras = writeExtras(data);
        } catch (RuntimeException e) {
            removeAll();
            throw e;
        }
        return new Result(data.units().size(), report.created(), extras, (System.nanoTime() - started) / 1_000_000,
                data.accounts());
    }

    /**
     * After a failed load: the database held no personnel data before it (checked under the same refusal rule), so
     * every unit, employee and history there is the load's own and goes, leaving the installation empty again.
     */
    private void removeAll() {
        db.tx(c -> {
            tables.corrections().deleteAll(c);
            tables.documents().deleteAll(c);
            tables.ranks().deleteAll(c);
            tables.positions().deleteAll(c);
            tables.transfers().deleteAll(c);
            tables.education().deleteAll(c);
            tables.trainings().deleteAll(c);
            tables.family().deleteAll(c);
            tables.employees().deleteAll(c);
            tables.units().deleteAll(c);
            return null;
        });
    }

    /** Earlier ranks and positions, leadership training and family: what the import file does not carry. */
    private int writeExtras(DemoData data) {
        return db.tx(c -> {
            Map<String, Long> ids = tables.employees().ids(c);
            List<RankRepository.NewRank> ranks = new ArrayList<>();
            List<Owned<PositionEntry>> positions = new ArrayList<>();
            List<Owned<TrainingEntry>> trainings = new ArrayList<>();
            List<Owned<FamilyMember>> family = new ArrayList<>();
            for (Extra x : data.extras()) {
                long id = ids.get(x.nip());
                switch (x.kind()) {
                    case "RANK" -> ranks.add(new RankRepository.NewRank(id, EmploymentType.PNS,
                            new RankEntry(null, x.code(), null, x.date(), null, null, null, null)));
                    case "POSITION" -> positions.add(new Owned<>(id, new PositionEntry(null,
                            PositionType.valueOf(x.code()), null, x.name(), null, x.date(), null, null)));
                    case "TRAINING" -> trainings.add(new Owned<>(id, new TrainingEntry(null, x.code(), x.name(),
                            x.date(), x.number())));
                    case "FAMILY" -> family.add(new Owned<>(id, new FamilyMember(null, x.code(), x.name(), x.date(),
                            "L".equals(x.level()) ? Gender.MALE : Gender.FEMALE)));
                    default -> throw new IllegalStateException(x.kind());
                }
            }
            tables.ranks().insertAll(c, ranks);
            tables.positions().insertAll(c, positions);
            tables.trainings().insertAll(c, trainings);
            tables.family().insertAll(c, family);
            tables.employees().recountStructuralTrainings(c);
            int n = data.extras().size();
            audit.record(c, ACTOR, "personnel.demo.load", "import", "demo", null, Map.of("historyEntries", n));
            return n;
        });
    }
}
