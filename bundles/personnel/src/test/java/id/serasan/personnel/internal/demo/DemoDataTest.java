package id.serasan.personnel.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.Nip;
import id.serasan.personnel.internal.io.Column;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    @Test
    void theSameSeedGivesTheSameData() {
        List<String[]> a = DemoData.generate(7, 1000).importRows();
        List<String[]> b = DemoData.generate(7, 1000).importRows();
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)).containsExactly(b.get(i));
        }
        assertThat(DemoData.generate(8, 1000).importRows().get(5)).isNotEqualTo(a.get(5));
    }

    @Test
    void twelveThousandEmployeesWithValidUniqueNipsAndKnownUnitsAndSupervisors() {
        DemoData d = DemoData.generate(2026, 12_000);
        List<String[]> rows = d.importRows();
        assertThat(rows).hasSize(12_001);
        Set<String> units = new HashSet<>();
        d.units().forEach(u -> units.add(u.code()));
        assertThat(units).contains("BKPSDM", "DISDIK", "DINKES", "KEC01");
        Set<String> nips = new HashSet<>();
        int pppk = 0;
        int teachers = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            String nip = r[Column.NIP.ordinal()];
            assertThat(nips.add(nip)).as("unique " + nip).isTrue();
            assertThat(units).contains(r[Column.KODE_UNOR.ordinal()]);
            if (!"PPPK".equals(r[Column.JENIS_PEGAWAI.ordinal()])) {
                Gender g = "L".equals(r[Column.JENIS_KELAMIN.ordinal()]) ? Gender.MALE : Gender.FEMALE;
                assertThat(Nip.check(nip, LocalDate.parse(r[Column.TANGGAL_LAHIR.ordinal()]),
                        LocalDate.parse(r[Column.TMT_CPNS.ordinal()]), g)).as(nip).isEmpty();
            } else {
                pppk++;
            }
            if (r[Column.NAMA_JABATAN.ordinal()].startsWith("Guru")) {
                teachers++;
            }
        }
        for (String[] r : rows.subList(1, rows.size())) {
            String sup = r[Column.NIP_ATASAN.ordinal()];
            if (sup != null) {
                assertThat(nips).contains(sup);
            }
        }
        assertThat(pppk).isBetween(3000, 4500);
        assertThat(teachers).isBetween(4000, 7000);
        assertThat(d.accounts()).containsKeys("EMPLOYEE", "SUPERVISOR", "UNIT_OPERATOR", "HR_OPERATOR");
        assertThat(nips).containsAll(d.accounts().values());
    }
}
