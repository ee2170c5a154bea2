package id.serasan.personnel.internal.store;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.PositionType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SQL of PERSONNEL_EMPLOYEE. Besides the record itself the row keeps the current values derived from the
 * histories (current rank and position, the DUK inputs) and a copy of its unit's path, so that searches, the DUK and
 * the schedules read this one table; {@link #refreshCurrent} rewrites the current values from the histories in the
 * caller's transaction, after every history change.
 */
@Component(service = EmployeeRepository.class)
public class EmployeeRepository {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String UPDATE_CURRENT = "UPDATE PERSONNEL_EMPLOYEE SET RANK_CODE = ?, RANK_ORDER = ?, "
            + "RANK_TMT = ?, RANK_MKG_MONTHS = ?, POSITION_TYPE = ?, POSITION_LEVEL = ?, POSITION_NAME = ?, "
            + "POSITION_TMT = ?, EDUCATION_ORDER = ?, STRUCTURAL_TRAININGS = ?, VERSION = VERSION + 1 WHERE ID = ?";
    /** The INSERT of an import: with the current rank and position the imported histories set. */
    public static final String BULK_INSERT_INTO = "INSERT INTO PERSONNEL_EMPLOYEE (NIP, NAME, NAME_KEY, FRONT_TITLE, BACK_TITLE, "
            + "BIRTH_PLACE, BIRTH_DATE, GENDER, RELIGION, MARITAL_STATUS, ADDRESS, PHONE, EMAIL, EMPLOYMENT_TYPE, STATUS, "
            + "CPNS_DATE, PNS_DATE, UNIT_ID, SUPERVISOR_NIP, RANK_CODE, RANK_ORDER, RANK_TMT, RANK_MKG_MONTHS, "
            + "POSITION_TYPE, POSITION_LEVEL, POSITION_NAME, POSITION_TMT, EDUCATION_ORDER, STRUCTURAL_TRAININGS, VERSION, CREATED_AT, "
            + "UPDATED_AT, UNIT_PATH)";
    public static final String BULK_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "0, 1, ?, ?, ?)";
    private static final String INSERT = "INSERT INTO PERSONNEL_EMPLOYEE (NIP, NAME, NAME_KEY, FRONT_TITLE, "
            + "BACK_TITLE, BIRTH_PLACE, BIRTH_DATE, GENDER, RELIGION, MARITAL_STATUS, ADDRESS, PHONE, EMAIL, "
            + "EMPLOYMENT_TYPE, STATUS, CPNS_DATE, PNS_DATE, UNIT_ID, SUPERVISOR_NIP, EDUCATION_ORDER, "
            + "STRUCTURAL_TRAININGS, VERSION, CREATED_AT, UPDATED_AT, UNIT_PATH) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 1, ?, ?, ?)";
    /** The personal fields a correction may change, by their API name. */
    private static final Map<String, String> PERSONAL = Map.of("frontTitle", "FRONT_TITLE", "name", "NAME",
            "backTitle", "BACK_TITLE", "birthPlace", "BIRTH_PLACE", "religion", "RELIGION",
            "maritalStatus", "MARITAL_STATUS", "address", "ADDRESS", "phone", "PHONE", "email", "EMAIL");

    private final RankRepository ranks;
    private final PositionRepository positions;
    private final EducationRepository education;
    private final TrainingRepository trainings;

    @Activate
    public EmployeeRepository(@Reference RankRepository ranks, @Reference PositionRepository positions,
                              @Reference EducationRepository education, @Reference TrainingRepository trainings) {
        this.ranks = ranks;
        this.positions = positions;
        this.education = education;
        this.trainings = trainings;
    }

    /**
     * The values derived from the histories that the row keeps: the latest rank and position, the highest education
     * and the count of leadership trainings.
     */
    public record CurrentValues(String rankCode, Integer rankOrder, LocalDate rankTmt, Integer rankMkgMonths,
                                PositionType positionType, FunctionalLevel positionLevel, String positionName,
                                LocalDate positionTmt, int educationOrder, int structuralTrainings) {
    }

    /**
     * A search: a WHERE clause on alias {@code e} to follow {@code WHERE 1 = 1} (each condition with a leading
     * {@code AND}), its parameters, an ORDER BY on {@code e}, and an optional Derby index hint for the one-table
     * statements (a comment ended by a line break, which PostgreSQL ignores).
     */
    public record Criteria(String indexHint, String where, List<Object> params, String orderBy) {
        public Criteria {
            params = List.copyOf(params);
        }
    }

    /** What the history import needs of a registered employee. */
    public record Registered(long id, EmploymentType type, LocalDate cpnsDate, String rankCode, String positionName) {
    }

    /** An employee's current rank and position as stored, with their unit's code. */
    public record Current(String rankCode, String positionName, String positionType, String unitCode) {
    }

    /** Active employees grouped for the open-data head counts. */
    public record HeadCount(String unitCode, String unitName, String rankCode, String gender, String employmentType,
                            long count) {
    }

    /** The NAME_KEY of a name: trimmed, inner spaces single, upper case; name searches are prefixes of it. */
    public static String nameKey(String name) {
        return SPACES.matcher(name.trim()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- one employee

    public Optional<EmployeeRow> find(Connection c, String nip) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT " + EmployeeRow.COLUMNS + EmployeeRow.FROM
                + " WHERE e.NIP = ?"), nip); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(EmployeeRow.read(rs)) : Optional.empty();
        }
    }

    /** The rows of {@code ids}, in that order. */
    public List<EmployeeRow> byIds(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EmployeeRow> byId = new HashMap<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT " + EmployeeRow.COLUMNS + EmployeeRow.FROM
                + " WHERE e.ID IN (" + Sql.marks(ids.size()) + ")"), ids.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EmployeeRow r = EmployeeRow.read(rs);
                byId.put(r.id(), r);
            }
        }
        List<EmployeeRow> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            out.add(byId.get(id));
        }
        return out;
    }

    /** Inserts a new employee in {@code unit}, without current values yet ({@link #refreshCurrent}); returns the id. */
    public long insert(Connection c, EmployeeInput b, UnitRef unit, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            Sql.bind(ps, b.nip(), b.name().trim(), nameKey(b.name()), Sql.blankToNull(b.frontTitle()),
                    Sql.blankToNull(b.backTitle()), b.birthPlace().trim(), b.birthDate(), b.gender(),
                    Sql.upperOrNull(b.religion()), Sql.upperOrNull(b.maritalStatus()), Sql.blankToNull(b.address()),
                    Sql.blankToNull(b.phone()), Sql.blankToNull(b.email()), b.employmentType(),
                    b.status() == null ? EmployeeStatus.ACTIVE : b.status(), b.cpnsDate(), b.pnsDate(), unit.id(),
                    Sql.blankToNull(b.supervisorNip()), now, now, unit.path());
            ps.executeUpdate();
            return Sql.generatedKey(ps);
        }
    }

    /**
     * Replaces the personal fields of the row with this id and version (optimistic locking); returns how many rows
     * changed: 0 when the version is stale.
     */
    public int update(Connection c, long id, int version, EmployeeInput b, EmployeeStatus status, UnitRef unit,
                      long now) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("UPDATE PERSONNEL_EMPLOYEE SET NAME = ?, NAME_KEY = ?, "
                + "FRONT_TITLE = ?, BACK_TITLE = ?, BIRTH_PLACE = ?, BIRTH_DATE = ?, GENDER = ?, RELIGION = ?, "
                + "MARITAL_STATUS = ?, ADDRESS = ?, PHONE = ?, EMAIL = ?, EMPLOYMENT_TYPE = ?, STATUS = ?, "
                + "CPNS_DATE = ?, PNS_DATE = ?, UNIT_ID = ?, SUPERVISOR_NIP = ?, VERSION = VERSION + 1, "
                + "UPDATED_AT = ?, UNIT_PATH = ? WHERE ID = ? AND VERSION = ?"),
                b.name().trim(), nameKey(b.name()), Sql.blankToNull(b.frontTitle()), Sql.blankToNull(b.backTitle()),
                b.birthPlace().trim(), b.birthDate(), b.gender(), Sql.upperOrNull(b.religion()),
                Sql.upperOrNull(b.maritalStatus()), Sql.blankToNull(b.address()), Sql.blankToNull(b.phone()),
                Sql.blankToNull(b.email()), b.employmentType(), status, b.cpnsDate(), b.pnsDate(), unit.id(),
                Sql.blankToNull(b.supervisorNip()), now, unit.path(), id, version)) {
            return ps.executeUpdate();
        }
    }

    /** Moves the employee to {@code unit}. */
    public void moveTo(Connection c, long id, UnitRef unit, long now) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("UPDATE PERSONNEL_EMPLOYEE SET UNIT_ID = ?, "
                + "UNIT_PATH = ?, VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?"), unit.id(), unit.path(), now, id)) {
            ps.executeUpdate();
        }
    }

    /**
     * Sets personal fields by their API name ({@code address}, {@code religion}, ...; null clears one): religion and
     * marital status in upper case, the name with its key.
     */
    public void updatePersonal(Connection c, long id, Map<String, String> values, long now) throws SQLException {
        StringBuilder set = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String column = PERSONAL.get(e.getKey());
            if (column == null) {
                throw new IllegalArgumentException(e.getKey());
            }
            set.append(column).append(" = ?, ");
            String value = e.getValue();
            if (value != null && (column.equals("RELIGION") || column.equals("MARITAL_STATUS"))) {
                value = value.toUpperCase(Locale.ROOT);
            }
            params.add(value);
            if (column.equals("NAME")) {
                set.append("NAME_KEY = ?, ");
                params.add(nameKey(value));
            }
        }
        params.add(now);
        params.add(id);
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("UPDATE PERSONNEL_EMPLOYEE SET " + set
                + "VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?"), params.toArray())) {
            ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- current values

    /** The current values as the histories give them now. */
    public CurrentValues currentFromHistories(Connection c, long id) throws SQLException {
        Optional<RankRepository.Latest> rank = ranks.latest(c, id);
        Optional<PositionEntry> position = positions.latest(c, id);
        return new CurrentValues(rank.map(RankRepository.Latest::code).orElse(null),
                rank.map(RankRepository.Latest::order).orElse(null), rank.map(RankRepository.Latest::tmt).orElse(null),
                rank.map(RankRepository.Latest::mkgMonths).orElse(null),
                position.map(PositionEntry::type).orElse(null), position.map(PositionEntry::level).orElse(null),
                position.map(PositionEntry::name).orElse(null), position.map(PositionEntry::tmt).orElse(null),
                education.highestOrder(c, id), trainings.structuralCount(c, id));
    }

    /** Rewrites the current values of the employee from the histories (after a history changed). */
    public void refreshCurrent(Connection c, long id) throws SQLException {
        CurrentValues v = currentFromHistories(c, id);
        try (PreparedStatement ps = c.prepareStatement(UPDATE_CURRENT)) {
            Sql.set(ps, 1, v.rankCode(), Types.VARCHAR);
            Sql.set(ps, 2, v.rankOrder(), Types.INTEGER);
            Sql.set(ps, 3, v.rankTmt(), Types.DATE);
            Sql.set(ps, 4, v.rankMkgMonths(), Types.INTEGER);
            Sql.set(ps, 5, v.positionType(), Types.VARCHAR);
            Sql.set(ps, 6, v.positionLevel(), Types.VARCHAR);
            Sql.set(ps, 7, v.positionName(), Types.VARCHAR);
            Sql.set(ps, 8, v.positionTmt(), Types.DATE);
            ps.setInt(9, v.educationOrder());
            ps.setInt(10, v.structuralTrainings());
            ps.setLong(11, id);
            ps.executeUpdate();
        }
    }

    /** Recounts every employee's leadership trainings (after trainings were written in bulk). */
    public void recountStructuralTrainings(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE PERSONNEL_EMPLOYEE SET STRUCTURAL_TRAININGS = "
                + "(SELECT COUNT(*) FROM PERSONNEL_TRAINING t WHERE t.EMPLOYEE_ID = PERSONNEL_EMPLOYEE.ID "
                + "AND t.KIND = '" + TrainingRepository.STRUCTURAL + "')")) {
            ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- searches

    public long count(Connection c, Criteria q) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_EMPLOYEE e"
                + q.indexHint() + " WHERE 1 = 1" + q.where()), q.params().toArray()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The ids of one page, from the employee table alone (index order, stops after the page). */
    public List<Long> pageIds(Connection c, Criteria q, long offset, int size) throws SQLException {
        List<Object> params = new ArrayList<>(q.params());
        params.add(offset);
        params.add(size);
        List<Long> ids = new ArrayList<>(size);
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT e.ID FROM PERSONNEL_EMPLOYEE e" + q.indexHint()
                + " WHERE 1 = 1" + q.where() + " ORDER BY " + q.orderBy() + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"),
                params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Every matching row, in order, streamed to {@code sink}. */
    public void forEach(Connection c, Criteria q, Consumer<EmployeeRow> sink) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT " + EmployeeRow.COLUMNS + EmployeeRow.FROM
                + " WHERE 1 = 1" + q.where() + " ORDER BY " + q.orderBy()), q.params().toArray())) {
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(EmployeeRow.read(rs));
                }
            }
        }
    }

    /** The active direct subordinates of a supervisor, by name. */
    public List<String> subordinates(Connection c, String supervisorNip) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT NIP FROM PERSONNEL_EMPLOYEE WHERE "
                + "SUPERVISOR_NIP = ? AND STATUS = 'ACTIVE' ORDER BY NAME_KEY"), supervisorNip);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * The active employees under the unit path {@code path} (the unit's PATH of ids, {@code /3/17/}: the unit and its
     * sub-units; null: everyone), by unit path and name.
     */
    public List<id.serasan.personnel.api.StaffMember> staff(Connection c, String path) throws SQLException {
        List<id.serasan.personnel.api.StaffMember> out = new ArrayList<>();
        String sql = "SELECT e.NIP, e.NAME, e.FRONT_TITLE, e.BACK_TITLE, u.CODE, u.NAME, e.SUPERVISOR_NIP FROM "
                + "PERSONNEL_EMPLOYEE e JOIN PERSONNEL_UNIT u ON u.ID = e.UNIT_ID WHERE e.STATUS = 'ACTIVE'"
                + (path == null ? "" : " AND e.UNIT_PATH >= ? AND e.UNIT_PATH < ?") + " ORDER BY e.UNIT_PATH, e.NAME_KEY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (path != null) {
                ps.setString(1, path);
                ps.setString(2, path + "\uffff");
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String front = rs.getString(3);
                    String back = rs.getString(4);
                    String name = (front == null || front.isBlank() ? "" : front + " ") + rs.getString(2)
                            + (back == null || back.isBlank() ? "" : ", " + back);
                    out.add(new id.serasan.personnel.api.StaffMember(rs.getString(1), name, rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
        }
        return out;
    }

    /** Active employees per unit id (not counting sub-units). */
    public Map<Long, Long> activeByUnit(Connection c) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT UNIT_ID, COUNT(*) FROM PERSONNEL_EMPLOYEE WHERE "
                + "STATUS = 'ACTIVE' GROUP BY UNIT_ID"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** Active employees in one unit (not counting sub-units). */
    public long activeIn(Connection c, long unitId) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_EMPLOYEE WHERE "
                + "UNIT_ID = ? AND STATUS = 'ACTIVE'"), unitId); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Active employees by unit, rank, gender and employment type. */
    public List<HeadCount> headCounts(Connection c) throws SQLException {
        List<HeadCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT u.CODE, u.NAME, e.RANK_CODE, e.GENDER, e.EMPLOYMENT_TYPE, "
                + "COUNT(*) FROM PERSONNEL_EMPLOYEE e JOIN PERSONNEL_UNIT u ON u.ID = e.UNIT_ID WHERE e.STATUS = 'ACTIVE' "
                + "GROUP BY u.CODE, u.NAME, e.RANK_CODE, e.GENDER, e.EMPLOYMENT_TYPE"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new HeadCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6)));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- imports

    /** Every registered NIP. */
    public Set<String> nips(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT NIP FROM PERSONNEL_EMPLOYEE"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Every registered employee, by NIP, with what the history import checks and compares. */
    public Map<String, Registered> registered(Connection c) throws SQLException {
        Map<String, Registered> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, NIP, EMPLOYMENT_TYPE, CPNS_DATE, RANK_CODE, "
                + "POSITION_NAME FROM PERSONNEL_EMPLOYEE"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString("NIP"), new Registered(rs.getLong("ID"),
                        EmploymentType.valueOf(rs.getString("EMPLOYMENT_TYPE")), Sql.date(rs, "CPNS_DATE"),
                        rs.getString("RANK_CODE"), rs.getString("POSITION_NAME")));
            }
        }
        return out;
    }

    /** The stored current rank, position and unit of the employees with these NIPs. */
    public Map<String, Current> current(Connection c, Set<String> nips) throws SQLException {
        Map<String, Current> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.NIP, e.RANK_CODE, e.POSITION_NAME, e.POSITION_TYPE, "
                + "u.CODE FROM PERSONNEL_EMPLOYEE e JOIN PERSONNEL_UNIT u ON u.ID = e.UNIT_ID");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (nips.contains(rs.getString(1))) {
                    out.put(rs.getString(1), new Current(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** NIP to id of the employees written with {@code CREATED_AT = createdAt} (one bulk import). */
    public Map<String, Long> idsCreatedAt(Connection c, long createdAt) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT ID, NIP FROM PERSONNEL_EMPLOYEE WHERE "
                + "CREATED_AT = ?"), createdAt); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        }
        return ids;
    }

    /** Every employee's id by NIP. */
    public Map<String, Long> ids(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT NIP, ID FROM PERSONNEL_EMPLOYEE"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    public void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM PERSONNEL_EMPLOYEE")) {
            ps.executeUpdate();
        }
    }
}
