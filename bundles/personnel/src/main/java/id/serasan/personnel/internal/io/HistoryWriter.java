package id.serasan.personnel.internal.io;

import id.serasan.personnel.internal.io.HistoryRowParser.Entry;
import id.serasan.personnel.internal.io.HistoryRowParser.Known;
import id.serasan.personnel.internal.store.EducationRepository;
import id.serasan.personnel.internal.store.EmployeeRepository.Current;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.FamilyRepository;
import id.serasan.personnel.internal.store.PositionRepository;
import id.serasan.personnel.internal.store.RankRepository;
import id.serasan.personnel.internal.store.TrainingRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes checked history entries on the caller's connection (inside its transaction) with {@link BulkInsert}, then
 * recomputes the current rank, position and DUK inputs of every employee touched.
 */
final class HistoryWriter {
    private HistoryWriter() {
    }

    /** Writes {@code entries}; returns every employee touched (by NIP) as it is afterwards. */
    static Map<String, Current> write(Connection c, List<Entry> entries, Map<String, Known> known,
                                    EmployeeRepository employees) throws SQLException {
        Set<String> touched = new LinkedHashSet<>();
        try (BulkInsert rank = new BulkInsert(c, RankRepository.INSERT_INTO, RankRepository.ROW);
             BulkInsert pos = new BulkInsert(c, PositionRepository.INSERT_INTO, PositionRepository.ROW);
             BulkInsert edu = new BulkInsert(c, EducationRepository.INSERT_INTO, EducationRepository.ROW);
             BulkInsert tr = new BulkInsert(c, TrainingRepository.INSERT_INTO, TrainingRepository.ROW);
             BulkInsert fam = new BulkInsert(c, FamilyRepository.INSERT_INTO, FamilyRepository.ROW)) {
            for (Entry e : entries) {
                touched.add(e.nip());
                switch (e.kind()) {
                    case "GOLONGAN" -> rank.add(e.values());
                    case "JABATAN" -> pos.add(e.values());
                    case "PENDIDIKAN" -> edu.add(e.values());
                    case "DIKLAT" -> tr.add(e.values());
                    default -> fam.add(e.values());
                }
            }
            rank.finish();
            pos.finish();
            edu.finish();
            tr.finish();
            fam.finish();
        }
        for (String nip : touched) {
            employees.refreshCurrent(c, known.get(nip).id());
        }
        return employees.current(c, touched);
    }
}
