package id.serasan.personnel.internal.demo;

import id.serasan.personnel.api.NewUnit;
import id.serasan.personnel.api.Rank;
import id.serasan.personnel.internal.Db;
import id.serasan.personnel.internal.PersonnelService;
import id.serasan.personnel.internal.Viewer;
import id.serasan.personnel.internal.demo.DemoData.Extra;
import id.serasan.personnel.internal.io.EmployeeImport;
import id.serasan.personnel.internal.io.Sheet;
import id.serasan.personnel.internal.io.ImportReport;
import id.serasan.platform.api.ProblemException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
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
    private final PersonnelService personnel;
    private final EmployeeImport importer;

    @Activate
    public DemoLoader(@Reference PersonnelService personnel, @Reference EmployeeImport importer) {
        this.personnel = personnel;
        this.importer = importer;
    }

    /** What a load did. */
    public record Result(int units, int employees, int historyEntries, long millis, Map<String, String> accounts) {
    }

    /**
     * Creates the demo units only and writes the demo employees as an import file (CSV, rows sorted by NIP) for
     * {@code serasan:employee-import} or {@code POST /api/v1/personnel/imports}; the database must hold no units.
     */
    public int writeImportFile(long seed, int employees, java.nio.file.Path csv) throws java.io.IOException {
        refuseIfNotEmpty();
        DemoData data = DemoData.generate(seed, employees);
        for (DemoData.DemoUnit u : data.units()) {
            personnel.createUnit(ACTOR, new NewUnit(u.code(), u.name(), u.parentCode(), u.latitude(), u.longitude()));
        }
        java.util.List<String[]> rows = new java.util.ArrayList<>(data.importRows());
        String[] header = rows.remove(0);
        rows.sort(java.util.Comparator.comparing(r -> r[0]));
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(csv, java.nio.charset.StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            id.serasan.personnel.internal.io.Csv.writeRecord(w, header);
            for (String[] r : rows) {
                id.serasan.personnel.internal.io.Csv.writeRecord(w, r);
            }
        }
        return rows.size();
    }

    private void refuseIfNotEmpty() {
        long existing = personnel.db().read(c -> {
            // Every employee (and through them every history, document and correction) belongs to a unit.
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_UNIT");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
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
        Viewer system = Viewer.system(ACTOR);
        ImportReport report;
        int extras;
        try {
            for (DemoData.DemoUnit u : data.units()) {
                personnel.createUnit(ACTOR, new NewUnit(u.code(), u.name(), u.parentCode(), u.latitude(), u.longitude()));
            }
            report = importer.importRecords(system, Sheet.of(data.importRows()), false, "demo-" + seed + "-" + employees,
                    System.nanoTime());
            extras = writeExtras(data);
        } catch (RuntimeException e) {
            removeUnits();
            throw e;
        }
        return new Result(data.units().size(), report.created(), extras, (System.nanoTime() - started) / 1_000_000,
                data.accounts());
    }

    /**
     * After a failed load: the database held no personnel data before it (checked under the same refusal rule), so
     * every unit, employee and history there is the load's own and goes, leaving the installation empty again.
     */
    private void removeUnits() {
        personnel.db().tx(c -> {
            for (String table : List.of("PERSONNEL_CORRECTION_FIELD", "PERSONNEL_CORRECTION", "PERSONNEL_DOCUMENT",
                    "PERSONNEL_RANK_HISTORY", "PERSONNEL_POSITION_HISTORY", "PERSONNEL_TRANSFER_HISTORY",
                    "PERSONNEL_EDUCATION", "PERSONNEL_TRAINING", "PERSONNEL_FAMILY", "PERSONNEL_EMPLOYEE")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
                    ps.executeUpdate();
                }
            }
            java.util.List<String> paths = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT PATH FROM PERSONNEL_UNIT");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
            }
            paths.sort(java.util.Comparator.comparingInt(String::length).reversed());
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_UNIT WHERE PATH = ?")) {
                for (String p : paths) {
                    ps.setString(1, p);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private int writeExtras(DemoData data) {
        return personnel.db().tx(c -> {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT NIP, ID, EMPLOYMENT_TYPE FROM PERSONNEL_EMPLOYEE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
            int n = 0;
            try (PreparedStatement rank = c.prepareStatement("INSERT INTO PERSONNEL_RANK_HISTORY (EMPLOYEE_ID, RANK_CODE, "
                    + "RANK_ORDER, TMT) VALUES (?, ?, ?, ?)");
                 PreparedStatement pos = c.prepareStatement("INSERT INTO PERSONNEL_POSITION_HISTORY (EMPLOYEE_ID, "
                         + "POSITION_TYPE, NAME, TMT) VALUES (?, ?, ?, ?)");
                 PreparedStatement tr = c.prepareStatement("INSERT INTO PERSONNEL_TRAINING (EMPLOYEE_ID, KIND, NAME, "
                         + "END_DATE, HOURS) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement fam = c.prepareStatement("INSERT INTO PERSONNEL_FAMILY (EMPLOYEE_ID, RELATION, NAME, "
                         + "BIRTH_DATE, GENDER) VALUES (?, ?, ?, ?, ?)")) {
                for (Extra x : data.extras()) {
                    long id = ids.get(x.nip());
                    switch (x.kind()) {
                        case "RANK" -> {
                            Db.bind(rank, id, x.code(), Rank.parse(x.code()).ordinal() + 1, x.date());
                            rank.addBatch();
                        }
                        case "POSITION" -> {
                            Db.bind(pos, id, x.code(), x.name(), x.date());
                            pos.addBatch();
                        }
                        case "TRAINING" -> {
                            Db.bind(tr, id, x.code(), x.name(), x.date(), x.number());
                            tr.addBatch();
                        }
                        case "FAMILY" -> {
                            Db.bind(fam, id, x.code(), x.name(), x.date(), "L".equals(x.level()) ? "MALE" : "FEMALE");
                            fam.addBatch();
                        }
                        default -> throw new IllegalStateException(x.kind());
                    }
                    if (++n % 2000 == 0) {
                        rank.executeBatch();
                        pos.executeBatch();
                        tr.executeBatch();
                        fam.executeBatch();
                    }
                }
                rank.executeBatch();
                pos.executeBatch();
                tr.executeBatch();
                fam.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE PERSONNEL_EMPLOYEE SET STRUCTURAL_TRAININGS = "
                    + "(SELECT COUNT(*) FROM PERSONNEL_TRAINING t WHERE t.EMPLOYEE_ID = PERSONNEL_EMPLOYEE.ID "
                    + "AND t.KIND = 'STRUKTURAL')")) {
                ps.executeUpdate();
            }
            personnel.audit().record(c, ACTOR, "personnel.demo.load", "import", "demo", null,
                    "{\"historyEntries\":" + n + "}");
            return n;
        });
    }

}
