package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.io.ImportReport.RowError;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cell values both row parsers read — dates, whole numbers, gender, employment type, status, position type
 * and level, marital status — each as a value, or null with a row error in the operator's words. Pure.
 */
final class Cells {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DMY_SLASH = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Cells() {
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
                String[] p = v.split("-");
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
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
        } catch (DateTimeException e) { // DateTimeParseException included
            return null;
        }
        return null;
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

    /** A row error when {@code v} is longer than {@code max} characters. */
    static void maxLength(int row, String column, String v, int max, List<RowError> errors) {
        if (v != null && v.length() > max) {
            errors.add(new RowError(row, column, "paling banyak " + max + " karakter / at most " + max + " characters"));
        }
    }

    /** The row error for a rank that is none of {@code type}'s ranks. */
    static RowError unknownRank(int row, String column, EmploymentType type) {
        return new RowError(row, column, type == EmploymentType.PPPK
                ? "golongan PPPK I-XVII / PPPK grade I-XVII" : "golongan I/a-IV/e / rank I/a-IV/e");
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

    /** The status as SIMPEG/SIASN files write it (or its English name); empty is active. */
    static EmployeeStatus status(int row, String v, List<RowError> errors) {
        if (v == null) {
            return EmployeeStatus.ACTIVE;
        }
        String t = v.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        EmployeeStatus s = STATUS.get(t);
        if (s != null) {
            return s;
        }
        try {
            return EmployeeStatus.valueOf(t);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, "STATUS_PEGAWAI", "AKTIF, CLTN, PENSIUN, DIBERHENTIKAN, WAFAT"));
            return null;
        }
    }

    private static final Map<String, EmployeeStatus> STATUS = Map.of("AKTIF", EmployeeStatus.ACTIVE,
            "CLTN", EmployeeStatus.LEAVE_OUTSIDE_STATE, "CUTI_DI_LUAR_TANGGUNGAN_NEGARA", EmployeeStatus.LEAVE_OUTSIDE_STATE,
            "PENSIUN", EmployeeStatus.RETIRED, "DIBERHENTIKAN", EmployeeStatus.DISMISSED,
            "BERHENTI", EmployeeStatus.DISMISSED, "WAFAT", EmployeeStatus.DECEASED, "MENINGGAL", EmployeeStatus.DECEASED,
            "MENINGGAL_DUNIA", EmployeeStatus.DECEASED);

    static PositionType positionType(int row, String v, List<RowError> errors) {
        return constant(PositionType.class, row, "JENIS_JABATAN", v, errors);
    }

    static FunctionalLevel level(int row, String v, List<RowError> errors) {
        return constant(FunctionalLevel.class, row, "JENJANG_JABATAN", v, errors);
    }

    /** The constant of {@code type} named {@code v} (any case, spaces as underscores); null when empty. */
    private static <E extends Enum<E>> E constant(Class<E> type, int row, String column, String v,
                                                  List<RowError> errors) {
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, column, "salah satu dari / one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** The marital status in the validator's words (KAWIN, BELUM_KAWIN, CERAI_HIDUP, …); null when empty. */
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

    /**
     * Refuses number cells in the 18-digit columns of {@code row} ({@code columns}: name to index): their error
     * replaces whatever the parser said about the same cell, since the digits it read are not the ones the operator
     * typed. These errors come first, in the order of {@code columns}.
     */
    static void refuseNumberCells(Table.Row row, Map<String, Integer> columns, List<RowError> rowErrors) {
        int first = 0;
        for (Map.Entry<String, Integer> c : columns.entrySet()) {
            if (row.isNumber(c.getValue())) {
                rowErrors.removeIf(e -> c.getKey().equals(e.column()));
                rowErrors.add(first++, numberCell(row.number(), c.getKey()));
            }
        }
    }

    /** The row error for an 18-digit identifier found in a number cell of {@code column}. */
    static RowError numberCell(int rowNumber, String column) {
        return new RowError(rowNumber, column, "tersimpan sebagai angka, 3 digit terakhir sudah hilang "
                + "(spreadsheet hanya menyimpan 15 digit): format kolom " + column + " sebagai Teks lalu ketik ulang "
                + "nomornya / stored as a number, whose last digits are lost (spreadsheets keep 15): format the "
                + column + " column as Text and type the numbers again");
    }
}
