package id.serasan.personnel.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.io.HistoryRowParser.Entry;
import id.serasan.personnel.internal.io.HistoryRowParser.Known;
import id.serasan.platform.api.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** History rows to entries or row errors, for every kind. */
class HistoryRowParserTest {
    static final String NIP = "199106062016032001";
    static final String PPPK = "202403011000211042";
    static final String[] HEADER = HistoryRowParser.COLUMNS.toArray(new String[0]);
    static final Map<String, Known> KNOWN = Map.of(
            NIP, new Known(7, EmploymentType.PNS, LocalDate.of(2016, 3, 1), "III/a", null),
            PPPK, new Known(8, EmploymentType.PPPK, LocalDate.of(2024, 3, 1), "IX", null));

    static String[] cells(String... pairs) {
        Map<String, String> v = new HashMap<>();
        v.put("NIP", NIP);
        return EmployeeRowParserTest.inHeaderOrder(HEADER, v, pairs);
    }

    static CheckedRows<Entry> check(Table.Row... rows) {
        Table t = new Table(HEADER, List.of(rows));
        return new HistoryRowParser(t, KNOWN, Set.of("MTY"), EmployeeRowParserTest.CLOCK).parseAll(t);
    }

    static List<String> errors(String... pairs) {
        return check(new Table.Row(2, cells(pairs), Set.of())).errors().stream()
                .map(e -> e.row() + " " + e.column() + ": " + e.message()).toList();
    }

    static Entry entry(String... pairs) {
        CheckedRows<Entry> c = check(new Table.Row(2, cells(pairs), Set.of()));
        assertThat(c.errors()).isEmpty();
        return c.valid().get(0);
    }

    @Test
    void aRankEntry() {
        Entry e = entry("JENIS_RIWAYAT", "golongan", "GOLONGAN", "iii/b", "TMT", "01-04-2020", "NOMOR_SK", "800/1",
                "TANGGAL_SK", "2020-03-15", "MK_TAHUN", "4", "MK_BULAN", "1");
        assertThat(e.kind()).isEqualTo("GOLONGAN");
        assertThat(e.nip()).isEqualTo(NIP);
        assertThat(e.values()).containsExactly(7L, "III/b", 10, LocalDate.of(2020, 4, 1), "800/1",
                LocalDate.of(2020, 3, 15), 4, 1);
        assertThat(entry("NIP", PPPK, "JENIS_RIWAYAT", "GOLONGAN", "GOLONGAN", "x", "TMT", "2025-01-01").values()[1])
                .isEqualTo("X");
    }

    @Test
    void rankErrors() {
        assertThat(errors("JENIS_RIWAYAT", "GOLONGAN", "GOLONGAN", "V/a", "TMT", "2020-01-01"))
                .containsExactly("2 GOLONGAN: golongan I/a-IV/e / rank I/a-IV/e");
        assertThat(errors("NIP", PPPK, "JENIS_RIWAYAT", "GOLONGAN", "GOLONGAN", "III/a", "TMT", "2025-01-01"))
                .containsExactly("2 GOLONGAN: golongan PPPK I-XVII / PPPK grade I-XVII");
        assertThat(errors("JENIS_RIWAYAT", "GOLONGAN", "GOLONGAN", "III/b", "TMT", "2016-02-29"))
                .containsExactly("2 TMT: sebelum TMT CPNS / before the TMT CPNS");
        assertThat(entry("JENIS_RIWAYAT", "GOLONGAN", "GOLONGAN", "III/b", "TMT", "2016-03-01").values()[3])
                .as("on the TMT CPNS itself").isEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(errors("JENIS_RIWAYAT", "GOLONGAN", "GOLONGAN", "III/b", "TMT", "2020-01-01", "MK_TAHUN", "51",
                "MK_BULAN", "12", "TANGGAL_SK", "x")).containsExactly("2 MK_TAHUN: angka 0-50 / a number 0-50",
                "2 MK_BULAN: angka 0-11 / a number 0-11",
                "2 TANGGAL_SK: tanggal tidak valid (YYYY-MM-DD atau DD-MM-YYYY) / invalid date: x");
        assertThat(errors("JENIS_RIWAYAT", "GOLONGAN")).containsExactly(
                "2 GOLONGAN: wajib diisi untuk GOLONGAN / required for GOLONGAN",
                "2 TMT: wajib diisi untuk GOLONGAN / required for GOLONGAN");
    }

    @Test
    void aPositionEntryAndItsRules() {
        Entry e = entry("JENIS_RIWAYAT", "JABATAN", "JENIS_JABATAN", "fungsional", "JENJANG_JABATAN", "ahli muda",
                "NAMA_JABATAN", "Analis", "KODE_UNOR", "MTY", "TMT", "2022-01-01", "NOMOR_SK", "821/2",
                "TANGGAL_SK", "2021-12-20");
        assertThat(e.values()).containsExactly(7L, PositionType.FUNGSIONAL, FunctionalLevel.AHLI_MUDA, "Analis", "MTY",
                LocalDate.of(2022, 1, 1), "821/2", LocalDate.of(2021, 12, 20));
        String level = "2 JENJANG_JABATAN: jenjang hanya dan wajib untuk jabatan fungsional / "
                + "a level is required for, and only for, functional positions";
        assertThat(errors("JENIS_RIWAYAT", "JABATAN", "JENIS_JABATAN", "FUNGSIONAL", "NAMA_JABATAN", "A",
                "TMT", "2022-01-01")).containsExactly(level);
        assertThat(errors("JENIS_RIWAYAT", "JABATAN", "JENIS_JABATAN", "PELAKSANA", "JENJANG_JABATAN", "AHLI_MUDA",
                "NAMA_JABATAN", "A", "TMT", "2022-01-01")).containsExactly(level);
        assertThat(errors("JENIS_RIWAYAT", "JABATAN", "JENIS_JABATAN", "PELAKSANA", "NAMA_JABATAN", "A",
                "KODE_UNOR", "NOPE", "TMT", "2010-01-01")).containsExactly("2 KODE_UNOR: unit tidak ada / no such unit",
                "2 TMT: sebelum TMT CPNS / before the TMT CPNS");
        assertThat(errors("JENIS_RIWAYAT", "JABATAN", "JENIS_JABATAN", "RAJA", "NAMA_JABATAN", "A",
                "TMT", "2022-01-01")).singleElement().asString().startsWith("2 JENIS_JABATAN: salah satu dari / one of [");
        assertThat(entry("JENIS_RIWAYAT", "JABATAN", "JENIS_JABATAN", "PELAKSANA", "NAMA_JABATAN", "A",
                "TMT", "2022-01-01").values()[4]).as("no unit").isNull();
    }

    @Test
    void anEducationEntryUpToThisYear() {
        assertThat(entry("JENIS_RIWAYAT", "PENDIDIKAN", "PENDIDIKAN", "s2", "NAMA_SEKOLAH", "Unsri", "JURUSAN", "MM",
                "TAHUN_LULUS", "2026").values()).containsExactly(7L, "S2", "Unsri", "MM", 2026);
        assertThat(entry("JENIS_RIWAYAT", "PENDIDIKAN", "PENDIDIKAN", "SMA", "NAMA_SEKOLAH", "SMA 1",
                "TAHUN_LULUS", "1940").values()[4]).isEqualTo(1940);
        assertThat(errors("JENIS_RIWAYAT", "PENDIDIKAN", "PENDIDIKAN", "S1", "NAMA_SEKOLAH", "U", "TAHUN_LULUS", "2027"))
                .containsExactly("2 TAHUN_LULUS: angka 1940-2026 / a number 1940-2026");
        assertThat(errors("JENIS_RIWAYAT", "PENDIDIKAN", "PENDIDIKAN", "S4", "NAMA_SEKOLAH", "U"))
                .containsExactly("2 PENDIDIKAN: SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3");
    }

    @Test
    void aTrainingEntryInThePast() {
        assertThat(entry("JENIS_RIWAYAT", "DIKLAT", "JENIS_DIKLAT", "struktural", "NAMA_DIKLAT", "PKP",
                "TANGGAL_SELESAI", "2026-07-01", "JAM_PELAJARAN", "2000").values())
                .containsExactly(7L, "STRUKTURAL", "PKP", LocalDate.of(2026, 7, 1), 2000);
        assertThat(errors("JENIS_RIWAYAT", "DIKLAT", "JENIS_DIKLAT", "TEKNIS", "NAMA_DIKLAT", "X",
                "TANGGAL_SELESAI", "2026-07-02", "JAM_PELAJARAN", "0")).containsExactly(
                "2 TANGGAL_SELESAI: belum terjadi / in the future", "2 JAM_PELAJARAN: angka 1-2000 / a number 1-2000");
        assertThat(errors("JENIS_RIWAYAT", "DIKLAT", "JENIS_DIKLAT", "LAIN", "NAMA_DIKLAT", "X"))
                .containsExactly("2 JENIS_DIKLAT: STRUKTURAL, FUNGSIONAL, TEKNIS");
        assertThat(entry("JENIS_RIWAYAT", "DIKLAT", "JENIS_DIKLAT", "FUNGSIONAL", "NAMA_DIKLAT", "X").values())
                .containsExactly(7L, "FUNGSIONAL", "X", null, null);
    }

    @Test
    void aFamilyEntryInEitherLanguage() {
        for (String[] rel : new String[][] {{"istri", "SPOUSE"}, {"SUAMI", "SPOUSE"}, {"suami/istri", "SPOUSE"},
            {"anak", "CHILD"}, {"AYAH", "PARENT"}, {"ibu", "PARENT"}, {"orang tua", "PARENT"}, {"ORANG_TUA", "PARENT"},
            {"child", "CHILD"}, {"spouse", "SPOUSE"}, {"Parent", "PARENT"}}) {
            assertThat(entry("JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", rel[0], "NAMA_KELUARGA", "Putri").values()[1])
                    .as(rel[0]).isEqualTo(rel[1]);
        }
        assertThat(entry("JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", "ANAK", "NAMA_KELUARGA", "Putri",
                "TANGGAL_LAHIR", "2015-05-05", "JENIS_KELAMIN", "P").values())
                .containsExactly(7L, "CHILD", "Putri", LocalDate.of(2015, 5, 5), Gender.FEMALE);
        assertThat(errors("JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", "PAMAN", "NAMA_KELUARGA", "X", "JENIS_KELAMIN", "Q"))
                .containsExactly("2 HUBUNGAN: SUAMI/ISTRI, ANAK, AYAH/IBU (SPOUSE, CHILD, PARENT)",
                        "2 JENIS_KELAMIN: L/P (laki-laki/perempuan) / M/F");
        assertThat(errors("JENIS_RIWAYAT", "KELUARGA", "NAMA_KELUARGA", "x".repeat(121))).containsExactly(
                "2 HUBUNGAN: wajib diisi untuk KELUARGA / required for KELUARGA",
                "2 NAMA_KELUARGA: paling banyak 120 karakter / at most 120 characters");
    }

    @Test
    void unknownEmployeesAndKindsAreRowErrors() {
        assertThat(errors("NIP", "199999999999999999", "JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", "ANAK",
                "NAMA_KELUARGA", "X")).containsExactly("2 NIP: pegawai tidak terdaftar / no such employee");
        assertThat(errors("NIP", "", "JENIS_RIWAYAT", "CUTI")).containsExactly(
                "2 NIP: pegawai tidak terdaftar / no such employee",
                "2 JENIS_RIWAYAT: GOLONGAN, JABATAN, PENDIDIKAN, DIKLAT, KELUARGA");
        assertThat(errors("JENIS_RIWAYAT", "")).containsExactly(
                "2 JENIS_RIWAYAT: GOLONGAN, JABATAN, PENDIDIKAN, DIKLAT, KELUARGA");
        assertThat(entry("NIP", "19910606 201603 2 001", "JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", "ANAK",
                "NAMA_KELUARGA", "X").nip()).isEqualTo(NIP);
    }

    @Test
    void everyTextLimit() {
        Map<String, Integer> limits = HistoryRowParser.LIMITS;
        for (Map.Entry<String, Integer> l : limits.entrySet()) {
            List<String> at = errors("JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", "ANAK", "NAMA_KELUARGA", "X",
                    l.getKey(), "x".repeat(l.getValue()));
            assertThat(at).as(l.getKey()).noneMatch(e -> e.contains("paling banyak"));
            List<String> over = errors("JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", "ANAK", "NAMA_KELUARGA", "X",
                    l.getKey(), "x".repeat(l.getValue() + 1));
            assertThat(over).as(l.getKey()).containsExactly("2 " + l.getKey() + ": paling banyak " + l.getValue()
                    + " karakter / at most " + l.getValue() + " characters");
        }
    }

    @Test
    void aNipInANumberCellIsRefusedAndRowsAreCounted() {
        int nip = HistoryRowParser.COLUMNS.indexOf("NIP");
        CheckedRows<Entry> c = check(
                new Table.Row(2, cells("JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", "ANAK", "NAMA_KELUARGA", "A"), Set.of()),
                new Table.Row(4, cells("NIP", "199106062016032000", "JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", "ANAK",
                        "NAMA_KELUARGA", "B"), Set.of(nip)),
                new Table.Row(5, cells("JENIS_RIWAYAT", "X"), Set.of()));
        assertThat(c.rows()).isEqualTo(3);
        assertThat(c.valid()).hasSize(1);
        assertThat(c.errors()).extracting(e -> e.row() + " " + e.column()).containsExactly("4 NIP", "5 JENIS_RIWAYAT");
        assertThat(c.errors().get(0)).isEqualTo(Cells.numberCell(4, "NIP"));
        assertThat(c.invalidRows()).isEqualTo(2);
    }

    @Test
    void theHeaderNeedsNipAndKind() {
        Table t = new Table(new String[] {"nip", "Golongan"}, new ArrayList<>());
        assertThatThrownBy(() -> new HistoryRowParser(t, KNOWN, Set.of(), EmployeeRowParserTest.CLOCK))
                .isInstanceOf(ProblemException.class).satisfies(e -> {
                    assertThat(((ProblemException) e).status()).isEqualTo(422);
                    assertThat(((ProblemException) e).errors()).extracting(f -> f.field()).containsExactly("JENIS_RIWAYAT");
                });
    }
}
