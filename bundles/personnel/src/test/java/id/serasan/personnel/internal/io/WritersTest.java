package id.serasan.personnel.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.personnel.internal.io.HistoryRowParser.Entry;
import id.serasan.personnel.internal.io.HistoryRowParser.Known;
import id.serasan.personnel.internal.store.EducationRepository;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.EmployeeRepository.Current;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.PositionRepository;
import id.serasan.personnel.internal.store.RankRepository;
import id.serasan.personnel.internal.store.TestDatabase;
import id.serasan.personnel.internal.store.TrainingRepository;
import id.serasan.personnel.internal.store.UnitRef;
import id.serasan.personnel.internal.store.UnitRepository;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The writers and BulkInsert on an embedded Derby with the module's schema. */
class WritersTest {
    final PersonnelDatabase db = TestDatabase.create();
    final UnitRepository units = new UnitRepository();
    final EmployeeRepository employees = new EmployeeRepository(new RankRepository(), new PositionRepository(),
            new EducationRepository(), new TrainingRepository());

    /** Rows of the query, each as "a|b|c". */
    List<String> query(String sql) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        cells.add(String.valueOf(rs.getObject(i)));
                    }
                    out.add(String.join("|", cells));
                }
            }
            return out;
        });
    }

    @Test
    void bulkInsertWritesEveryRowInBothModes() {
        db.tx(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE BULK_T (A INT, B VARCHAR(10), C INT)");
            }
            return null;
        });
        int a = 0;
        int named = 0;
        for (BulkInsert.Mode mode : BulkInsert.Mode.values()) {
            for (int rows : new int[] {0, 1, 99, 100, 101, 250}) {
                int start = a;
                int written = db.tx(c -> {
                    try (BulkInsert ins = new BulkInsert(c, "INSERT INTO BULK_T (A, B, C)", "(?, ?, 7)", mode)) {
                        for (int i = 0; i < rows; i++) {
                            ins.add(start + i, i % 2 == 0 ? null : "v" + i);
                        }
                        return ins.finish();
                    }
                });
                assertThat(written).as(mode + " " + rows).isEqualTo(rows);
                a += rows;
                named += rows / 2; // the odd ones have a B
                assertThat(query("SELECT COUNT(*), COUNT(DISTINCT A), COUNT(B) FROM BULK_T WHERE C = 7"))
                        .as(mode + " " + rows).containsExactly(a + "|" + a + "|" + named);
            }
        }
    }

    Map<String, UnitRef> unit() {
        db.tx(c -> units.insert(c, "MTY", "Unit Uji", null, null, null, 1L));
        return db.read(units::refs);
    }

    List<ImportedEmployee> parsed(String[]... rows) {
        Table t = EmployeeRowParserTest.table(List.of(rows));
        CheckedRows<ImportedEmployee> c = new EmployeeRowParser(t, EmployeeRowParserTest.CLOCK).parseAll(t, Set.of(),
                Set.of("MTY"));
        assertThat(c.errors()).isEmpty();
        return c.valid();
    }

    @Test
    void employeesAreWrittenWithTheirFirstEntries() {
        Map<String, UnitRef> refs = unit();
        List<ImportedEmployee> rows = parsed(
                EmployeeRowParserTest.cells("GOL_AKHIR", "III/b", "TMT_GOLONGAN", "2021-04-01", "NOMOR_SK_GOLONGAN", "800/9",
                        "MK_TAHUN", "2", "MK_BULAN", "3", "JENIS_JABATAN", "PELAKSANA", "NAMA_JABATAN", " Pengadministrasi ",
                        "PENDIDIKAN_TERAKHIR", "S1", "JURUSAN", "Hukum", "TAHUN_LULUS", "2013", "AGAMA", " islam ",
                        "GELAR_DEPAN", " "),
                EmployeeRowParserTest.cells("NIP", "199102032019032005", "JENIS_KELAMIN", "P", "NAMA", "Siti  Nur",
                        "NIP_ATASAN", "199102032019031004"));
        for (BulkInsert.Mode mode : BulkInsert.Mode.values()) {
            db.tx(c -> {
                try (Statement st = c.createStatement()) {
                    for (String t : List.of("PERSONNEL_RANK_HISTORY", "PERSONNEL_POSITION_HISTORY", "PERSONNEL_EDUCATION",
                        "PERSONNEL_EMPLOYEE")) {
                        st.execute("DELETE FROM " + t);
                    }
                }
                return EmployeeWriter.write(c, rows, refs, 42L, employees, mode);
            });
            assertThat(query("SELECT NIP, NAME, NAME_KEY, FRONT_TITLE, RELIGION, GENDER, STATUS, RANK_CODE, RANK_ORDER, "
                    + "RANK_TMT, RANK_MKG_MONTHS, POSITION_TYPE, POSITION_NAME, POSITION_TMT, SUPERVISOR_NIP, VERSION, "
                    + "CREATED_AT, UPDATED_AT, STRUCTURAL_TRAININGS FROM PERSONNEL_EMPLOYEE ORDER BY NIP")).as(mode.name())
                    .containsExactly(
                    "199102032019031004|Baik Sekali|" + EmployeeRepository.nameKey("Baik Sekali") + "|null|ISLAM|MALE|ACTIVE|"
                            + "III/b|10|2021-04-01|27|PELAKSANA|Pengadministrasi|2019-03-01|null|1|42|42|0",
                    "199102032019032005|Siti  Nur|" + EmployeeRepository.nameKey("Siti  Nur") + "|null|null|FEMALE|ACTIVE|"
                            + "null|null|null|null|null|null|null|199102032019031004|1|42|42|0");
            assertThat(query("SELECT COUNT(*) FROM PERSONNEL_EMPLOYEE e JOIN PERSONNEL_UNIT u ON u.ID = e.UNIT_ID "
                    + "WHERE e.UNIT_PATH = u.PATH")).containsExactly("2");
            assertThat(query("SELECT e.NIP, r.RANK_CODE, r.RANK_ORDER, r.TMT, r.DECREE_NUMBER, r.SERVICE_YEARS, "
                    + "r.SERVICE_MONTHS FROM PERSONNEL_RANK_HISTORY r JOIN PERSONNEL_EMPLOYEE e ON e.ID = r.EMPLOYEE_ID"))
                    .containsExactly("199102032019031004|III/b|10|2021-04-01|800/9|2|3");
            assertThat(query("SELECT POSITION_TYPE, POSITION_LEVEL, NAME, UNIT_CODE, TMT FROM PERSONNEL_POSITION_HISTORY"))
                    .containsExactly("PELAKSANA|null|Pengadministrasi|MTY|2019-03-01");
            assertThat(query("SELECT EDU_LEVEL, INSTITUTION, MAJOR, GRADUATION_YEAR FROM PERSONNEL_EDUCATION"))
                    .containsExactly("S1|-|Hukum|2013");
        }
    }

    @Test
    void historiesAreWrittenAndTheCurrentValuesRecomputed() {
        Map<String, UnitRef> refs = unit();
        List<ImportedEmployee> one = parsed(EmployeeRowParserTest.cells("NIP", "199106062016032001",
                "TANGGAL_LAHIR", "1991-06-06", "TMT_CPNS", "2016-03-01", "JENIS_KELAMIN", "P", "GOL_AKHIR", "III/a"));
        long before = System.nanoTime();
        EmployeeWriter.Phases phases = db.tx(c -> EmployeeWriter.write(c, one, refs, 5L, employees));
        long took = System.nanoTime() - before;
        assertThat(phases.employees()).isBetween(0L, took);
        assertThat(phases.histories()).isBetween(0L, took);
        Map<String, Known> known = new HashMap<>();
        db.read(employees::registered).forEach((nip, r) -> known.put(nip, new Known(r.id(), r.type(), r.cpnsDate(),
                r.rankCode(), r.positionName())));
        String nip = "199106062016032001";
        List<Table.Row> rows = new ArrayList<>();
        String[][] cells = {
            {"JENIS_RIWAYAT", "GOLONGAN", "GOLONGAN", "III/b", "TMT", "2020-04-01", "NOMOR_SK", "1", "TANGGAL_SK", "2020-03-01"},
            {"JENIS_RIWAYAT", "JABATAN", "JENIS_JABATAN", "FUNGSIONAL", "JENJANG_JABATAN", "AHLI_PERTAMA",
                "NAMA_JABATAN", "Analis", "TMT", "2022-01-01", "KODE_UNOR", "MTY"},
            {"JENIS_RIWAYAT", "PENDIDIKAN", "PENDIDIKAN", "S2", "NAMA_SEKOLAH", "Unsri"},
            {"JENIS_RIWAYAT", "DIKLAT", "JENIS_DIKLAT", "STRUKTURAL", "NAMA_DIKLAT", "PKP", "JAM_PELAJARAN", "300"},
            {"JENIS_RIWAYAT", "KELUARGA", "HUBUNGAN", "ANAK", "NAMA_KELUARGA", "Putri", "JENIS_KELAMIN", "P"}};
        for (int i = 0; i < cells.length; i++) {
            rows.add(new Table.Row(i + 2, HistoryRowParserTest.cells(cells[i]), Set.of()));
        }
        Table t = new Table(HistoryRowParserTest.HEADER, rows);
        CheckedRows<Entry> checked = new HistoryRowParser(t, known, Set.of("MTY"), EmployeeRowParserTest.CLOCK).parseAll(t);
        assertThat(checked.errors()).isEmpty();
        Map<String, Current> after = db.tx(c -> HistoryWriter.write(c, checked.valid(), known, employees));
        assertThat(after).containsOnly(Map.entry(nip, new Current("III/b", "Analis", "FUNGSIONAL", "MTY")));
        assertThat(query("SELECT RANK_CODE, DECREE_NUMBER, DECREE_DATE FROM PERSONNEL_RANK_HISTORY ORDER BY TMT"))
                .containsExactly("III/a|null|null", "III/b|1|2020-03-01");
        assertThat(query("SELECT NAME, POSITION_LEVEL FROM PERSONNEL_POSITION_HISTORY")).containsExactly("Analis|AHLI_PERTAMA");
        assertThat(query("SELECT EDU_LEVEL, INSTITUTION FROM PERSONNEL_EDUCATION")).containsExactly("S2|Unsri");
        assertThat(query("SELECT KIND, NAME, HOURS FROM PERSONNEL_TRAINING")).containsExactly("STRUKTURAL|PKP|300");
        assertThat(query("SELECT RELATION, NAME, GENDER FROM PERSONNEL_FAMILY")).containsExactly("CHILD|Putri|FEMALE");
        assertThat(query("SELECT RANK_CODE, POSITION_NAME, STRUCTURAL_TRAININGS FROM PERSONNEL_EMPLOYEE"))
                .containsExactly("III/b|Analis|1");
    }
}
