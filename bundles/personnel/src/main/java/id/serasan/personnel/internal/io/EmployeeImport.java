package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.PersonnelConfig;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.Sha256;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.employee.EmployeeValidator;
import id.serasan.personnel.internal.event.EmployeeEvents;
import id.serasan.personnel.internal.rules.RankCodes;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.UnitRef;
import id.serasan.personnel.internal.store.UnitRepository;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.personnel.internal.io.ImportReport.RowError;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Bulk import of employees with their latest rank, position and education (CSV or XLSX, columns in
 * {@link Column}). Every row is checked first; a dry run reports every row-level error and writes nothing; a real
 * import writes all rows in one transaction, or none when any row is wrong.
 */
@Component(service = EmployeeImport.class, configurationPid = PersonnelConfig.PID)
public class EmployeeImport {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmployeeImport.class);
    static final int MAX_ERRORS = 5000;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter DMY_SLASH = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final PersonnelDatabase db;
    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final EmployeeEvents events;
    private final AuditService audit;
    private final EmployeeValidator validator;
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
        this.validator = new EmployeeValidator(PersonnelTime.clock());
    }

    @Modified
    void modified(PersonnelConfig changed) {
        this.config = changed;
    }

    /** One parsed row: the employee, their history entries, and where it came from. */
    record Parsed(int row, EmployeeInput employee, String rank, LocalDate rankTmt, String rankDecree,
                  Integer serviceYears, Integer serviceMonths, String education, String school, String major,
                  Integer graduationYear) {
    }

    public ImportReport importEmployees(Viewer viewer, InputStream body, boolean xlsx, boolean dryRun) {
        long started = System.nanoTime();
        byte[] bytes = bytes(body);
        Sheet sheet = records(bytes, xlsx, config.importMaxRows() + 1);
        return importRecords(viewer, sheet, dryRun, Sha256.hex(bytes), started);
    }

    /**
     * Imports parsed records (header first).
     *
     * @param checksum identifies the source in the audit trail
     */
    public ImportReport importRecords(Viewer viewer, Sheet sheet, boolean dryRun, String checksum,
                                      long started) {
        long parsedAt = System.nanoTime();
        List<String[]> records = sheet.rows();
        if (records.isEmpty()) {
            throw ProblemException.badRequest("Berkas tanpa baris judul / The file has no header row");
        }
        Map<Column, Integer> index = header(records.get(0));
        List<RowError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>(records.size());
        Map<String, UnitRef> units = unitIds();
        Set<String> existing = existingNips();
        Set<String> inFile = new HashSet<>();
        Map<String, Integer> firstRow = new HashMap<>();
        int rows = 0;
        for (int i = 1; i < records.size(); i++) {
            int rowNo = i + 1;
            if (blank(records.get(i))) {
                continue;
            }
            rows++;
            List<RowError> rowErrors = new ArrayList<>();
            Parsed p = parse(rowNo, records.get(i), index, rowErrors);
            numberCells(sheet, i, rowNo, Map.of("NIP", index.getOrDefault(Column.NIP, -1), "NIP_ATASAN",
                    index.getOrDefault(Column.NIP_ATASAN, -1)), rowErrors);
            if (p != null) {
                String nip = p.employee().nip();
                if (nip != null && existing.contains(nip)) {
                    rowErrors.add(new RowError(rowNo, "NIP", "sudah terdaftar / already registered"));
                } else if (nip != null && !inFile.add(nip)) {
                    rowErrors.add(new RowError(rowNo, "NIP", "ganda dengan baris / duplicates row " + firstRow.get(nip)));
                } else if (nip != null) {
                    firstRow.put(nip, rowNo);
                }
                if (p.employee().unitCode() != null && !units.containsKey(p.employee().unitCode())) {
                    rowErrors.add(new RowError(rowNo, "KODE_UNOR", "unit tidak ada / no such unit"));
                }
            }
            if (rowErrors.isEmpty()) {
                parsed.add(p);
            } else if (errors.size() < MAX_ERRORS) {
                errors.addAll(rowErrors.subList(0, Math.min(rowErrors.size(), MAX_ERRORS - errors.size())));
            }
        }
        for (Parsed p : parsed) {
            String sup = p.employee().supervisorNip();
            if (sup != null && !existing.contains(sup) && !inFile.contains(sup)) {
                errors.add(new RowError(p.row(), "NIP_ATASAN", "atasan tidak terdaftar / no such employee"));
            }
        }
        int invalidRows = (int) errors.stream().mapToInt(RowError::row).distinct().count();
        if (dryRun) {
            return report(true, false, rows, rows - invalidRows, 0, errors, started);
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        LOG.info("Import by {}: {} rows read and checked in {} ms (file {} ms)", viewer.username(), rows,
                (System.nanoTime() - started) / 1_000_000, (parsedAt - started) / 1_000_000);
        int created = write(viewer, parsed, units, checksum);
        for (Parsed p : parsed) {
            events.created(viewer.username(), p.employee().nip(), p.employee().unitCode());
        }
        return report(false, true, rows, rows, created, List.of(), started);
    }

    /**
     * Refuses number cells in the 18-digit columns of row {@code i}: their error replaces whatever the parser said
     * about the same cell, since the digits it read are not the ones the operator typed.
     */
    static void numberCells(Sheet sheet, int i, int rowNo, Map<String, Integer> columns, List<RowError> rowErrors) {
        columns.forEach((name, col) -> {
            if (sheet.isNumber(i, col)) {
                rowErrors.removeIf(e -> name.equals(e.column()));
                rowErrors.add(0, Sheet.numberCell(rowNo, name));
            }
        });
    }

    /** The records of a CSV or XLSX file; 400 when it cannot be read. */
    static Sheet records(byte[] bytes, boolean xlsx, int max) {
        try {
            return xlsx ? Xlsx.readSheet(new ByteArrayInputStream(bytes), max)
                    : Sheet.of(Csv.read(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), max));
        } catch (IOException e) {
            throw ProblemException.badRequest("Berkas tidak dapat dibaca / The file cannot be read: " + e.getMessage());
        }
    }

    /** The whole body; 400 when it is empty or unreadable. */
    static byte[] bytes(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw ProblemException.badRequest("Berkas tidak terbaca / The file could not be read");
        }
        if (bytes.length == 0) {
            throw ProblemException.badRequest("Berkas kosong / The file is empty");
        }
        return bytes;
    }

    static ImportReport report(boolean dry, boolean applied, int rows, int valid, int created,
                                       List<RowError> errors, long started) {
        long nanos = System.nanoTime() - started;
        double rate = nanos == 0 ? 0 : rows / (nanos / 1e9);
        return new ImportReport(dry, applied, rows, valid, created, List.copyOf(errors), nanos / 1_000_000,
                Math.round(rate * 10) / 10.0);
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

    /** True for an empty line or a row of empty cells: skipped, but counted in row numbers. */
    static boolean blank(String[] rec) {
        for (String c : rec) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static Map<Column, Integer> header(String[] header) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i].trim().toUpperCase(Locale.ROOT).replace(' ', '_');
            for (Column c : Column.values()) {
                if (c.name().equals(h)) {
                    index.put(c, i);
                }
            }
        }
        for (Column c : Column.values()) {
            if (c.required() && !index.containsKey(c)) {
                errors.add(new FieldError(c.name(), "kolom wajib tidak ada / required column missing"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "import-invalid", "Impor ditolak / Import refused",
                    "Baris judul tidak lengkap / The header row lacks required columns", errors);
        }
        return index;
    }

    private Map<String, UnitRef> unitIds() {
        return db.read(units::refs);
    }

    private Set<String> existingNips() {
        return db.read(employees::nips);
    }

    // ---------------------------------------------------------------- parsing one row

    static String cell(String[] rec, Map<Column, Integer> index, Column c) {
        Integer i = index.get(c);
        if (i == null || i >= rec.length || rec[i] == null) {
            return null;
        }
        String v = rec[i].trim();
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) {
            v = v.substring(1);
        }
        return v.isEmpty() ? null : v;
    }

    Parsed parse(int row, String[] rec, Map<Column, Integer> ix, List<RowError> errors) {
        String nip = cell(rec, ix, Column.NIP);
        if (nip != null) {
            nip = nip.replace(" ", "");
        }
        LocalDate birth = date(row, rec, ix, Column.TANGGAL_LAHIR, errors);
        LocalDate cpns = date(row, rec, ix, Column.TMT_CPNS, errors);
        LocalDate pns = date(row, rec, ix, Column.TMT_PNS, errors);
        Gender gender = gender(row, cell(rec, ix, Column.JENIS_KELAMIN), errors);
        EmploymentType type = employmentType(row, cell(rec, ix, Column.JENIS_PEGAWAI), errors);
        EmployeeStatus status = status(row, cell(rec, ix, Column.STATUS_PEGAWAI), errors);
        String rank = cell(rec, ix, Column.GOL_AKHIR);
        String rankCode = null;
        if (rank != null && type != null) {
            rankCode = RankCodes.canonical(type, rank);
            if (rankCode == null) {
                errors.add(new RowError(row, "GOL_AKHIR", type == EmploymentType.PPPK
                        ? "golongan PPPK I-XVII / PPPK grade I-XVII" : "golongan I/a-IV/e / rank I/a-IV/e"));
            }
        }
        LocalDate rankTmt = date(row, rec, ix, Column.TMT_GOLONGAN, errors);
        PositionType pType = positionType(row, cell(rec, ix, Column.JENIS_JABATAN), errors);
        FunctionalLevel pLevel = level(row, cell(rec, ix, Column.JENJANG_JABATAN), errors);
        String pName = cell(rec, ix, Column.NAMA_JABATAN);
        LocalDate pTmt = date(row, rec, ix, Column.TMT_JABATAN, errors);
        Integer mkYears = integer(row, rec, ix, Column.MK_TAHUN, 0, 50, errors);
        Integer mkMonths = integer(row, rec, ix, Column.MK_BULAN, 0, 11, errors);
        String edu = cell(rec, ix, Column.PENDIDIKAN_TERAKHIR);
        if (edu != null && !Duk.isEducationLevel(edu)) {
            errors.add(new RowError(row, "PENDIDIKAN_TERAKHIR", "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3"));
        }
        Integer gradYear = integer(row, rec, ix, Column.TAHUN_LULUS, 1940, 2100, errors);
        if (pType != null && pName == null) {
            errors.add(new RowError(row, "NAMA_JABATAN", "wajib bila ada jenis jabatan / required with a position type"));
        }
        if (pType == null && pName != null) {
            errors.add(new RowError(row, "JENIS_JABATAN", "wajib bila ada nama jabatan / required with a position name"));
        }
        for (Column c : new Column[] {Column.NOMOR_SK_GOLONGAN, Column.NAMA_SEKOLAH, Column.JURUSAN}) {
            String v = cell(rec, ix, c);
            int max = c == Column.NOMOR_SK_GOLONGAN ? 100 : 200;
            if (v != null && v.length() > max) {
                errors.add(new RowError(row, c.name(), "paling banyak " + max + " karakter / at most " + max
                        + " characters"));
            }
        }
        if (rankCode == null && rank == null && rankTmt != null) {
            errors.add(new RowError(row, "GOL_AKHIR", "wajib bila ada TMT golongan / required with TMT_GOLONGAN"));
        }
        EmployeeInput in = new EmployeeInput(nip, cell(rec, ix, Column.GELAR_DEPAN), cell(rec, ix, Column.NAMA),
                cell(rec, ix, Column.GELAR_BELAKANG), cell(rec, ix, Column.TEMPAT_LAHIR), birth, gender,
                cell(rec, ix, Column.AGAMA), maritalStatus(cell(rec, ix, Column.STATUS_KAWIN)),
                cell(rec, ix, Column.ALAMAT), cell(rec, ix, Column.NOMOR_HP), cell(rec, ix, Column.EMAIL), type, status,
                cpns, pns, cell(rec, ix, Column.KODE_UNOR), cell(rec, ix, Column.NIP_ATASAN), rankCode,
                rankTmt, pType, pLevel, pName, pTmt, null);
        for (FieldError e : validator.validateNew(in)) {
            errors.add(new RowError(row, columnOf(e.field()), e.message()));
        }
        return new Parsed(row, in, rankCode, rankTmt != null ? rankTmt : cpns, cell(rec, ix, Column.NOMOR_SK_GOLONGAN),
                mkYears, mkMonths, edu == null ? null : edu.toUpperCase(Locale.ROOT), cell(rec, ix, Column.NAMA_SEKOLAH),
                cell(rec, ix, Column.JURUSAN), gradYear);
    }

    private static final Map<String, String> FIELD_COLUMN = Map.ofEntries(
            Map.entry("nip", "NIP"), Map.entry("name", "NAMA"), Map.entry("frontTitle", "GELAR_DEPAN"),
            Map.entry("backTitle", "GELAR_BELAKANG"), Map.entry("birthPlace", "TEMPAT_LAHIR"),
            Map.entry("birthDate", "TANGGAL_LAHIR"), Map.entry("gender", "JENIS_KELAMIN"),
            Map.entry("religion", "AGAMA"), Map.entry("maritalStatus", "STATUS_KAWIN"), Map.entry("address", "ALAMAT"),
            Map.entry("phone", "NOMOR_HP"), Map.entry("email", "EMAIL"), Map.entry("employmentType", "JENIS_PEGAWAI"),
            Map.entry("status", "STATUS_PEGAWAI"), Map.entry("cpnsDate", "TMT_CPNS"), Map.entry("pnsDate", "TMT_PNS"),
            Map.entry("unitCode", "KODE_UNOR"), Map.entry("supervisorNip", "NIP_ATASAN"), Map.entry("rank", "GOL_AKHIR"),
            Map.entry("positionName", "NAMA_JABATAN"), Map.entry("positionLevel", "JENJANG_JABATAN"),
            Map.entry("positionType", "JENIS_JABATAN"));

    static String columnOf(String field) {
        return FIELD_COLUMN.getOrDefault(field, field);
    }

    static LocalDate date(int row, String[] rec, Map<Column, Integer> ix, Column c, List<RowError> errors) {
        return date(row, c.name(), cell(rec, ix, c), errors);
    }

    /** The date in {@code v} (null when empty); an invalid one is a row error. */
    static LocalDate date(int row, String column, String v, List<RowError> errors) {
        if (v == null) {
            return null;
        }
        LocalDate d = parseDate(v);
        if (d == null) {
            errors.add(new RowError(row, column, "tanggal tidak valid (YYYY-MM-DD atau DD-MM-YYYY) / invalid date: " + v));
        }
        return d;
    }

    /** A date written YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or as a spreadsheet day number; null when it is none. */
    static LocalDate parseDate(String v) {
        try {
            if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                return LocalDate.parse(v.length() == 10 ? v : normalizeIso(v));
            }
            if (v.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
                return LocalDate.parse(v, DMY);
            }
            if (v.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return LocalDate.parse(v, DMY_SLASH);
            }
            if (v.matches("\\d{4,5}")) {
                return EXCEL_EPOCH.plusDays(Long.parseLong(v));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static String normalizeIso(String v) {
        String[] p = v.split("-");
        return String.format("%s-%02d-%02d", p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    static Integer integer(int row, String[] rec, Map<Column, Integer> ix, Column c, int min, int max,
                           List<RowError> errors) {
        return number(row, c.name(), cell(rec, ix, c), min, max, errors);
    }

    /** The whole number in {@code v} within {@code [min, max]} (null when empty); anything else is a row error. */
    static Integer number(int row, String column, String v, int min, int max, List<RowError> errors) {
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new RowError(row, column, "angka " + min + "-" + max + " / a number " + min + "-" + max));
        return null;
    }

    static Gender gender(int row, String v, List<RowError> errors) {
        if (v == null) {
            return null;
        }
        switch (v.trim().toUpperCase(Locale.ROOT)) {
            case "L", "M", "1", "PRIA", "LAKI-LAKI", "LAKI", "MALE":
                return Gender.MALE;
            case "P", "F", "2", "WANITA", "PEREMPUAN", "FEMALE":
                return Gender.FEMALE;
            default:
                errors.add(new RowError(row, "JENIS_KELAMIN", "L/P (laki-laki/perempuan) / M/F"));
                return null;
        }
    }

    static EmploymentType employmentType(int row, String v, List<RowError> errors) {
        if (v == null) {
            return null;
        }
        try {
            return EmploymentType.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, "JENIS_PEGAWAI", "CPNS, PNS, PPPK"));
            return null;
        }
    }

    static EmployeeStatus status(int row, String v, List<RowError> errors) {
        if (v == null) {
            return EmployeeStatus.ACTIVE;
        }
        String t = v.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        switch (t) {
            case "AKTIF":
                return EmployeeStatus.ACTIVE;
            case "CLTN", "CUTI_DI_LUAR_TANGGUNGAN_NEGARA":
                return EmployeeStatus.LEAVE_OUTSIDE_STATE;
            case "PENSIUN":
                return EmployeeStatus.RETIRED;
            case "DIBERHENTIKAN", "BERHENTI":
                return EmployeeStatus.DISMISSED;
            case "WAFAT", "MENINGGAL", "MENINGGAL_DUNIA":
                return EmployeeStatus.DECEASED;
            default:
                try {
                    return EmployeeStatus.valueOf(t);
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(row, "STATUS_PEGAWAI", "AKTIF, CLTN, PENSIUN, DIBERHENTIKAN, WAFAT"));
                    return null;
                }
        }
    }

    static PositionType positionType(int row, String v, List<RowError> errors) {
        if (v == null) {
            return null;
        }
        try {
            return PositionType.valueOf(v.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, "JENIS_JABATAN", "salah satu dari / one of "
                    + java.util.Arrays.toString(PositionType.values())));
            return null;
        }
    }

    static FunctionalLevel level(int row, String v, List<RowError> errors) {
        if (v == null) {
            return null;
        }
        try {
            return FunctionalLevel.valueOf(v.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, "JENJANG_JABATAN", "salah satu dari / one of "
                    + java.util.Arrays.toString(FunctionalLevel.values())));
            return null;
        }
    }

    static String maritalStatus(String v) {
        if (v == null) {
            return null;
        }
        String t = v.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        return switch (t) {
            case "MENIKAH" -> "KAWIN";
            case "BELUM_MENIKAH", "LAJANG" -> "BELUM_KAWIN";
            case "JANDA", "DUDA", "CERAI" -> "CERAI_HIDUP";
            default -> t;
        };
    }

    // ---------------------------------------------------------------- writing

    static final String INSERT = "INSERT INTO PERSONNEL_EMPLOYEE (NIP, NAME, NAME_KEY, FRONT_TITLE, BACK_TITLE, "
            + "BIRTH_PLACE, BIRTH_DATE, GENDER, RELIGION, MARITAL_STATUS, ADDRESS, PHONE, EMAIL, EMPLOYMENT_TYPE, STATUS, "
            + "CPNS_DATE, PNS_DATE, UNIT_ID, SUPERVISOR_NIP, RANK_CODE, RANK_ORDER, RANK_TMT, RANK_MKG_MONTHS, "
            + "POSITION_TYPE, POSITION_LEVEL, POSITION_NAME, POSITION_TMT, EDUCATION_ORDER, STRUCTURAL_TRAININGS, VERSION, CREATED_AT, "
            + "UPDATED_AT, UNIT_PATH)";
    static final String INSERT_TUPLE = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "0, 1, ?, ?, ?)";

    /** The MKG of the rank row in months, or null when the file gives none. */
    static Integer mkgMonths(Parsed p) {
        if (p.serviceYears() == null && p.serviceMonths() == null) {
            return null;
        }
        return (p.serviceYears() == null ? 0 : p.serviceYears()) * 12 + (p.serviceMonths() == null ? 0 : p.serviceMonths());
    }

    private int write(Viewer viewer, List<Parsed> rows, Map<String, UnitRef> units, String checksum) {
        long now = System.currentTimeMillis();
        long t0 = System.nanoTime();
        long[] phase = new long[3];
        int n = db.tx(c -> {
            try (MultiRowInsert ins = new MultiRowInsert(c, INSERT, INSERT_TUPLE)) {
                for (Parsed p : rows) {
                    EmployeeInput b = p.employee();
                    UnitRef unit = units.get(b.unitCode());
                    ins.add(b.nip(), b.name().trim(), EmployeeRepository.nameKey(b.name()),
                            blank(b.frontTitle()), blank(b.backTitle()), b.birthPlace().trim(), b.birthDate(), b.gender(),
                            upper(b.religion()), upper(b.maritalStatus()), blank(b.address()), blank(b.phone()),
                            blank(b.email()), b.employmentType(), b.status() == null ? EmployeeStatus.ACTIVE : b.status(),
                            b.cpnsDate(), b.pnsDate(), unit.id(), blank(b.supervisorNip()), p.rank(),
                            p.rank() == null ? null : RankCodes.order(b.employmentType(), p.rank()),
                            p.rank() == null ? null : p.rankTmt(), p.rank() == null ? null : mkgMonths(p),
                            b.positionType(), b.positionLevel(),
                            blank(b.positionName()), b.positionType() == null ? null
                                    : (b.positionTmt() != null ? b.positionTmt() : b.cpnsDate()),
                            Duk.educationOrder(p.education()), now, now, unit.path());
                }
                ins.finish();
            }
            phase[0] = System.nanoTime();
            Map<String, Long> ids = new HashMap<>(rows.size() * 2);
            try (PreparedStatement ps = c.prepareStatement("SELECT ID, NIP FROM PERSONNEL_EMPLOYEE WHERE CREATED_AT = ?")) {
                ps.setLong(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
            try (MultiRowInsert rank = new MultiRowInsert(c, "INSERT INTO PERSONNEL_RANK_HISTORY (EMPLOYEE_ID, RANK_CODE, "
                    + "RANK_ORDER, TMT, DECREE_NUMBER, SERVICE_YEARS, SERVICE_MONTHS)", "(?, ?, ?, ?, ?, ?, ?)");
                 MultiRowInsert pos = new MultiRowInsert(c, "INSERT INTO PERSONNEL_POSITION_HISTORY (EMPLOYEE_ID, "
                         + "POSITION_TYPE, POSITION_LEVEL, NAME, UNIT_CODE, TMT)", "(?, ?, ?, ?, ?, ?)");
                 MultiRowInsert edu = new MultiRowInsert(c, "INSERT INTO PERSONNEL_EDUCATION (EMPLOYEE_ID, EDU_LEVEL, "
                         + "INSTITUTION, MAJOR, GRADUATION_YEAR)", "(?, ?, ?, ?, ?)")) {
                for (Parsed p : rows) {
                    EmployeeInput b = p.employee();
                    long id = ids.get(b.nip());
                    if (p.rank() != null) {
                        rank.add(id, p.rank(), RankCodes.order(b.employmentType(), p.rank()), p.rankTmt(),
                                p.rankDecree(), p.serviceYears(), p.serviceMonths());
                    }
                    if (b.positionType() != null) {
                        pos.add(id, b.positionType(), b.positionLevel(), b.positionName().trim(), b.unitCode(),
                                b.positionTmt() != null ? b.positionTmt() : b.cpnsDate());
                    }
                    if (p.education() != null) {
                        edu.add(id, p.education(), p.school() == null ? "-" : p.school(), p.major(), p.graduationYear());
                    }
                }
                rank.finish();
                pos.finish();
                edu.finish();
            }
            phase[1] = System.nanoTime();
            audit.record(c, viewer.username(), "personnel.employee.import", "import", checksum.substring(0, Math.min(16, checksum.length())),
                    null, Map.of("created", rows.size(), "sha256", checksum));
            phase[2] = System.nanoTime();
            return rows.size();
        });
        long end = System.nanoTime();
        LOG.info("Import by {}: {} employees written in {} ms (employees {} ms, histories {} ms, commit {} ms)",
                viewer.username(), n, (end - t0) / 1_000_000, (phase[0] - t0) / 1_000_000,
                (phase[1] - phase[0]) / 1_000_000, (end - phase[2]) / 1_000_000);
        return n;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
