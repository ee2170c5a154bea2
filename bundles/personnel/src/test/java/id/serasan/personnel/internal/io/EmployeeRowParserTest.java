package id.serasan.personnel.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.io.ImportReport.RowError;
import id.serasan.platform.api.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Employee rows to values or row errors, row by row and across the file. */
class EmployeeRowParserTest {
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    static final String[] HEADER = Column.headers();
    static final Set<String> UNITS = Set.of("MTY", "BKPSDM");

    /** A valid PNS row with {@code changes} (column, value, column, value, ...) applied. */
    static String[] cells(String... changes) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("NIP", "199102032019031004");
        v.put("NAMA", "Baik Sekali");
        v.put("TEMPAT_LAHIR", "Lahat");
        v.put("TANGGAL_LAHIR", "03-02-1991");
        v.put("JENIS_KELAMIN", "L");
        v.put("JENIS_PEGAWAI", "PNS");
        v.put("TMT_CPNS", "01-03-2019");
        v.put("KODE_UNOR", "MTY");
        return inHeaderOrder(HEADER, v, changes);
    }

    /** The cells of {@code header}'s columns: {@code values} with {@code changes} (column, value, ...) applied. */
    static String[] inHeaderOrder(String[] header, Map<String, String> values, String... changes) {
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], changes[i + 1]);
        }
        String[] out = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            out[i] = values.getOrDefault(header[i], "");
        }
        return out;
    }

    static Table table(List<String[]> rows) {
        List<Table.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Table.Row(i + 2, rows.get(i), Set.of()));
        }
        return new Table(HEADER, out);
    }

    static CheckedRows<ImportedEmployee> check(Set<String> registered, String[]... rows) {
        Table t = table(List.of(rows));
        return new EmployeeRowParser(t, CLOCK).parseAll(t, registered, UNITS);
    }

    /** The errors of one row (as row 2) as "COLUMN: message". */
    static List<String> errors(String... changes) {
        return check(Set.of(), cells(changes)).errors().stream().map(e -> e.row() + " " + e.column() + ": " + e.message())
                .toList();
    }

    static ImportedEmployee valid(String... changes) {
        CheckedRows<ImportedEmployee> c = check(Set.of("197001152000031001"), cells(changes));
        assertThat(c.errors()).isEmpty();
        return c.valid().get(0);
    }

    @Test
    void aFullRowBecomesTheEmployeeWithTheirFirstEntries() {
        ImportedEmployee p = valid("GELAR_DEPAN", "Dr.", "GELAR_BELAKANG", "S.Kom", "AGAMA", "Islam",
                "STATUS_KAWIN", "menikah", "ALAMAT", "Jl. A", "NOMOR_HP", "0812 3456 789", "EMAIL", "a@b.id",
                "STATUS_PEGAWAI", "AKTIF", "TMT_PNS", "2020-03-01", "NIP_ATASAN", "197001152000031001",
                "GOL_AKHIR", "iii/a", "TMT_GOLONGAN", "2019-03-01", "NOMOR_SK_GOLONGAN", "800/1", "MK_TAHUN", "2",
                "MK_BULAN", "11", "JENIS_JABATAN", "fungsional", "JENJANG_JABATAN", "ahli pertama",
                "NAMA_JABATAN", "Analis", "TMT_JABATAN", "1/4/2020", "PENDIDIKAN_TERAKHIR", "s1",
                "NAMA_SEKOLAH", "Unsri", "JURUSAN", "Ilmu Komputer", "TAHUN_LULUS", "2014", "NAMA_UNOR", "ignored");
        EmployeeInput e = p.employee();
        assertThat(p.row()).isEqualTo(2);
        assertThat(e.nip()).isEqualTo("199102032019031004");
        assertThat(e.name()).isEqualTo("Baik Sekali");
        assertThat(e.frontTitle()).isEqualTo("Dr.");
        assertThat(e.backTitle()).isEqualTo("S.Kom");
        assertThat(e.birthPlace()).isEqualTo("Lahat");
        assertThat(e.birthDate()).isEqualTo(LocalDate.of(1991, 2, 3));
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.religion()).isEqualTo("Islam");
        assertThat(e.maritalStatus()).isEqualTo("KAWIN");
        assertThat(e.address()).isEqualTo("Jl. A");
        assertThat(e.phone()).isEqualTo("0812 3456 789");
        assertThat(e.email()).isEqualTo("a@b.id");
        assertThat(e.employmentType()).isEqualTo(EmploymentType.PNS);
        assertThat(e.status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(e.cpnsDate()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(e.pnsDate()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(e.unitCode()).isEqualTo("MTY");
        assertThat(e.supervisorNip()).isEqualTo("197001152000031001");
        assertThat(e.rank()).isEqualTo("III/a");
        assertThat(e.positionType()).isEqualTo(PositionType.FUNGSIONAL);
        assertThat(e.positionLevel()).isEqualTo(FunctionalLevel.AHLI_PERTAMA);
        assertThat(e.positionName()).isEqualTo("Analis");
        assertThat(e.positionTmt()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(p.rank()).isEqualTo("III/a");
        assertThat(p.rankTmt()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(p.rankDecree()).isEqualTo("800/1");
        assertThat(p.serviceYears()).isEqualTo(2);
        assertThat(p.serviceMonths()).isEqualTo(11);
        assertThat(p.mkgMonths()).isEqualTo(35);
        assertThat(p.education()).isEqualTo("S1");
        assertThat(p.school()).isEqualTo("Unsri");
        assertThat(p.major()).isEqualTo("Ilmu Komputer");
        assertThat(p.graduationYear()).isEqualTo(2014);
    }

    @Test
    void aMinimalRowTakesItsDefaults() {
        ImportedEmployee p = valid();
        assertThat(p.employee().status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(p.rank()).isNull();
        assertThat(p.rankTmt()).as("the TMT CPNS when no TMT_GOLONGAN").isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(p.mkgMonths()).isNull();
        assertThat(p.education()).isNull();
        assertThat(p.employee().frontTitle()).isNull();
        assertThat(valid("MK_BULAN", "4").mkgMonths()).isEqualTo(4);
        assertThat(valid("MK_TAHUN", "3").mkgMonths()).isEqualTo(36);
    }

    @Test
    void cellsAreTrimmedNipSpacesDroppedAndTheExportFormulaGuardUndone() {
        ImportedEmployee p = valid("NIP", " 19910203 201903 1 004 ", "NAMA", "'=Baik", "ALAMAT", "'-");
        assertThat(p.employee().nip()).isEqualTo("199102032019031004");
        assertThat(p.employee().name()).isEqualTo("=Baik");
        assertThat(p.employee().address()).isEqualTo("-");
        assertThat(errors("NOMOR_HP", "'0812345678")).singleElement().asString().startsWith("2 NOMOR_HP:");
        assertThat(valid("NAMA", "'").employee().name()).isEqualTo("'");
        assertThat(valid("NAMA", "'+ '").employee().name()).isEqualTo("+ '");
        assertThat(valid("NAMA", "'@x").employee().name()).isEqualTo("@x");
    }

    @Test
    void everyDateFormatIsReadAndAnInvalidDateIsNamed() {
        assertThat(valid("TANGGAL_LAHIR", "1991-2-3").employee().birthDate()).isEqualTo(LocalDate.of(1991, 2, 3));
        assertThat(valid("TANGGAL_LAHIR", "3/2/1991").employee().birthDate()).isEqualTo(LocalDate.of(1991, 2, 3));
        assertThat(valid("TANGGAL_LAHIR", "33272").employee().birthDate()).isEqualTo(LocalDate.of(1991, 2, 3));
        assertThat(errors("TANGGAL_LAHIR", "31-02-1991")).contains(
                "2 TANGGAL_LAHIR: tanggal tidak valid (YYYY-MM-DD atau DD-MM-YYYY) / invalid date: 31-02-1991");
        assertThat(errors("TMT_CPNS", "2019/03/01")).contains(
                "2 TMT_CPNS: tanggal tidak valid (YYYY-MM-DD atau DD-MM-YYYY) / invalid date: 2019/03/01");
        assertThat(errors("TMT_PNS", "kemarin")).contains(
                "2 TMT_PNS: tanggal tidak valid (YYYY-MM-DD atau DD-MM-YYYY) / invalid date: kemarin");
        assertThat(errors("TMT_GOLONGAN", "1-13-2020", "GOL_AKHIR", "III/a")).contains(
                "2 TMT_GOLONGAN: tanggal tidak valid (YYYY-MM-DD atau DD-MM-YYYY) / invalid date: 1-13-2020");
        assertThat(errors("TMT_JABATAN", "0-1-2020", "JENIS_JABATAN", "PELAKSANA", "NAMA_JABATAN", "x")).contains(
                "2 TMT_JABATAN: tanggal tidak valid (YYYY-MM-DD atau DD-MM-YYYY) / invalid date: 0-1-2020");
    }

    @Test
    void genderTypeAndStatusAreReadInTheOperatorsWords() {
        assertThat(valid("NIP", "199102032019032004", "JENIS_KELAMIN", "perempuan").employee().gender())
                .isEqualTo(Gender.FEMALE);
        assertThat(errors("JENIS_KELAMIN", "X")).contains("2 JENIS_KELAMIN: L/P (laki-laki/perempuan) / M/F");
        assertThat(errors("JENIS_PEGAWAI", "HONORER")).contains("2 JENIS_PEGAWAI: CPNS, PNS, PPPK");
        assertThat(valid("STATUS_PEGAWAI", "cltn").employee().status()).isEqualTo(EmployeeStatus.LEAVE_OUTSIDE_STATE);
        assertThat(valid("STATUS_PEGAWAI", "RETIRED").employee().status()).isEqualTo(EmployeeStatus.RETIRED);
        assertThat(errors("STATUS_PEGAWAI", "CUTI")).contains(
                "2 STATUS_PEGAWAI: AKTIF, CLTN, PENSIUN, DIBERHENTIKAN, WAFAT");
    }

    @Test
    void ranksAreCheckedForTheEmploymentType() {
        assertThat(errors("GOL_AKHIR", "V/a")).contains("2 GOL_AKHIR: golongan I/a-IV/e / rank I/a-IV/e");
        assertThat(errors("GOL_AKHIR", "III/a", "JENIS_PEGAWAI", "PPPK", "NIP", "202403011000211042"))
                .contains("2 GOL_AKHIR: golongan PPPK I-XVII / PPPK grade I-XVII");
        assertThat(errors("GOL_AKHIR", "III/a", "JENIS_PEGAWAI", "HONORER")).as("no type, no rank check")
                .noneMatch(e -> e.startsWith("2 GOL_AKHIR"));
        assertThat(errors("TMT_GOLONGAN", "2019-03-01")).containsExactly(
                "2 GOL_AKHIR: wajib bila ada TMT golongan / required with TMT_GOLONGAN");
        assertThat(valid("JENIS_PEGAWAI", "PPPK", "NIP", "202403011000211042", "GOL_AKHIR", "ix",
                "TMT_CPNS", "2024-03-01").rank()).isEqualTo("IX");
    }

    @Test
    void positionsNeedTypeAndNameTogetherAndAKnownLevel() {
        assertThat(errors("JENIS_JABATAN", "PELAKSANA")).contains(
                "2 NAMA_JABATAN: wajib bila ada jenis jabatan / required with a position type");
        assertThat(errors("NAMA_JABATAN", "Analis")).containsExactly(
                "2 JENIS_JABATAN: wajib bila ada nama jabatan / required with a position name");
        assertThat(errors("JENIS_JABATAN", "MENTERI", "NAMA_JABATAN", "x")).anyMatch(e -> e.startsWith(
                "2 JENIS_JABATAN: salah satu dari / one of [JPT_"));
        assertThat(errors("JENIS_JABATAN", "FUNGSIONAL", "NAMA_JABATAN", "x", "JENJANG_JABATAN", "RAJA"))
                .anyMatch(e -> e.startsWith("2 JENJANG_JABATAN: salah satu dari / one of ["));
        assertThat(valid("JENIS_JABATAN", "PELAKSANA", "NAMA_JABATAN", "Pengadministrasi").employee().positionTmt())
                .isNull();
    }

    @Test
    void wholeNumbersHaveTheirBounds() {
        assertThat(valid("MK_TAHUN", "0").serviceYears()).isZero();
        assertThat(valid("MK_TAHUN", "50").serviceYears()).isEqualTo(50);
        assertThat(errors("MK_TAHUN", "51")).containsExactly("2 MK_TAHUN: angka 0-50 / a number 0-50");
        assertThat(errors("MK_TAHUN", "-1")).containsExactly("2 MK_TAHUN: angka 0-50 / a number 0-50");
        assertThat(errors("MK_TAHUN", "2.5")).containsExactly("2 MK_TAHUN: angka 0-50 / a number 0-50");
        assertThat(valid("MK_BULAN", "11").serviceMonths()).isEqualTo(11);
        assertThat(errors("MK_BULAN", "12")).containsExactly("2 MK_BULAN: angka 0-11 / a number 0-11");
        assertThat(valid("TAHUN_LULUS", "1940").graduationYear()).isEqualTo(1940);
        assertThat(valid("TAHUN_LULUS", "2100").graduationYear()).isEqualTo(2100);
        assertThat(errors("TAHUN_LULUS", "1939")).containsExactly("2 TAHUN_LULUS: angka 1940-2100 / a number 1940-2100");
        assertThat(errors("TAHUN_LULUS", "2101")).containsExactly("2 TAHUN_LULUS: angka 1940-2100 / a number 1940-2100");
    }

    @Test
    void educationAndTextLengthsAreChecked() {
        assertThat(errors("PENDIDIKAN_TERAKHIR", "S4")).containsExactly(
                "2 PENDIDIKAN_TERAKHIR: SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3");
        assertThat(errors("NOMOR_SK_GOLONGAN", "x".repeat(100), "GOL_AKHIR", "III/a")).isEmpty();
        assertThat(errors("NOMOR_SK_GOLONGAN", "x".repeat(101))).containsExactly(
                "2 NOMOR_SK_GOLONGAN: paling banyak 100 karakter / at most 100 characters");
        assertThat(errors("NAMA_SEKOLAH", "x".repeat(200), "JURUSAN", "y".repeat(200))).isEmpty();
        assertThat(errors("NAMA_SEKOLAH", "x".repeat(201), "JURUSAN", "y".repeat(201))).containsExactly(
                "2 NAMA_SEKOLAH: paling banyak 200 karakter / at most 200 characters",
                "2 JURUSAN: paling banyak 200 karakter / at most 200 characters");
    }

    @Test
    void validatorErrorsAreReportedUnderTheirFileColumns() {
        assertThat(errors("NAMA", "")).anyMatch(e -> e.startsWith("2 NAMA: "));
        assertThat(errors("TANGGAL_LAHIR", "04-02-1991")).contains(
                "2 TANGGAL_LAHIR: tidak sama dengan NIP (1991-02-03) / does not match the NIP (1991-02-03)");
        assertThat(errors("EMAIL", "bukan")).containsExactly("2 EMAIL: alamat surel tidak valid / invalid e-mail address");
        assertThat(errors("KODE_UNOR", "")).anyMatch(e -> e.startsWith("2 KODE_UNOR: "));
        assertThat(errors("NIP_ATASAN", "123")).anyMatch(e -> e.startsWith("2 NIP_ATASAN: "));
        assertThat(EmployeeRowParser.columnOf("birthDate")).isEqualTo("TANGGAL_LAHIR");
        assertThat(EmployeeRowParser.columnOf("positionLevel")).isEqualTo("JENJANG_JABATAN");
        assertThat(EmployeeRowParser.columnOf("other")).isEqualTo("other");
    }

    @Test
    void anEighteenDigitNumberCellIsRefusedInsteadOfWhatWasReadFromIt() {
        String[] cells = cells("NIP", "199102032019031000", "NIP_ATASAN", "197001152000031000");
        int nip = List.of(HEADER).indexOf("NIP");
        int sup = List.of(HEADER).indexOf("NIP_ATASAN");
        Table t = new Table(HEADER, List.of(new Table.Row(3, cells, Set.of(nip, sup))));
        List<RowError> errors = new EmployeeRowParser(t, CLOCK).parseAll(t, Set.of(), UNITS).errors();
        assertThat(errors).extracting(RowError::column).containsExactly("NIP", "NIP_ATASAN");
        assertThat(errors.get(0)).isEqualTo(Cells.numberCell(3, "NIP"));
        assertThat(errors.get(0).message()).contains("Teks").contains("Text").contains("15 digit");
        Table text = new Table(HEADER, List.of(new Table.Row(3, cells("NAMA", "x"), Set.of(List.of(HEADER).indexOf("NAMA")))));
        assertThat(new EmployeeRowParser(text, CLOCK).parseAll(text, Set.of(), UNITS).errors())
                .as("a number cell elsewhere is fine").isEmpty();
    }

    @Test
    void theFileIsCheckedForRegisteredDuplicatedAndUnknownEntries() {
        CheckedRows<ImportedEmployee> c = check(Set.of("199102032019031005"),
                cells(),                                                       // row 2
                cells("NIP", "199102032019031005", "TANGGAL_LAHIR", "1991-02-03"), // row 3: registered
                cells("NAMA", "Ganda"),                                        // row 4: duplicates row 2
                cells("NIP", "199102032019031006", "KODE_UNOR", "NOPE"),      // row 5: no such unit
                cells("NIP", "199102032019031007", "NIP_ATASAN", "199102032019031004"), // row 6: supervisor in file
                cells("NIP", "199102032019031008", "NIP_ATASAN", "199102032019031005"), // row 7: registered supervisor
                cells("NIP", "199102032019031009", "NIP_ATASAN", "197001152000031001")); // row 8: nowhere
        assertThat(c.rows()).isEqualTo(7);
        assertThat(c.errors()).extracting(e -> e.row() + " " + e.column() + ": " + e.message()).containsExactly(
                "3 NIP: sudah terdaftar / already registered",
                "4 NIP: ganda dengan baris / duplicates row 2",
                "5 KODE_UNOR: unit tidak ada / no such unit",
                "8 NIP_ATASAN: atasan tidak terdaftar / no such employee");
        assertThat(c.invalidRows()).isEqualTo(4);
        assertThat(c.valid()).extracting(ImportedEmployee::row).containsExactly(2, 6, 7, 8);
    }

    @Test
    void rowsWithSeveralErrorsCountOnceAndErrorsStopAtTheCap() {
        CheckedRows<ImportedEmployee> one = check(Set.of(), cells("JENIS_KELAMIN", "X", "MK_TAHUN", "99"));
        assertThat(one.errors()).hasSizeGreaterThan(1);
        assertThat(one.invalidRows()).isEqualTo(1);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < CheckedRows.MAX_ERRORS + 10; i++) {
            rows.add(cells("MK_TAHUN", "99", "NIP", "1991020320190310" + (i % 10) + (i / 10 % 10)));
        }
        CheckedRows<ImportedEmployee> many = check(Set.of(), rows.toArray(new String[0][]));
        assertThat(many.errors()).hasSize(CheckedRows.MAX_ERRORS);
        assertThat(many.rows()).isEqualTo(CheckedRows.MAX_ERRORS + 10);
        List<String[]> triple = new ArrayList<>();
        for (int i = 0; i < 1700; i++) { // 3 errors in the first row, 4 (a duplicate NIP) in the others
            triple.add(cells("MK_TAHUN", "99", "MK_BULAN", "99", "TAHUN_LULUS", "1"));
        }
        List<RowError> cut = check(Set.of(), triple.toArray(new String[0][])).errors();
        assertThat(cut).hasSize(CheckedRows.MAX_ERRORS);
        int last = cut.get(CheckedRows.MAX_ERRORS - 1).row(); // 3 + 4 * 1249 = 4999: one error of the next row
        assertThat(cut.get(CheckedRows.MAX_ERRORS - 1).column()).isEqualTo("MK_TAHUN");
        assertThat(cut.stream().filter(e -> e.row() == last)).hasSize(1);
    }

    @Test
    void theHeaderMustNameEveryRequiredColumn() {
        Table t = new Table(new String[] {"NIP", "NAMA"}, List.of());
        assertThatThrownBy(() -> new EmployeeRowParser(t, CLOCK)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors()).extracting(f -> f.field())
                        .containsExactly("TEMPAT_LAHIR", "TANGGAL_LAHIR", "JENIS_KELAMIN", "JENIS_PEGAWAI", "TMT_CPNS",
                                "KODE_UNOR"));
        Set<String> seen = new HashSet<>();
        for (Column c : Column.values()) {
            seen.add(c.name());
        }
        assertThat(seen).hasSize(HEADER.length);
    }

    @Test
    void rowsShorterThanTheHeaderReadAsEmptyCells() {
        Table t = new Table(HEADER, List.of(new Table.Row(2, new String[] {"199102032019031004"}, Set.of())));
        List<RowError> errors = new EmployeeRowParser(t, CLOCK).parseAll(t, Set.of(), UNITS).errors();
        assertThat(errors).extracting(RowError::column).contains("NAMA", "TEMPAT_LAHIR", "KODE_UNOR");
    }
}
