package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.PersonnelConfig;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.Sha256;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.event.EmployeeEvents;
import id.serasan.personnel.internal.rules.RankCodes;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.UnitRepository;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.personnel.internal.io.ImportReport.RowError;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Bulk import of history entries of registered employees (CSV or XLSX): one row per entry, typed by
 * {@code JENIS_RIWAYAT} — {@code GOLONGAN}, {@code JABATAN}, {@code PENDIDIKAN}, {@code DIKLAT}, {@code KELUARGA} —
 * so one file can carry a SIASN riwayat export of any kind. Same rules as the employee import: a dry run reports
 * every row error and writes nothing; a real import writes every row in one transaction or none. Current rank,
 * position and the DUK inputs are recomputed for every employee touched, and rank/position changes are announced.
 */
@Component(service = HistoryImport.class, configurationPid = PersonnelConfig.PID)
public class HistoryImport {
    /** The columns a history file may have; which are required depends on the row's kind. */
    static final List<String> COLUMNS = List.of("NIP", "JENIS_RIWAYAT", "GOLONGAN", "TMT", "NOMOR_SK", "TANGGAL_SK",
            "MK_TAHUN", "MK_BULAN", "JENIS_JABATAN", "JENJANG_JABATAN", "NAMA_JABATAN", "KODE_UNOR", "PENDIDIKAN",
            "NAMA_SEKOLAH", "JURUSAN", "TAHUN_LULUS", "JENIS_DIKLAT", "NAMA_DIKLAT", "TANGGAL_SELESAI", "JAM_PELAJARAN",
            "HUBUNGAN", "NAMA_KELUARGA", "TANGGAL_LAHIR", "JENIS_KELAMIN");
    static final Map<String, List<String>> REQUIRED = Map.of(
            "GOLONGAN", List.of("GOLONGAN", "TMT"),
            "JABATAN", List.of("JENIS_JABATAN", "NAMA_JABATAN", "TMT"),
            "PENDIDIKAN", List.of("PENDIDIKAN", "NAMA_SEKOLAH"),
            "DIKLAT", List.of("JENIS_DIKLAT", "NAMA_DIKLAT"),
            "KELUARGA", List.of("HUBUNGAN", "NAMA_KELUARGA"));

    /** Longest text per column (the table columns' sizes). */
    static final Map<String, Integer> LIMITS = Map.of("NOMOR_SK", 100, "NAMA_JABATAN", 200, "NAMA_DIKLAT", 200,
            "NAMA_SEKOLAH", 200, "JURUSAN", 200, "NAMA_KELUARGA", 120, "KODE_UNOR", 40);

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

    /** What the import knows of a registered employee. */
    record Known(long id, EmploymentType type, LocalDate cpnsDate, String rank, String positionName) {
    }

    /** One valid row: the kind and the values to insert (employee id first). */
    record Entry(String kind, String nip, Object[] values) {
    }

    public ImportReport importHistories(Viewer viewer, InputStream body, boolean xlsx, boolean dryRun) {
        long started = System.nanoTime();
        byte[] bytes = EmployeeImport.bytes(body);
        Sheet sheet = EmployeeImport.records(bytes, xlsx, config.importMaxRows() + 1);
        List<String[]> records = sheet.rows();
        if (records.isEmpty()) {
            throw ProblemException.badRequest("Berkas tanpa baris judul / The file has no header row");
        }
        Map<String, Integer> ix = header(records.get(0));
        Map<String, Known> known = known();
        Set<String> units = units();
        List<RowError> errors = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        int rows = 0;
        for (int i = 1; i < records.size(); i++) {
            int row = i + 1;
            if (EmployeeImport.blank(records.get(i))) {
                continue;
            }
            rows++;
            List<RowError> rowErrors = new ArrayList<>();
            Entry e = parse(row, records.get(i), ix, known, units, rowErrors);
            EmployeeImport.numberCells(sheet, i, row, Map.of("NIP", ix.getOrDefault("NIP", -1)), rowErrors);
            if (rowErrors.isEmpty()) {
                entries.add(e);
            } else if (errors.size() < EmployeeImport.MAX_ERRORS) {
                errors.addAll(rowErrors.subList(0, Math.min(rowErrors.size(), EmployeeImport.MAX_ERRORS - errors.size())));
            }
        }
        int invalid = (int) errors.stream().mapToInt(RowError::row).distinct().count();
        if (dryRun) {
            return EmployeeImport.report(true, false, rows, rows - invalid, 0, errors, started);
        }
        if (!errors.isEmpty()) {
            throw EmployeeImport.refused(errors);
        }
        write(viewer, entries, known, Sha256.hex(bytes));
        return EmployeeImport.report(false, true, rows, rows, entries.size(), List.of(), started);
    }

    static Map<String, Integer> header(String[] header) {
        Map<String, Integer> ix = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i].trim().toUpperCase(Locale.ROOT).replace(' ', '_');
            if (COLUMNS.contains(h)) {
                ix.put(h, i);
            }
        }
        List<FieldError> missing = new ArrayList<>();
        for (String c : List.of("NIP", "JENIS_RIWAYAT")) {
            if (!ix.containsKey(c)) {
                missing.add(new FieldError(c, "kolom wajib tidak ada / required column missing"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "import-invalid", "Impor ditolak / Import refused",
                    "Baris judul tidak lengkap / The header row lacks required columns", missing);
        }
        return ix;
    }

    private Map<String, Known> known() {
        Map<String, Known> out = new HashMap<>();
        db.read(employees::registered).forEach((nip, r) -> out.put(nip, new Known(r.id(), r.type(), r.cpnsDate(),
                r.rankCode(), r.positionName())));
        return out;
    }

    private Set<String> units() {
        return db.read(units::refs).keySet();
    }

    static String cell(String[] rec, Map<String, Integer> ix, String column) {
        Integer i = ix.get(column);
        if (i == null || i >= rec.length || rec[i] == null || rec[i].isBlank()) {
            return null;
        }
        return rec[i].trim();
    }

    Entry parse(int row, String[] rec, Map<String, Integer> ix, Map<String, Known> known, Set<String> units,
                List<RowError> errors) {
        String raw = cell(rec, ix, "NIP");
        String nip = raw == null ? null : raw.replace(" ", "");
        Known k = nip == null ? null : known.get(nip);
        if (k == null) {
            errors.add(new RowError(row, "NIP", "pegawai tidak terdaftar / no such employee"));
        }
        String kind = cell(rec, ix, "JENIS_RIWAYAT");
        kind = kind == null ? null : kind.toUpperCase(Locale.ROOT);
        if (kind == null || !REQUIRED.containsKey(kind)) {
            errors.add(new RowError(row, "JENIS_RIWAYAT", "GOLONGAN, JABATAN, PENDIDIKAN, DIKLAT, KELUARGA"));
            return null;
        }
        for (String c : REQUIRED.get(kind)) {
            if (cell(rec, ix, c) == null) {
                errors.add(new RowError(row, c, "wajib diisi untuk " + kind + " / required for " + kind));
            }
        }
        for (Map.Entry<String, Integer> limit : LIMITS.entrySet()) {
            String v = cell(rec, ix, limit.getKey());
            if (v != null && v.length() > limit.getValue()) {
                errors.add(new RowError(row, limit.getKey(), "paling banyak " + limit.getValue() + " karakter / at most "
                        + limit.getValue() + " characters"));
            }
        }
        if (!errors.isEmpty() || k == null) {
            return null;
        }
        LocalDate today = LocalDate.now(PersonnelTime.clock());
        switch (kind) {
            case "GOLONGAN" -> {
                String rank = RankCodes.canonical(k.type(), cell(rec, ix, "GOLONGAN"));
                if (rank == null) {
                    errors.add(new RowError(row, "GOLONGAN", k.type() == EmploymentType.PPPK
                            ? "golongan PPPK I-XVII / PPPK grade I-XVII" : "golongan I/a-IV/e / rank I/a-IV/e"));
                }
                LocalDate tmt = date(row, rec, ix, "TMT", errors);
                if (tmt != null && tmt.isBefore(k.cpnsDate())) {
                    errors.add(new RowError(row, "TMT", "sebelum TMT CPNS / before the TMT CPNS"));
                }
                Integer years = number(row, rec, ix, "MK_TAHUN", 0, 50, errors);
                Integer months = number(row, rec, ix, "MK_BULAN", 0, 11, errors);
                return new Entry(kind, nip, new Object[] {k.id(), rank, rank == null ? 0 : RankCodes.order(k.type(), rank),
                    tmt, cell(rec, ix, "NOMOR_SK"), date(row, rec, ix, "TANGGAL_SK", errors), years, months});
            }
            case "JABATAN" -> {
                PositionType type = EmployeeImport.positionType(row, cell(rec, ix, "JENIS_JABATAN"), errors);
                FunctionalLevel level = EmployeeImport.level(row, cell(rec, ix, "JENJANG_JABATAN"), errors);
                if (type != null && (type == PositionType.FUNGSIONAL) != (level != null)) {
                    errors.add(new RowError(row, "JENJANG_JABATAN", "jenjang hanya dan wajib untuk jabatan fungsional / "
                            + "a level is required for, and only for, functional positions"));
                }
                String unit = cell(rec, ix, "KODE_UNOR");
                if (unit != null && !units.contains(unit)) {
                    errors.add(new RowError(row, "KODE_UNOR", "unit tidak ada / no such unit"));
                }
                LocalDate tmt = date(row, rec, ix, "TMT", errors);
                if (tmt != null && tmt.isBefore(k.cpnsDate())) {
                    errors.add(new RowError(row, "TMT", "sebelum TMT CPNS / before the TMT CPNS"));
                }
                return new Entry(kind, nip, new Object[] {k.id(), type, level, cell(rec, ix, "NAMA_JABATAN"), unit, tmt,
                    cell(rec, ix, "NOMOR_SK"), date(row, rec, ix, "TANGGAL_SK", errors)});
            }
            case "PENDIDIKAN" -> {
                String level = cell(rec, ix, "PENDIDIKAN").toUpperCase(Locale.ROOT);
                if (!Duk.isEducationLevel(level)) {
                    errors.add(new RowError(row, "PENDIDIKAN", "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3"));
                }
                return new Entry(kind, nip, new Object[] {k.id(), level, cell(rec, ix, "NAMA_SEKOLAH"),
                    cell(rec, ix, "JURUSAN"), number(row, rec, ix, "TAHUN_LULUS", 1940, today.getYear(), errors)});
            }
            case "DIKLAT" -> {
                String tk = cell(rec, ix, "JENIS_DIKLAT").toUpperCase(Locale.ROOT);
                if (!Set.of("STRUKTURAL", "FUNGSIONAL", "TEKNIS").contains(tk)) {
                    errors.add(new RowError(row, "JENIS_DIKLAT", "STRUKTURAL, FUNGSIONAL, TEKNIS"));
                }
                LocalDate end = date(row, rec, ix, "TANGGAL_SELESAI", errors);
                if (end != null && end.isAfter(today)) {
                    errors.add(new RowError(row, "TANGGAL_SELESAI", "belum terjadi / in the future"));
                }
                return new Entry(kind, nip, new Object[] {k.id(), tk, cell(rec, ix, "NAMA_DIKLAT"), end,
                    number(row, rec, ix, "JAM_PELAJARAN", 1, 2000, errors)});
            }
            default -> {
                String rel = cell(rec, ix, "HUBUNGAN").toUpperCase(Locale.ROOT);
                rel = switch (rel) {
                    case "SUAMI", "ISTRI", "SUAMI/ISTRI" -> "SPOUSE";
                    case "ANAK" -> "CHILD";
                    case "AYAH", "IBU", "ORANG_TUA", "ORANG TUA" -> "PARENT";
                    default -> rel;
                };
                if (!Set.of("SPOUSE", "CHILD", "PARENT").contains(rel)) {
                    errors.add(new RowError(row, "HUBUNGAN", "SUAMI/ISTRI, ANAK, AYAH/IBU (SPOUSE, CHILD, PARENT)"));
                }
                LocalDate born = date(row, rec, ix, "TANGGAL_LAHIR", errors);
                String g = cell(rec, ix, "JENIS_KELAMIN");
                return new Entry(kind, nip, new Object[] {k.id(), rel, cell(rec, ix, "NAMA_KELUARGA"), born,
                    g == null ? null : EmployeeImport.gender(row, g, errors)});
            }
        }
    }

    static LocalDate date(int row, String[] rec, Map<String, Integer> ix, String column, List<RowError> errors) {
        return EmployeeImport.date(row, column, cell(rec, ix, column), errors);
    }

    static Integer number(int row, String[] rec, Map<String, Integer> ix, String column, int min, int max,
                          List<RowError> errors) {
        return EmployeeImport.number(row, column, cell(rec, ix, column), min, max, errors);
    }

    private void write(Viewer viewer, List<Entry> entries, Map<String, Known> known, String checksum) {
        Set<String> touched = new LinkedHashSet<>();
        Map<String, String[]> after = new HashMap<>();
        db.tx(c -> {
            try (MultiRowInsert rank = new MultiRowInsert(c, "INSERT INTO PERSONNEL_RANK_HISTORY (EMPLOYEE_ID, RANK_CODE, "
                    + "RANK_ORDER, TMT, DECREE_NUMBER, DECREE_DATE, SERVICE_YEARS, SERVICE_MONTHS)", "(?, ?, ?, ?, ?, ?, ?, ?)");
                 MultiRowInsert pos = new MultiRowInsert(c, "INSERT INTO PERSONNEL_POSITION_HISTORY (EMPLOYEE_ID, "
                         + "POSITION_TYPE, POSITION_LEVEL, NAME, UNIT_CODE, TMT, DECREE_NUMBER, DECREE_DATE)",
                         "(?, ?, ?, ?, ?, ?, ?, ?)");
                 MultiRowInsert edu = new MultiRowInsert(c, "INSERT INTO PERSONNEL_EDUCATION (EMPLOYEE_ID, EDU_LEVEL, "
                         + "INSTITUTION, MAJOR, GRADUATION_YEAR)", "(?, ?, ?, ?, ?)");
                 MultiRowInsert tr = new MultiRowInsert(c, "INSERT INTO PERSONNEL_TRAINING (EMPLOYEE_ID, KIND, NAME, "
                         + "END_DATE, HOURS)", "(?, ?, ?, ?, ?)");
                 MultiRowInsert fam = new MultiRowInsert(c, "INSERT INTO PERSONNEL_FAMILY (EMPLOYEE_ID, RELATION, NAME, "
                         + "BIRTH_DATE, GENDER)", "(?, ?, ?, ?, ?)")) {
                for (Entry e : entries) {
                    touched.add(e.nip());
                    switch (e.kind()) {
                        case "GOLONGAN" -> rank.add(e.values());
                        case "JABATAN" -> pos.add(e.values());
                        case "PENDIDIKAN" -> edu.add(e.values());
                        case "DIKLAT" -> tr.add(e.values());
                        default -> fam.add(e.values());
                    }
                }
                rank.finish();
                pos.finish();
                edu.finish();
                tr.finish();
                fam.finish();
            }
            for (String nip : touched) {
                employees.refreshCurrent(c, known.get(nip).id());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT e.NIP, e.RANK_CODE, e.POSITION_NAME, e.POSITION_TYPE, "
                    + "u.CODE FROM PERSONNEL_EMPLOYEE e JOIN PERSONNEL_UNIT u ON u.ID = e.UNIT_ID");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (touched.contains(rs.getString(1))) {
                        after.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)});
                    }
                }
            }
            audit.record(c, viewer.username(), "personnel.history.import", "import",
                    checksum.substring(0, 16), null, Map.of("entries", entries.size(), "employees", touched.size(),
                            "sha256", checksum));
            return null;
        });
        for (String nip : touched) {
            Known before = known.get(nip);
            String[] now = after.get(nip);
            if (!Objects.equals(before.rank(), now[0]) && now[0] != null) {
                events.rankChanged(viewer.username(), nip, now[3], now[0]);
            }
            if (!Objects.equals(before.positionName(), now[1]) && now[1] != null) {
                events.positionChanged(viewer.username(), nip, now[3], now[2], now[1]);
            }
        }
    }
}
