package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.employee.EmployeeValidator;
import id.serasan.personnel.internal.io.ImportReport.RowError;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.personnel.internal.rules.RankCodes;
import id.serasan.platform.api.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of an employee file (columns in {@link Column}) as {@link ImportedEmployee}s or row errors: each row's
 * cells and the {@link EmployeeValidator}'s rules, then what concerns the whole file — NIPs already registered or
 * twice in the file, unknown units, supervisors registered nowhere. Pure: no database, no OSGi; what it needs to know
 * of the database comes in as sets.
 */
public final class EmployeeRowParser {
    /** The 18-digit columns in which a number cell is refused. */
    static final List<Column> IDENTIFIERS = List.of(Column.NIP, Column.NIP_ATASAN);

    private final Map<String, Integer> index;
    private final EmployeeValidator validator;

    /** A parser for the columns of {@code table}'s header; 422 when it lacks a required column. */
    public EmployeeRowParser(Table table, Clock clock) {
        List<String> names = Arrays.asList(Column.headers());
        List<String> required = Arrays.stream(Column.values()).filter(Column::required).map(Column::name).toList();
        this.index = table.columns(names, required);
        this.validator = new EmployeeValidator(clock);
    }

    /**
     * Every row of {@code table} checked.
     *
     * @param registered the NIPs already in the database
     * @param units      the unit codes that exist
     */
    public CheckedRows<ImportedEmployee> parseAll(Table table, Set<String> registered, Set<String> units) {
        List<RowError> errors = new ArrayList<>();
        List<ImportedEmployee> valid = new ArrayList<>(table.rows().size());
        Set<String> inFile = new HashSet<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Table.Row row : table.rows()) {
            int rowNo = row.number();
            List<RowError> rowErrors = new ArrayList<>();
            ImportedEmployee p = parse(row, rowErrors);
            String nip = p.employee().nip();
            if (nip != null && registered.contains(nip)) {
                rowErrors.add(new RowError(rowNo, "NIP", "sudah terdaftar / already registered"));
            } else if (nip != null && !inFile.add(nip)) {
                rowErrors.add(new RowError(rowNo, "NIP", "ganda dengan baris / duplicates row " + firstRow.get(nip)));
            } else if (nip != null) {
                firstRow.put(nip, rowNo);
            }
            if (p.employee().unitCode() != null && !units.contains(p.employee().unitCode())) {
                rowErrors.add(new RowError(rowNo, "KODE_UNOR", "unit tidak ada / no such unit"));
            }
            if (rowErrors.isEmpty()) {
                valid.add(p);
            } else {
                CheckedRows.collect(errors, rowErrors);
            }
        }
        for (ImportedEmployee p : valid) {
            String sup = p.employee().supervisorNip();
            if (sup != null && !registered.contains(sup) && !inFile.contains(sup)) {
                errors.add(new RowError(p.row(), "NIP_ATASAN", "atasan tidak terdaftar / no such employee"));
            }
        }
        return new CheckedRows<>(table.rows().size(), valid, errors);
    }

    /** The cell of {@code c}: trimmed, without the quote an export put before a formula character; null when empty. */
    String cell(Table.Row row, Column c) {
        String v = row.text(index.get(c.name()));
        if (v != null && v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) {
            v = v.substring(1);
        }
        return v == null || v.isEmpty() ? null : v;
    }

    /** One row on its own: its value, with its errors (if any) added to {@code errors}. */
    ImportedEmployee parse(Table.Row r, List<RowError> errors) {
        int row = r.number();
        String nip = cell(r, Column.NIP);
        if (nip != null) {
            nip = nip.replace(" ", "");
        }
        LocalDate birth = date(r, Column.TANGGAL_LAHIR, errors);
        LocalDate cpns = date(r, Column.TMT_CPNS, errors);
        LocalDate pns = date(r, Column.TMT_PNS, errors);
        Gender gender = Cells.gender(row, cell(r, Column.JENIS_KELAMIN), errors);
        EmploymentType type = Cells.employmentType(row, cell(r, Column.JENIS_PEGAWAI), errors);
        EmployeeStatus status = Cells.status(row, cell(r, Column.STATUS_PEGAWAI), errors);
        String rank = cell(r, Column.GOL_AKHIR);
        String rankCode = null;
        if (rank != null && type != null) {
            rankCode = RankCodes.canonical(type, rank);
            if (rankCode == null) {
                errors.add(Cells.unknownRank(row, "GOL_AKHIR", type));
            }
        }
        LocalDate rankTmt = date(r, Column.TMT_GOLONGAN, errors);
        PositionType pType = Cells.positionType(row, cell(r, Column.JENIS_JABATAN), errors);
        FunctionalLevel pLevel = Cells.level(row, cell(r, Column.JENJANG_JABATAN), errors);
        String pName = cell(r, Column.NAMA_JABATAN);
        LocalDate pTmt = date(r, Column.TMT_JABATAN, errors);
        Integer mkYears = integer(r, Column.MK_TAHUN, 0, 50, errors);
        Integer mkMonths = integer(r, Column.MK_BULAN, 0, 11, errors);
        String edu = cell(r, Column.PENDIDIKAN_TERAKHIR);
        if (edu != null && !Duk.isEducationLevel(edu)) {
            errors.add(new RowError(row, "PENDIDIKAN_TERAKHIR", "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3"));
        }
        Integer gradYear = integer(r, Column.TAHUN_LULUS, 1940, 2100, errors);
        if (pType != null && pName == null) {
            errors.add(new RowError(row, "NAMA_JABATAN", "wajib bila ada jenis jabatan / required with a position type"));
        }
        if (pType == null && pName != null) {
            errors.add(new RowError(row, "JENIS_JABATAN", "wajib bila ada nama jabatan / required with a position name"));
        }
        Cells.maxLength(row, "NOMOR_SK_GOLONGAN", cell(r, Column.NOMOR_SK_GOLONGAN), 100, errors);
        Cells.maxLength(row, "NAMA_SEKOLAH", cell(r, Column.NAMA_SEKOLAH), 200, errors);
        Cells.maxLength(row, "JURUSAN", cell(r, Column.JURUSAN), 200, errors);
        if (rank == null && rankTmt != null) {
            errors.add(new RowError(row, "GOL_AKHIR", "wajib bila ada TMT golongan / required with TMT_GOLONGAN"));
        }
        EmployeeInput in = new EmployeeInput(nip, cell(r, Column.GELAR_DEPAN), cell(r, Column.NAMA),
                cell(r, Column.GELAR_BELAKANG), cell(r, Column.TEMPAT_LAHIR), birth, gender,
                cell(r, Column.AGAMA), Cells.maritalStatus(cell(r, Column.STATUS_KAWIN)),
                cell(r, Column.ALAMAT), cell(r, Column.NOMOR_HP), cell(r, Column.EMAIL), type, status,
                cpns, pns, cell(r, Column.KODE_UNOR), cell(r, Column.NIP_ATASAN), rankCode,
                rankTmt, pType, pLevel, pName, pTmt, null);
        for (FieldError e : validator.validateNew(in)) {
            errors.add(new RowError(row, columnOf(e.field()), e.message()));
        }
        Map<String, Integer> identifiers = new LinkedHashMap<>();
        for (Column c : IDENTIFIERS) {
            identifiers.put(c.name(), index.getOrDefault(c.name(), -1));
        }
        Cells.refuseNumberCells(r, identifiers, errors);
        return new ImportedEmployee(row, in, rankCode, rankTmt != null ? rankTmt : cpns, cell(r, Column.NOMOR_SK_GOLONGAN),
                mkYears, mkMonths, edu == null ? null : edu.toUpperCase(Locale.ROOT), cell(r, Column.NAMA_SEKOLAH),
                cell(r, Column.JURUSAN), gradYear);
    }

    private LocalDate date(Table.Row r, Column c, List<RowError> errors) {
        return Cells.date(r.number(), c.name(), cell(r, c), errors);
    }

    private Integer integer(Table.Row r, Column c, int min, int max, List<RowError> errors) {
        return Cells.number(r.number(), c.name(), cell(r, c), min, max, errors);
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

    /** The file column of a validator field ({@code birthDate} is TANGGAL_LAHIR). */
    static String columnOf(String field) {
        return FIELD_COLUMN.getOrDefault(field, field);
    }
}
