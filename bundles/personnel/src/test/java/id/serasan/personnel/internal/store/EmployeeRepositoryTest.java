package id.serasan.personnel.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.personnel.api.EducationEntry;
import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.api.TrainingEntry;
import id.serasan.personnel.internal.access.AccessPolicy.Scope;
import id.serasan.personnel.internal.search.EmployeeQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The repositories' SQL on Derby: the current values follow the histories, and searches run as the query builds them. */
class EmployeeRepositoryTest {
    final PersonnelDatabase db = TestDatabase.create();
    final RankRepository ranks = new RankRepository();
    final PositionRepository positions = new PositionRepository();
    final EducationRepository education = new EducationRepository();
    final TrainingRepository trainings = new TrainingRepository();
    final EmployeeRepository employees = new EmployeeRepository(ranks, positions, education, trainings);
    final UnitRepository units = new UnitRepository();

    static EmployeeInput person(String nip, String name, LocalDate birth, LocalDate cpns, Gender g, String unit) {
        return new EmployeeInput(nip, null, name, null, "Muara Enim", birth, g, "islam", null, null, null, null,
                EmploymentType.PNS, null, cpns, null, unit, null, null, null, null, null, null, null, null);
    }

    long insert(String nip, String name, String unit) {
        return db.tx(c -> employees.insert(c, person(nip, name, LocalDate.of(1985, 2, 10), LocalDate.of(2010, 1, 1),
                Gender.FEMALE, unit), units.ref(c, unit).orElseThrow(), 1L));
    }

    @Test
    void theCurrentValuesAreTheLatestHistoryEntries() {
        db.tx(c -> units.insert(c, "BKPSDM", "Badan Kepegawaian", null, null, null, 1L));
        long id = insert("198502102010012002", "Eka  Pegawai", "BKPSDM");
        db.tx(c -> {
            ranks.insertAll(c, List.of(
                    new RankRepository.NewRank(id, EmploymentType.PNS, new RankEntry(null, "III/a", null,
                            LocalDate.of(2010, 1, 1), null, null, null, null)),
                    new RankRepository.NewRank(id, EmploymentType.PNS, new RankEntry(null, "III/b", null,
                            LocalDate.of(2014, 4, 1), "800/1", null, 4, 3))));
            positions.insert(c, id, new PositionEntry(null, PositionType.FUNGSIONAL, FunctionalLevel.AHLI_PERTAMA,
                    "Analis Kepegawaian Ahli Pertama", "BKPSDM", LocalDate.of(2015, 1, 2), null, null));
            education.insertAll(c, List.of(new Owned<>(id, new EducationEntry(null, "S2", "Unsri", null, 2019)),
                    new Owned<>(id, new EducationEntry(null, "S1", "Unsri", null, 2008))));
            trainings.insert(c, id, new TrainingEntry(null, TrainingRepository.STRUCTURAL, "PKP", null, 300));
            trainings.insert(c, id, new TrainingEntry(null, "TEKNIS", "Diklat", null, 30));
            employees.refreshCurrent(c, id);
            return null;
        });
        EmployeeRow r = db.read(c -> employees.find(c, "198502102010012002")).orElseThrow();
        assertThat(r.name()).isEqualTo("Eka  Pegawai");
        assertThat(r.religion()).isEqualTo("ISLAM");
        assertThat(r.rankCode()).isEqualTo("III/b");
        assertThat(r.rankOrder()).isEqualTo(10);
        assertThat(r.rankTmt()).isEqualTo(LocalDate.of(2014, 4, 1));
        assertThat(r.rankMkgMonths()).isEqualTo(51);
        assertThat(r.positionType()).isEqualTo(PositionType.FUNGSIONAL);
        assertThat(r.positionLevel()).isEqualTo(FunctionalLevel.AHLI_PERTAMA);
        assertThat(r.educationOrder()).isEqualTo(8);
        assertThat(r.structuralTrainings()).isEqualTo(1);
        assertThat(r.unitCode()).isEqualTo("BKPSDM");
        assertThat(r.version()).isEqualTo(2);
        db.tx(c -> {
            ranks.delete(c, id, ranks.list(c, id, EmploymentType.PNS).get(1).id());
            employees.refreshCurrent(c, id);
            return null;
        });
        EmployeeRow after = db.read(c -> employees.find(c, "198502102010012002")).orElseThrow();
        assertThat(after.rankCode()).isEqualTo("III/a");
        assertThat(after.rankMkgMonths()).as("no MKG recorded on the remaining step").isNull();
        assertThat(db.read(c -> ranks.list(c, id, EmploymentType.PNS)).get(0).pangkat()).isEqualTo("Penata Muda");
    }

    @Test
    void searchesRunAsTheQueryBuildsThemWithTheIndexHint() {
        db.tx(c -> {
            units.insert(c, "DISDIK", "Dinas Pendidikan", null, null, null, 1L);
            units.insert(c, "SD1", "SD Negeri 1", units.ref(c, "DISDIK").orElseThrow(), -3.6, 103.7, 1L);
            return null;
        });
        insert("198502102010012002", "Siti Aminah", "SD1");
        insert("198703222012021001", "Siti Badriah", "DISDIK");
        insert("199004052015032001", "Yanti", "DISDIK");
        String disdik = db.read(c -> units.ref(c, "DISDIK")).orElseThrow().path();
        EmployeeQuery siti = new EmployeeQuery("siti", "DISDIK", null, null, null, null, null);
        EmployeeRepository.Criteria page = siti.criteria(disdik, Scope.ALL, siti.pageOrder());
        long total = db.read(c -> employees.count(c, page));
        assertThat(total).isEqualTo(2);
        List<Long> ids = db.read(c -> employees.pageIds(c, page, 1, 1));
        assertThat(db.read(c -> employees.byIds(c, ids)).get(0).name()).isEqualTo("Siti Badriah");
        List<String> all = new ArrayList<>();
        EmployeeQuery byNip = new EmployeeQuery("1990", null, null, null, null, null, "-nip");
        db.read(c -> {
            employees.forEach(c, byNip.criteria(null, new Scope(false, disdik, null, null), byNip.fullOrder()),
                    r -> all.add(r.nip()));
            return null;
        });
        assertThat(all).containsExactly("199004052015032001");
        assertThat(db.read(employees::activeByUnit)).containsEntry(db.read(c -> units.ref(c, "DISDIK")).get().id(), 2L);
        long sd1 = db.read(c -> units.ref(c, "SD1")).orElseThrow().id();
        Map<Long, String> codes = db.read(c -> units.codes(c, List.of(sd1)));
        assertThat(codes).containsExactly(Map.entry(sd1, "SD1"));
        assertThat(db.read(units::refs)).containsOnlyKeys("DISDIK", "SD1");
        Map<String, Long> byNipIds = db.read(employees::ids);
        assertThat(byNipIds).hasSize(3);
    }
}
