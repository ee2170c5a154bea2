package id.serasan.personnel.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.internal.io.ImportReport.RowError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cell values both parsers read. */
class CellsTest {
    @Test
    void datesInEveryFormatAndNothingElse() {
        assertThat(Cells.parseDate("2020-01-31")).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(Cells.parseDate("2020-1-5")).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(Cells.parseDate("5-1-2020")).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(Cells.parseDate("05/01/2020")).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(Cells.parseDate("1000")).isEqualTo(Cells.EXCEL_EPOCH.plusDays(1000));
        assertThat(Cells.parseDate("45000")).isEqualTo(LocalDate.of(2023, 3, 15));
        for (String bad : new String[] {"2020-02-30", "29-02-2021", "31/04/2020", "999", "123456", "2020-13-01",
            "20-01-20", "2020.01.05", " 2020-01-05", ""}) {
            assertThat(Cells.parseDate(bad)).as(bad).isNull();
        }
        assertThat(Cells.parseDate("29-02-2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        List<RowError> errors = new ArrayList<>();
        assertThat(Cells.date(4, "TMT", null, errors)).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void numbersOutsideTheirBoundsAreNoValue() {
        List<RowError> errors = new ArrayList<>();
        assertThat(Cells.number(3, "N", "5", 1, 5, errors)).isEqualTo(5);
        assertThat(Cells.number(3, "N", "1", 1, 5, errors)).isEqualTo(1);
        assertThat(Cells.number(3, "N", null, 1, 5, errors)).isNull();
        assertThat(errors).isEmpty();
        assertThat(Cells.number(3, "N", "6", 1, 5, errors)).isNull();
        assertThat(Cells.number(3, "N", "0", 1, 5, errors)).isNull();
        assertThat(Cells.number(3, "N", "x", 1, 5, errors)).isNull();
        assertThat(errors).hasSize(3).allMatch(e -> e.equals(new RowError(3, "N", "angka 1-5 / a number 1-5")));
        Cells.maxLength(3, "T", "abc", 3, errors);
        Cells.maxLength(3, "T", null, 0, errors);
        assertThat(errors).hasSize(3);
    }

    @Test
    void genderInEveryWay() {
        List<RowError> errors = new ArrayList<>();
        for (String m : new String[] {"L", "m", "1", "Pria", "LAKI-LAKI", "laki", "Male", " l "}) {
            assertThat(Cells.gender(2, m, errors)).as(m).isEqualTo(Gender.MALE);
        }
        for (String f : new String[] {"P", "f", "2", "Wanita", "PEREMPUAN", "female"}) {
            assertThat(Cells.gender(2, f, errors)).as(f).isEqualTo(Gender.FEMALE);
        }
        assertThat(Cells.gender(2, null, errors)).isNull();
        assertThat(errors).isEmpty();
        assertThat(Cells.gender(2, "3", errors)).isNull();
        assertThat(errors).containsExactly(new RowError(2, "JENIS_KELAMIN", "L/P (laki-laki/perempuan) / M/F"));
    }

    @Test
    void statusInSimpegWords() {
        List<RowError> errors = new ArrayList<>();
        Map<String, EmployeeStatus> expected = Map.of("aktif", EmployeeStatus.ACTIVE, "CLTN",
                EmployeeStatus.LEAVE_OUTSIDE_STATE, "cuti di luar tanggungan negara", EmployeeStatus.LEAVE_OUTSIDE_STATE,
                "Pensiun", EmployeeStatus.RETIRED, "diberhentikan", EmployeeStatus.DISMISSED, "BERHENTI",
                EmployeeStatus.DISMISSED, "wafat", EmployeeStatus.DECEASED, "meninggal", EmployeeStatus.DECEASED,
                "meninggal dunia", EmployeeStatus.DECEASED, "deceased", EmployeeStatus.DECEASED);
        expected.forEach((text, status) -> assertThat(Cells.status(2, text, errors)).as(text).isEqualTo(status));
        assertThat(Cells.status(2, null, errors)).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(errors).isEmpty();
    }

    @Test
    void maritalStatusInTheValidatorsWords() {
        assertThat(Cells.maritalStatus(null)).isNull();
        assertThat(Cells.maritalStatus("menikah")).isEqualTo("KAWIN");
        assertThat(Cells.maritalStatus("Belum Menikah")).isEqualTo("BELUM_KAWIN");
        assertThat(Cells.maritalStatus("lajang")).isEqualTo("BELUM_KAWIN");
        assertThat(Cells.maritalStatus("janda")).isEqualTo("CERAI_HIDUP");
        assertThat(Cells.maritalStatus("DUDA")).isEqualTo("CERAI_HIDUP");
        assertThat(Cells.maritalStatus("cerai")).isEqualTo("CERAI_HIDUP");
        assertThat(Cells.maritalStatus(" cerai mati ")).isEqualTo("CERAI_MATI");
    }

    @Test
    void numberCellsReplaceTheirColumnsErrorsAndComeFirst() {
        Table.Row row = new Table.Row(9, new String[] {"1", "2", "3"}, Set.of(0, 2));
        List<RowError> errors = new ArrayList<>(List.of(new RowError(9, "NAMA", "x"), new RowError(9, "NIP", "y"),
                new RowError(9, "NIP_ATASAN", "z")));
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put("NIP", 0);
        columns.put("NIP_ATASAN", 2);
        columns.put("NAMA", 1);
        Cells.refuseNumberCells(row, columns, errors);
        assertThat(errors).containsExactly(Cells.numberCell(9, "NIP"), Cells.numberCell(9, "NIP_ATASAN"),
                new RowError(9, "NAMA", "x"));
        List<RowError> none = new ArrayList<>();
        Cells.refuseNumberCells(row, Map.of("NAMA", 1, "X", -1), none);
        assertThat(none).isEmpty();
    }
}
