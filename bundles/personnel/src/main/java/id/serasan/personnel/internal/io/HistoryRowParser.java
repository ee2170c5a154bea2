package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.io.ImportReport.RowError;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.personnel.internal.rules.RankCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a history file as {@link Entry}s or row errors: one row per entry of a registered employee, typed by
 * {@code JENIS_RIWAYAT} ({@code GOLONGAN}, {@code JABATAN}, {@code PENDIDIKAN}, {@code DIKLAT}, {@code KELUARGA}),
 * whose required columns depend on the kind. Pure: no database, no OSGi; the registered employees and the unit codes
 * come in as data.
 */
public final class HistoryRowParser {
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

    /** What the import knows of a registered employee. */
    public record Known(long id, EmploymentType type, LocalDate cpnsDate, String rank, String positionName) {
    }

    /**
     * One valid row: the kind and the values to insert, the employee id first, in the order of the kind's table
     * columns (see {@link HistoryWriter}).
     */
    public record Entry(String kind, String nip, Object[] values) {
    }

    private final Map<String, Integer> ix;
    private final Map<String, Known> known;
    private final Set<String> units;
    private final Clock clock;

    /**
     * A parser for the columns of {@code table}'s header; 422 when it lacks NIP or JENIS_RIWAYAT.
     *
     * @param known the registered employees by NIP
     * @param units the unit codes that exist
     */
    public HistoryRowParser(Table table, Map<String, Known> known, Set<String> units, Clock clock) {
        this.ix = table.columns(COLUMNS, List.of("NIP", "JENIS_RIWAYAT"));
        this.known = known;
        this.units = units;
        this.clock = clock;
    }

    /** Every row of {@code table} checked. */
    public CheckedRows<Entry> parseAll(Table table) {
        List<RowError> errors = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            List<RowError> rowErrors = new ArrayList<>();
            Entry e = parse(row, rowErrors);
            Cells.refuseNumberCells(row, Map.of("NIP", ix.getOrDefault("NIP", -1)), rowErrors);
            if (rowErrors.isEmpty()) {
                entries.add(e);
            } else {
                CheckedRows.collect(errors, rowErrors);
            }
        }
        return new CheckedRows<>(table.rows().size(), entries, errors);
    }

    String cell(Table.Row row, String column) {
        return row.text(ix.get(column));
    }

    /** One row on its own: its entry, or null with its errors added to {@code errors}. */
    Entry parse(Table.Row r, List<RowError> errors) {
        int row = r.number();
        String raw = cell(r, "NIP");
        String nip = raw == null ? null : raw.replace(" ", "");
        Known k = nip == null ? null : known.get(nip);
        if (k == null) {
            errors.add(new RowError(row, "NIP", "pegawai tidak terdaftar / no such employee"));
        }
        String kind = cell(r, "JENIS_RIWAYAT");
        kind = kind == null ? null : kind.toUpperCase(Locale.ROOT);
        if (kind == null || !REQUIRED.containsKey(kind)) {
            errors.add(new RowError(row, "JENIS_RIWAYAT", "GOLONGAN, JABATAN, PENDIDIKAN, DIKLAT, KELUARGA"));
            return null;
        }
        for (String c : REQUIRED.get(kind)) {
            if (cell(r, c) == null) {
                errors.add(new RowError(row, c, "wajib diisi untuk " + kind + " / required for " + kind));
            }
        }
        for (String c : COLUMNS) {
            if (LIMITS.containsKey(c)) {
                Cells.maxLength(row, c, cell(r, c), LIMITS.get(c), errors);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return switch (kind) {
            case "GOLONGAN" -> rank(r, nip, k, errors);
            case "JABATAN" -> position(r, nip, k, errors);
            case "PENDIDIKAN" -> education(r, nip, k, errors);
            case "DIKLAT" -> training(r, nip, k, errors);
            default -> family(r, nip, k, errors);
        };
    }

    private Entry rank(Table.Row r, String nip, Known k, List<RowError> errors) {
        int row = r.number();
        String rank = RankCodes.canonical(k.type(), cell(r, "GOLONGAN"));
        if (rank == null) {
            errors.add(Cells.unknownRank(row, "GOLONGAN", k.type()));
        }
        LocalDate tmt = tmt(r, k, errors);
        Integer years = number(r, "MK_TAHUN", 0, 50, errors);
        Integer months = number(r, "MK_BULAN", 0, 11, errors);
        return new Entry("GOLONGAN", nip, new Object[] {k.id(), rank, rank == null ? 0 : RankCodes.order(k.type(), rank),
            tmt, cell(r, "NOMOR_SK"), date(r, "TANGGAL_SK", errors), years, months});
    }

    private Entry position(Table.Row r, String nip, Known k, List<RowError> errors) {
        int row = r.number();
        PositionType type = Cells.positionType(row, cell(r, "JENIS_JABATAN"), errors);
        FunctionalLevel level = Cells.level(row, cell(r, "JENJANG_JABATAN"), errors);
        if (type != null && (type == PositionType.FUNGSIONAL) != (level != null)) {
            errors.add(new RowError(row, "JENJANG_JABATAN", "jenjang hanya dan wajib untuk jabatan fungsional / "
                    + "a level is required for, and only for, functional positions"));
        }
        String unit = cell(r, "KODE_UNOR");
        if (unit != null && !units.contains(unit)) {
            errors.add(new RowError(row, "KODE_UNOR", "unit tidak ada / no such unit"));
        }
        LocalDate tmt = tmt(r, k, errors);
        return new Entry("JABATAN", nip, new Object[] {k.id(), type, level, cell(r, "NAMA_JABATAN"), unit, tmt,
            cell(r, "NOMOR_SK"), date(r, "TANGGAL_SK", errors)});
    }

    /** The TMT of a rank or position entry; a row error when it is before the employee's TMT CPNS. */
    private LocalDate tmt(Table.Row r, Known k, List<RowError> errors) {
        LocalDate tmt = date(r, "TMT", errors);
        if (tmt != null && tmt.isBefore(k.cpnsDate())) {
            errors.add(new RowError(r.number(), "TMT", "sebelum TMT CPNS / before the TMT CPNS"));
        }
        return tmt;
    }

    private Entry education(Table.Row r, String nip, Known k, List<RowError> errors) {
        String level = cell(r, "PENDIDIKAN").toUpperCase(Locale.ROOT);
        if (!Duk.isEducationLevel(level)) {
            errors.add(new RowError(r.number(), "PENDIDIKAN", "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3"));
        }
        return new Entry("PENDIDIKAN", nip, new Object[] {k.id(), level, cell(r, "NAMA_SEKOLAH"), cell(r, "JURUSAN"),
            number(r, "TAHUN_LULUS", 1940, LocalDate.now(clock).getYear(), errors)});
    }

    private Entry training(Table.Row r, String nip, Known k, List<RowError> errors) {
        String kind = cell(r, "JENIS_DIKLAT").toUpperCase(Locale.ROOT);
        if (!Set.of("STRUKTURAL", "FUNGSIONAL", "TEKNIS").contains(kind)) {
            errors.add(new RowError(r.number(), "JENIS_DIKLAT", "STRUKTURAL, FUNGSIONAL, TEKNIS"));
        }
        LocalDate end = date(r, "TANGGAL_SELESAI", errors);
        if (end != null && end.isAfter(LocalDate.now(clock))) {
            errors.add(new RowError(r.number(), "TANGGAL_SELESAI", "belum terjadi / in the future"));
        }
        return new Entry("DIKLAT", nip, new Object[] {k.id(), kind, cell(r, "NAMA_DIKLAT"), end,
            number(r, "JAM_PELAJARAN", 1, 2000, errors)});
    }

    private Entry family(Table.Row r, String nip, Known k, List<RowError> errors) {
        String given = cell(r, "HUBUNGAN").toUpperCase(Locale.ROOT);
        String rel = switch (given) {
            case "SUAMI", "ISTRI", "SUAMI/ISTRI" -> "SPOUSE";
            case "ANAK" -> "CHILD";
            case "AYAH", "IBU", "ORANG_TUA", "ORANG TUA" -> "PARENT";
            default -> given;
        };
        if (!Set.of("SPOUSE", "CHILD", "PARENT").contains(rel)) {
            errors.add(new RowError(r.number(), "HUBUNGAN", "SUAMI/ISTRI, ANAK, AYAH/IBU (SPOUSE, CHILD, PARENT)"));
        }
        LocalDate born = date(r, "TANGGAL_LAHIR", errors);
        return new Entry("KELUARGA", nip, new Object[] {k.id(), rel, cell(r, "NAMA_KELUARGA"), born,
            Cells.gender(r.number(), cell(r, "JENIS_KELAMIN"), errors)});
    }

    private LocalDate date(Table.Row r, String column, List<RowError> errors) {
        return Cells.date(r.number(), column, cell(r, column), errors);
    }

    private Integer number(Table.Row r, String column, int min, int max, List<RowError> errors) {
        return Cells.number(r.number(), column, cell(r, column), min, max, errors);
    }
}
