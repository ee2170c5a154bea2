package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.personnel.internal.rules.RankCodes;
import id.serasan.personnel.internal.store.EmployeeRepository;
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
    static final String INSERT = "INSERT INTO PERSONNEL_EMPLOYEE (NIP, NAME, NAME_KEY, FRONT_TITLE, BACK_TITLE, "
            + "BIRTH_PLACE, BIRTH_DATE, GENDER, RELIGION, MARITAL_STATUS, ADDRESS, PHONE, EMAIL, EMPLOYMENT_TYPE, STATUS, "
            + "CPNS_DATE, PNS_DATE, UNIT_ID, SUPERVISOR_NIP, RANK_CODE, RANK_ORDER, RANK_TMT, RANK_MKG_MONTHS, "
            + "POSITION_TYPE, POSITION_LEVEL, POSITION_NAME, POSITION_TMT, EDUCATION_ORDER, STRUCTURAL_TRAININGS, VERSION, CREATED_AT, "
            + "UPDATED_AT, UNIT_PATH)";
    static final String INSERT_TUPLE = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "0, 1, ?, ?, ?)";

    /** The education entries, the same for both imports. */
    static final String EDUCATION = "INSERT INTO PERSONNEL_EDUCATION (EMPLOYEE_ID, EDU_LEVEL, INSTITUTION, MAJOR, "
            + "GRADUATION_YEAR)";
    static final String EDUCATION_TUPLE = "(?, ?, ?, ?, ?)";

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
        try (BulkInsert ins = new BulkInsert(c, INSERT, INSERT_TUPLE, mode)) {
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
        try (BulkInsert rank = new BulkInsert(c, "INSERT INTO PERSONNEL_RANK_HISTORY (EMPLOYEE_ID, RANK_CODE, "
                + "RANK_ORDER, TMT, DECREE_NUMBER, SERVICE_YEARS, SERVICE_MONTHS)", "(?, ?, ?, ?, ?, ?, ?)", mode);
             BulkInsert pos = new BulkInsert(c, "INSERT INTO PERSONNEL_POSITION_HISTORY (EMPLOYEE_ID, "
                     + "POSITION_TYPE, POSITION_LEVEL, NAME, UNIT_CODE, TMT)", "(?, ?, ?, ?, ?, ?)", mode);
             BulkInsert edu = new BulkInsert(c, EDUCATION, EDUCATION_TUPLE, mode)) {
            for (ImportedEmployee p : rows) {
                EmployeeInput b = p.employee();
                long id = ids.get(b.nip());
                if (p.rank() != null) {
                    rank.add(id, p.rank(), RankCodes.order(b.employmentType(), p.rank()), p.rankTmt(),
                            p.rankDecree(), p.serviceYears(), p.serviceMonths());
                }
                if (b.positionType() != null) {
                    pos.add(id, b.positionType(), b.positionLevel(), b.positionName().trim(), b.unitCode(),
                            b.positionTmt() != null ? b.positionTmt() : b.cpnsDate());
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
