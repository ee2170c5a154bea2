package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.personnel.internal.rules.RankCodes;
import id.serasan.personnel.internal.store.EducationRepository;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.PositionRepository;
import id.serasan.personnel.internal.store.RankRepository;
import id.serasan.personnel.internal.store.UnitRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes checked employee rows on the caller's connection (inside its transaction): the employees, then each one's
 * first rank, position and education entry, with {@link BulkInsert}.
 */
final class EmployeeWriter {


    /** How long the two phases took, in nanoseconds. */
    record Phases(long employees, long histories) {
    }

    private EmployeeWriter() {
    }

    /**
     * Writes {@code rows}; {@code now} (epoch milliseconds) is their creation time, which no other employee may share
     * (the new ids are read back by it).
     */
    static Phases write(Connection c, List<ImportedEmployee> rows, Map<String, UnitRef> units, long now,
                        EmployeeRepository employees) throws SQLException {
        return write(c, rows, units, now, employees, BulkInsert.DEFAULT);
    }

    /** The same, with the rows sent as {@code mode} says (measured in {@code BulkInsertBench}). */
    static Phases write(Connection c, List<ImportedEmployee> rows, Map<String, UnitRef> units, long now,
                        EmployeeRepository employees, BulkInsert.Mode mode) throws SQLException {
        long t0 = System.nanoTime();
        try (BulkInsert ins = new BulkInsert(c, EmployeeRepository.BULK_INSERT_INTO, EmployeeRepository.BULK_ROW, mode)) {
            for (ImportedEmployee p : rows) {
                EmployeeInput b = p.employee();
                UnitRef unit = units.get(b.unitCode());
                ins.add(b.nip(), b.name().trim(), EmployeeRepository.nameKey(b.name()),
                        trimmed(b.frontTitle()), trimmed(b.backTitle()), b.birthPlace().trim(), b.birthDate(), b.gender(),
                        upper(b.religion()), upper(b.maritalStatus()), trimmed(b.address()), trimmed(b.phone()),
                        trimmed(b.email()), b.employmentType(), b.status() == null ? EmployeeStatus.ACTIVE : b.status(),
                        b.cpnsDate(), b.pnsDate(), unit.id(), trimmed(b.supervisorNip()), p.rank(),
                        p.rank() == null ? null : RankCodes.order(b.employmentType(), p.rank()),
                        p.rank() == null ? null : p.rankTmt(), p.rank() == null ? null : p.mkgMonths(),
                        b.positionType(), b.positionLevel(),
                        trimmed(b.positionName()), b.positionType() == null ? null
                                : (b.positionTmt() != null ? b.positionTmt() : b.cpnsDate()),
                        Duk.educationOrder(p.education()), now, now, unit.path());
            }
            ins.finish();
        }
        long t1 = System.nanoTime();
        Map<String, Long> ids = employees.idsCreatedAt(c, now);
        try (BulkInsert rank = new BulkInsert(c, RankRepository.INSERT_INTO, RankRepository.ROW, mode);
             BulkInsert pos = new BulkInsert(c, PositionRepository.INSERT_INTO, PositionRepository.ROW, mode);
             BulkInsert edu = new BulkInsert(c, EducationRepository.INSERT_INTO, EducationRepository.ROW, mode)) {
            for (ImportedEmployee p : rows) {
                EmployeeInput b = p.employee();
                long id = ids.get(b.nip());
                if (p.rank() != null) {
                    rank.add(id, p.rank(), RankCodes.order(b.employmentType(), p.rank()), p.rankTmt(),
                            p.rankDecree(), null, p.serviceYears(), p.serviceMonths());
                }
                if (b.positionType() != null) {
                    pos.add(id, b.positionType(), b.positionLevel(), b.positionName().trim(), b.unitCode(),
                            b.positionTmt() != null ? b.positionTmt() : b.cpnsDate(), null, null);
                }
                if (p.education() != null) {
                    edu.add(id, p.education(), p.school() == null ? "-" : p.school(), p.major(), p.graduationYear());
                }
            }
            rank.finish();
            pos.finish();
            edu.finish();
        }
        return new Phases(t1 - t0, System.nanoTime() - t1);
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
