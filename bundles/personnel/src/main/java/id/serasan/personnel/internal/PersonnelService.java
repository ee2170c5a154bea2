package id.serasan.personnel.internal;

import id.serasan.personnel.api.Employee;
import id.serasan.personnel.api.EmployeeDirectory;
import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmployeeSummary;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.Nip;
import id.serasan.personnel.api.NewUnit;
import id.serasan.personnel.api.PersonnelEvents;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.Rank;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.api.TransferEntry;
import id.serasan.personnel.api.Unit;
import id.serasan.personnel.internal.rules.Career;
import id.serasan.personnel.internal.rules.Derivations;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.personnel.internal.rules.RulePack;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.Validation;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.api.event.EventTopics;
import id.serasan.platform.api.persistence.SchemaMigrations;
import id.serasan.platform.api.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The personnel records: units, employees and their rank, position and transfer histories, with per-object
 * access, derived values, audit (in the same transaction) and events. Education, training, family and documents
 * live in {@link HistoryService}; bulk import in {@code io.EmployeeImport}.
 */
@Component(service = {PersonnelService.class, EmployeeDirectory.class}, configurationPid = PersonnelConfig.PID)
@Designate(ocd = PersonnelConfig.class)
public class PersonnelService implements EmployeeDirectory {
    public static final String MODULE = PersonnelEvents.MODULE;
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 -]{6,20}");
    static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    static final Pattern NIP18 = Pattern.compile("\\d{18}");
    static final Pattern SPACES = Pattern.compile("\\s+");
    static final Set<String> RELIGIONS = Set.of("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "LAINNYA");
    static final Set<String> MARITAL = Set.of("BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PersonnelService.class);
    private final Db db;
    private final AuditService audit;
    private volatile EventAdmin events;
    private volatile PersonnelConfig config;
    private volatile Derivations derivations;
    private final Clock clock;

    @Activate
    public PersonnelService(@Reference(target = "(osgi.jndi.service.name=serasan)") DataSource dataSource,
                            @Reference SchemaMigrations migrations, @Reference AuditService audit,
                            BundleContext context, PersonnelConfig config) {
        this(new Db(dataSource), audit, config, Clock.system(WIB));
        migrations.migrate(MODULE, context.getBundle());
    }

    /** For tests: a database whose schema is in place. */
    PersonnelService(Db db, AuditService audit, PersonnelConfig config, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        modified(config);
    }

    /**
     * Applies a changed configuration at once. A rule pack that does not parse is refused with an error in the log,
     * and the rules in force stay (at start: the shipped defaults), so a typo never stops the module.
     */
    @Modified
    void modified(PersonnelConfig config) {
        this.config = config;
        try {
            this.derivations = new Derivations(rulePack(config));
        } catch (IllegalArgumentException e) {
            LOG.error("{}: rule pack refused, keeping {}: {}", PersonnelConfig.PID,
                    derivations == null ? "the defaults" : "the rules in force", e.getMessage());
            if (derivations == null) {
                this.derivations = new Derivations(RulePack.DEFAULT);
            }
        }
    }

    static RulePack rulePack(PersonnelConfig c) {
        Map<String, RulePack.SalaryStepRule> steps = new LinkedHashMap<>();
        for (String rule : c.salaryStepSchedule()) {
            Map.Entry<String, RulePack.SalaryStepRule> e = RulePack.SalaryStepRule.parse(rule);
            steps.put(e.getKey(), e.getValue());
        }
        return new RulePack(c.rulePack(), c.retirementAgeDefault(), c.retirementAgeJpt(), c.retirementAgeAhliMadya(),
                c.retirementAgeAhliUtama(), java.util.Arrays.stream(c.retirementAgeByPosition())
                        .map(RulePack.NamedAge::parse).toList(), c.promotionYearsInRank(), c.promotionWindowMonths(),
                steps);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEvents(EventAdmin ea) {
        this.events = ea;
    }

    void unsetEvents(EventAdmin ea) {
        if (this.events == ea) {
            this.events = null;
        }
    }

    public Db db() {
        return db;
    }

    public AuditService audit() {
        return audit;
    }

    public PersonnelConfig config() {
        return config;
    }

    public Derivations derivations() {
        return derivations;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- scope

    /** The employees {@code v} may see. */
    public Scope scope(Viewer v) {
        if (v.seesAll()) {
            return Scope.ALL;
        }
        if (v.nip() == null) {
            return new Scope(false, null, null, null);
        }
        String unitPath = null;
        if (v.roles().contains(Role.UNIT_OPERATOR)) {
            unitPath = db.read(c -> {
                try (PreparedStatement ps = Db.bind(c.prepareStatement(
                        "SELECT UNIT_PATH FROM PERSONNEL_EMPLOYEE WHERE NIP = ?"),
                        v.nip()); ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
        }
        String sup = v.roles().contains(Role.SUPERVISOR) ? v.nip() : null;
        return new Scope(false, unitPath, sup, v.nip());
    }

    static ProblemException notVisible(String nip) {
        return ProblemException.notFound("Pegawai " + nip + " tidak ditemukan atau di luar wewenang Anda / Employee "
                + nip + " not found or outside your access");
    }

    static ProblemException cannotEdit(String nip) {
        return ProblemException.forbidden("Anda tidak berwenang mengubah data pegawai " + nip
                + " / You may not change the record of employee " + nip);
    }

    // ---------------------------------------------------------------- units

    public List<Unit> units() {
        return db.read(c -> {
            Map<Long, String[]> byId = new HashMap<>();
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT u.ID, u.CODE, u.NAME, u.PARENT_ID, u.LATITUDE, "
                    + "u.LONGITUDE, (SELECT COUNT(*) FROM PERSONNEL_EMPLOYEE e WHERE e.UNIT_ID = u.ID AND e.STATUS = 'ACTIVE') "
                    + "AS N FROM PERSONNEL_UNIT u ORDER BY u.PATH"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("ID");
                    long parentId = rs.getLong("PARENT_ID");
                    String parent = rs.wasNull() ? null : String.valueOf(parentId);
                    byId.put(id, new String[] {rs.getString("CODE"), parent});
                    rows.add(new Object[] {id, rs.getString("CODE"), rs.getString("NAME"), parent,
                        Db.dbl(rs, "LATITUDE"), Db.dbl(rs, "LONGITUDE"), rs.getLong("N")});
                }
            }
            List<Unit> out = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                String[] self = byId.get((Long) r[0]);
                String parentCode = self[1] == null ? null : byId.get(Long.parseLong(self[1]))[0];
                out.add(new Unit((String) r[1], (String) r[2], parentCode, (Double) r[4], (Double) r[5],
                        codePath(byId, (Long) r[0]), (Long) r[6]));
            }
            return out;
        });
    }

    private static String codePath(Map<Long, String[]> byId, long id) {
        List<String> codes = new ArrayList<>();
        Long at = id;
        int guard = 0;
        while (at != null && guard++ < 50) {
            String[] u = byId.get(at);
            codes.add(0, u[0]);
            at = u[1] == null ? null : Long.parseLong(u[1]);
        }
        return String.join("/", codes);
    }

    @Override
    public Optional<Unit> unit(String code) {
        return db.read(c -> unit(c, code));
    }

    /** The unit with this code as stored, read on {@code c} (inside a transaction: what it wrote). */
    static Optional<Unit> unit(Connection c, String code) throws SQLException {
        {
            String name;
            Double lat;
            Double lon;
            String path;
            long id;
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, NAME, LATITUDE, LONGITUDE, PATH FROM "
                    + "PERSONNEL_UNIT WHERE CODE = ?"), code); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Unit>empty();
                }
                id = rs.getLong("ID");
                name = rs.getString("NAME");
                lat = Db.dbl(rs, "LATITUDE");
                lon = Db.dbl(rs, "LONGITUDE");
                path = rs.getString("PATH");
            }
            // PATH holds the ids from the root ("/3/17/"): their codes, in order, are the code path.
            List<Long> ids = new ArrayList<>();
            for (String part : path.split("/")) {
                if (!part.isEmpty()) {
                    ids.add(Long.parseLong(part));
                }
            }
            Map<Long, String> codes = new HashMap<>();
            String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, CODE FROM PERSONNEL_UNIT WHERE ID IN ("
                    + marks + ")"), ids.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.put(rs.getLong(1), rs.getString(2));
                }
            }
            List<String> codePath = ids.stream().map(codes::get).toList();
            long count;
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_EMPLOYEE WHERE "
                    + "UNIT_ID = ? AND STATUS = 'ACTIVE'"), id); ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
            String parent = codePath.size() > 1 ? codePath.get(codePath.size() - 2) : null;
            return Optional.of(new Unit(code, name, parent, lat, lon, String.join("/", codePath), count));
        }
    }

    /** A unit's id and path (the ids from the root, {@code /3/17/}). */
    public record UnitRef(long id, String path) {
    }

    /** The unit with this code, or null. */
    static UnitRef unitRef(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, PATH FROM PERSONNEL_UNIT WHERE CODE = ?"), code);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new UnitRef(rs.getLong(1), rs.getString(2)) : null;
        }
    }

    /** The unit with this code; 422 on {@code field} when there is none. */
    static UnitRef existingUnit(Connection c, String code, String field) throws SQLException {
        UnitRef u = unitRef(c, code);
        if (u == null) {
            throw ProblemException.invalid(List.of(new FieldError(field, "unit tidak ada / no such unit")));
        }
        return u;
    }

    static String unitPath(Connection c, String code) throws SQLException {
        UnitRef u = unitRef(c, code);
        return u == null ? null : u.path();
    }

    private static void validateUnit(Validation v, NewUnit body) {
        v.required("name", body.name()).maxLength("name", body.name(), 200);
        if (body.latitude() != null || body.longitude() != null) {
            v.check(body.latitude() != null && body.latitude() >= -90 && body.latitude() <= 90, "latitude",
                    "lintang -90..90 / latitude -90..90");
            v.check(body.longitude() != null && body.longitude() >= -180 && body.longitude() <= 180, "longitude",
                    "bujur -180..180 / longitude -180..180");
        }
    }

    public Unit createUnit(String actor, NewUnit body) {
        Validation v = new Validation();
        v.required("code", body.code()).matches("code", body.code(), UNIT_CODE,
                "huruf, angka, titik, garis; 1-40 / letters, digits, dot, dash, underscore; 1-40");
        validateUnit(v, body);
        v.throwIfInvalid();
        db.tx(c -> {
            if (unitRef(c, body.code()) != null) {
                throw ProblemException.conflict("Unit " + body.code() + " sudah ada / already exists");
            }
            Long parentId = null;
            String parentPath = "/";
            if (body.parentCode() != null && !body.parentCode().isBlank()) {
                try (PreparedStatement ps = Db.bind(c.prepareStatement(
                        "SELECT ID, PATH FROM PERSONNEL_UNIT WHERE CODE = ?"), body.parentCode());
                     ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.invalid(List.of(new FieldError("parentCode",
                                "unit induk tidak ada / no such parent unit")));
                    }
                    parentId = rs.getLong(1);
                    parentPath = rs.getString(2);
                }
            }
            long now = clock.millis();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_UNIT (CODE, NAME, PARENT_ID, PATH, "
                    + "LATITUDE, LONGITUDE, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, body.code());
                ps.setString(2, body.name().trim());
                Db.setNullable(ps, 3, parentId, Types.BIGINT);
                ps.setString(4, "?");
                Db.setNullable(ps, 5, body.latitude(), Types.DOUBLE);
                Db.setNullable(ps, 6, body.longitude(), Types.DOUBLE);
                ps.setLong(7, now);
                ps.setLong(8, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = Db.bind(c.prepareStatement("UPDATE PERSONNEL_UNIT SET PATH = ? WHERE ID = ?"),
                    parentPath + id + "/", id)) {
                ps.executeUpdate();
            }
            audit.record(c, actor, "personnel.unit.create", "unit", body.code(), null, AuditJson.of(body));
            return null;
        });
        return unit(body.code()).orElseThrow();
    }

    /**
     * Renames a unit or moves its office location. Its code and parent cannot change (employees' rows carry the
     * unit path for one-table searches): a body that tries is refused with 422 rather than silently ignored, and the
     * audit records the unit as stored before and after.
     */
    public Unit updateUnit(String actor, String code, NewUnit body) {
        Unit before = unit(code).orElseThrow(() -> ProblemException.notFound("Unit " + code + " tidak ada / not found"));
        Validation v = new Validation();
        validateUnit(v, body);
        v.check(body.code() == null || body.code().equals(code), "code",
                "kode unit tidak dapat diubah / a unit's code cannot change");
        v.check(body.parentCode() == null || body.parentCode().equals(before.parentCode()), "parentCode",
                "induk unit tidak dapat diubah; buat unit baru dan pindahkan pegawainya / a unit's parent cannot "
                        + "change; create a new unit and transfer its employees");
        v.throwIfInvalid();
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE PERSONNEL_UNIT SET NAME = ?, LATITUDE = ?, LONGITUDE = ?, UPDATED_AT = ? WHERE CODE = ?")) {
                ps.setString(1, body.name().trim());
                Db.setNullable(ps, 2, body.latitude(), Types.DOUBLE);
                Db.setNullable(ps, 3, body.longitude(), Types.DOUBLE);
                ps.setLong(4, clock.millis());
                ps.setString(5, code);
                ps.executeUpdate();
            }
            audit.record(c, actor, "personnel.unit.update", "unit", code, AuditJson.of(before),
                    AuditJson.of(unit(c, code).orElseThrow()));
            return null;
        });
        return unit(code).orElseThrow();
    }

    // ---------------------------------------------------------------- search

    /** Search filters; null means "any". */
    public record Query(String q, String unitCode, String rank, PositionType positionType, EmployeeStatus status,
                        EmploymentType employmentType, String sort) {
    }

    static final Map<String, String> SORTS = Map.of(
            "name", "e.NAME_KEY, e.NIP", "-name", "e.NAME_KEY DESC, e.NIP DESC",
            "nip", "e.NIP", "-nip", "e.NIP DESC",
            "rank", "e.RANK_ORDER DESC, e.RANK_TMT, e.NIP", "-rank", "e.RANK_ORDER, e.RANK_TMT DESC, e.NIP",
            "birthDate", "e.BIRTH_DATE, e.NIP", "-birthDate", "e.BIRTH_DATE DESC, e.NIP");

    public static String nameKey(String name) {
        return SPACES.matcher(name.trim()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }

    /** The SQL WHERE (after "WHERE 1=1") for {@code q} within {@code scope}; parameters appended. */
    String where(Connection c, Query q, Scope scope, List<Object> params) throws SQLException {
        StringBuilder w = new StringBuilder();
        if (q.q() != null && !q.q().isBlank()) {
            String t = q.q().trim();
            if (DIGITS.matcher(t).matches()) {
                w.append(" AND e.NIP >= ? AND e.NIP < ?");
                params.add(t);
                params.add(t + ":");
            } else {
                String key = nameKey(t);
                w.append(" AND e.NAME_KEY >= ? AND e.NAME_KEY < ?");
                params.add(key);
                params.add(key + '\uffff');
            }
        }
        if (q.unitCode() != null && !q.unitCode().isBlank()) {
            String path = unitPath(c, q.unitCode());
            if (path == null) {
                throw ProblemException.invalid(List.of(new FieldError("unit", "unit tidak ada / no such unit")));
            }
            w.append(" AND e.UNIT_PATH LIKE ?");
            params.add(path + "%");
        }
        if (q.rank() != null && !q.rank().isBlank()) {
            Rank r = Rank.parse(q.rank());
            w.append(" AND e.RANK_CODE = ?");
            params.add(r != null ? r.code() : q.rank().trim().toUpperCase(Locale.ROOT));
        }
        if (q.positionType() != null) {
            w.append(" AND e.POSITION_TYPE = ?");
            params.add(q.positionType().name());
        }
        if (q.status() != null) {
            w.append(" AND e.STATUS = ?");
            params.add(q.status().name());
        }
        if (q.employmentType() != null) {
            w.append(" AND e.EMPLOYMENT_TYPE = ?");
            params.add(q.employmentType().name());
        }
        w.append(scope.condition(params));
        return w.toString();
    }

    static String orderBy(String sort) {
        String s = sort == null || sort.isBlank() ? "name" : sort.trim();
        String sql = SORTS.get(s);
        if (sql == null) {
            throw ProblemException.invalid(List.of(new FieldError("sort",
                    "salah satu dari / one of " + new java.util.TreeSet<>(SORTS.keySet()))));
        }
        return sql;
    }

    public Page<EmployeeSummary> search(Viewer viewer, Query q, int page, int size) {
        Scope scope = scope(viewer);
        boolean byNip = (q.sort() == null || q.sort().isBlank()) && q.q() != null && DIGITS.matcher(q.q().trim()).matches();
        String order = orderBy(byNip ? "nip" : q.sort());
        return db.read(c -> {
            List<Object> params = new ArrayList<>();
            String where = where(c, q, scope, params);
            long total;
            String from = " FROM PERSONNEL_EMPLOYEE e" + indexHint(q) + " WHERE 1 = 1";
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT COUNT(*)" + from + where), params.toArray());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            // The page's ids from the employee table alone (index order, stops after the page), then their rows.
            List<Long> ids = new ArrayList<>(size);
            List<Object> p2 = new ArrayList<>(params);
            p2.add((long) page * size);
            p2.add(size);
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT e.ID" + from + where + " ORDER BY " + order
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"), p2.toArray());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return new Page<>(rowsById(c, ids).stream().map(EmployeeRow::summary).toList(), page, size, total);
        });
    }

    /**
     * For a name prefix within a unit Derby's optimizer may pick the unit index and sort the whole unit (25+ ms for
     * a 50,000-employee unit at 120,000, measured); the name index covers the unit and scope filters, so a name
     * prefix names it. The hint is a comment (ended by the line break) that PostgreSQL ignores.
     */
    static String indexHint(Query q) {
        if (q.q() == null || q.q().isBlank() || DIGITS.matcher(q.q().trim()).matches()) {
            return "";
        }
        return " --DERBY-PROPERTIES index=IX_PERSONNEL_EMPLOYEE_NAME\n";
    }

    /** The rows of {@code ids}, in that order. */
    static List<EmployeeRow> rowsById(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EmployeeRow> byId = new HashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT " + EmployeeRow.COLUMNS + EmployeeRow.FROM
                + " WHERE e.ID IN (" + marks + ")"), ids.toArray()); ResultSet rs = ps.executeQuery()) {
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

    /** Every row matching {@code q} within the viewer's scope, in order, for export. */
    public void forEach(Viewer viewer, Query q, java.util.function.Consumer<EmployeeRow> sink) {
        Scope scope = scope(viewer);
        String order = orderBy(q.sort());
        db.read(c -> {
            List<Object> params = new ArrayList<>();
            String where = where(c, q, scope, params);
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT " + EmployeeRow.COLUMNS + EmployeeRow.FROM
                    + " WHERE 1 = 1" + where + " ORDER BY " + order), params.toArray())) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(EmployeeRow.read(rs));
                    }
                }
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- one employee

    static Optional<EmployeeRow> row(Connection c, String nip) throws SQLException {
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT " + EmployeeRow.COLUMNS + EmployeeRow.FROM
                + " WHERE e.NIP = ?"), nip); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(EmployeeRow.read(rs)) : Optional.empty();
        }
    }

    /** The row of an employee {@code viewer} may see, else 404. */
    EmployeeRow visible(Viewer viewer, String nip) {
        return visible(scope(viewer), nip);
    }

    EmployeeRow visible(Scope scope, String nip) {
        EmployeeRow r = db.read(c -> row(c, nip)).orElseThrow(() -> notVisible(nip));
        if (!scope.sees(r.nip(), r.supervisorNip(), r.unitPath())) {
            throw notVisible(nip);
        }
        return r;
    }

    /** The row of an employee {@code viewer} may edit: 404 when not visible, 403 when visible but not editable. */
    EmployeeRow editable(Viewer viewer, String nip) {
        return editable(scope(viewer), nip);
    }

    EmployeeRow editable(Scope scope, String nip) {
        EmployeeRow r = visible(scope, nip);
        if (!scope.edits(r.unitPath())) {
            throw cannotEdit(nip);
        }
        return r;
    }

    public Employee get(Viewer viewer, String nip) {
        return employee(visible(viewer, nip));
    }

    @Override
    public Optional<EmployeeSummary> find(String nip) {
        return db.read(c -> row(c, nip)).map(EmployeeRow::summary);
    }

    @Override
    public List<String> subordinates(String supervisorNip) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT NIP FROM PERSONNEL_EMPLOYEE WHERE "
                    + "SUPERVISOR_NIP = ? AND STATUS = 'ACTIVE' ORDER BY NAME_KEY"), supervisorNip);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    Employee employee(EmployeeRow r) {
        return db.read(c -> {
            List<RankEntry> ranks = ranks(c, r.id(), r.employmentType());
            List<PositionEntry> positions = positions(c, r.id());
            RankEntry rank = ranks.isEmpty() ? null : ranks.get(ranks.size() - 1);
            PositionEntry pos = positions.isEmpty() ? null : positions.get(positions.size() - 1);
            return new Employee(r.nip(), r.frontTitle(), r.name(), r.backTitle(), r.fullName(), r.birthPlace(),
                    r.birthDate(), r.gender(), r.religion(), r.maritalStatus(), r.address(), r.phone(), r.email(),
                    r.employmentType(), r.status(), r.cpnsDate(), r.pnsDate(), r.unitCode(), r.unitName(),
                    r.supervisorNip(), rank, pos, derived(r), r.version());
        });
    }

    Employee.Derived derived(EmployeeRow r) {
        Derivations d = derivations;
        LocalDate today = today();
        Period service = Derivations.serviceLength(r.cpnsDate(), today);
        Career career = r.career();
        Derivations.Promotion promo = d.promotion(career);
        Derivations.SalaryStep step = d.nextSalaryStep(career, today);
        return new Employee.Derived(service.getYears(), service.getMonths(), promo.basis(), promo.date(),
                promo.to() == null ? null : promo.to().code(), promo.rule(), step == null ? null : step.date(),
                step == null ? null : step.mkgYears(), d.salaryStepRule(career), d.retirementAge(career),
                d.retirementDate(career), d.retirementRule(career), d.rules().name());
    }

    // ---------------------------------------------------------------- create / update

    /** Validates an employee body; {@code existing} is null on create. */
    public List<FieldError> validate(EmployeeInput b, EmployeeRow existing) {
        Validation v = new Validation();
        if (existing == null) {
            v.required("nip", b.nip());
        }
        v.required("name", b.name()).maxLength("name", b.name(), 120)
                .maxLength("frontTitle", b.frontTitle(), 40).maxLength("backTitle", b.backTitle(), 60)
                .required("birthPlace", b.birthPlace()).maxLength("birthPlace", b.birthPlace(), 80)
                .required("birthDate", b.birthDate()).required("gender", b.gender())
                .required("employmentType", b.employmentType()).required("cpnsDate", b.cpnsDate())
                .required("unitCode", b.unitCode())
                .maxLength("address", b.address(), 300)
                .matches("email", b.email(), EMAIL, "alamat surel tidak valid / invalid e-mail address")
                .maxLength("email", b.email(), 120)
                .matches("phone", b.phone(), PHONE, "nomor telepon 6-20 angka / phone number of 6-20 digits")
                .matches("supervisorNip", b.supervisorNip(), NIP18,
                        "NIP terdiri dari 18 angka / a NIP has 18 digits");
        if (b.religion() != null && !b.religion().isBlank()) {
            v.check(RELIGIONS.contains(b.religion().trim().toUpperCase(Locale.ROOT)), "religion",
                    "salah satu dari / one of " + new java.util.TreeSet<>(RELIGIONS));
        }
        if (b.maritalStatus() != null && !b.maritalStatus().isBlank()) {
            v.check(MARITAL.contains(b.maritalStatus().trim().toUpperCase(Locale.ROOT)), "maritalStatus",
                    "salah satu dari / one of " + new java.util.TreeSet<>(MARITAL));
        }
        LocalDate today = today();
        if (b.birthDate() != null) {
            v.check(b.birthDate().isBefore(today.minusYears(15)) && b.birthDate().isAfter(LocalDate.of(1920, 1, 1)),
                    "birthDate", "tanggal lahir tidak masuk akal / implausible birth date");
        }
        if (b.cpnsDate() != null && b.birthDate() != null) {
            v.check(b.cpnsDate().isAfter(b.birthDate().plusYears(15)), "cpnsDate",
                    "TMT sebelum usia 15 tahun / TMT before the age of 15");
        }
        if (b.pnsDate() != null && b.cpnsDate() != null) {
            v.check(!b.pnsDate().isBefore(b.cpnsDate()), "pnsDate", "sebelum TMT CPNS / before the TMT CPNS");
        }
        if (b.employmentType() == EmploymentType.CPNS && b.pnsDate() != null) {
            v.check(false, "pnsDate", "CPNS belum punya TMT PNS / a CPNS has no TMT PNS yet");
        }
        String nip = existing == null ? b.nip() : existing.nip();
        if (existing != null && b.nip() != null && !b.nip().equals(existing.nip())) {
            v.check(false, "nip", "NIP tidak dapat diubah / the NIP cannot change");
        }
        if (nip != null && b.employmentType() != null) {
            if (b.employmentType().hasPnsNip()) {
                if (b.birthDate() != null && b.cpnsDate() != null && b.gender() != null) {
                    for (FieldError e : Nip.check(nip, b.birthDate(), b.cpnsDate(), b.gender())) {
                        v.check(false, e.field(), e.message());
                    }
                } else {
                    v.matches("nip", nip, NIP18, "NIP terdiri dari 18 angka / a NIP has 18 digits");
                }
            } else {
                v.matches("nip", nip, NIP18,
                        "nomor PPPK terdiri dari 18 angka / a PPPK number has 18 digits");
            }
        }
        if (nip != null && nip.equals(b.supervisorNip())) {
            v.check(false, "supervisorNip", "bukan diri sendiri / not the employee themself");
        }
        if (existing == null && b.rank() != null && !b.rank().isBlank()) {
            v.check(RankCodes.canonical(b.employmentType(), b.rank()) != null, "rank",
                    b.employmentType() == EmploymentType.PPPK ? "golongan PPPK I-XVII / PPPK grade I-XVII"
                            : "golongan I/a-IV/e / rank I/a-IV/e");
        }
        if (existing == null && b.positionType() != null) {
            v.required("positionName", b.positionName()).maxLength("positionName", b.positionName(), 200);
            v.check((b.positionType() == PositionType.FUNGSIONAL) == (b.positionLevel() != null), "positionLevel",
                    "jenjang hanya dan wajib untuk jabatan fungsional / a level is required for, and only for, "
                            + "functional positions");
        }
        return v.errors();
    }

    public Employee create(Viewer viewer, EmployeeInput b) {
        List<FieldError> errors = new ArrayList<>(validate(b, null));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Scope scope = scope(viewer);
        EmployeeRow created = db.tx(c -> {
            UnitRef unit = existingUnit(c, b.unitCode(), "unitCode");
            if (!scope.edits(unit.path())) {
                throw ProblemException.forbidden("Anda hanya dapat menambah pegawai di unit Anda / You may add "
                        + "employees only to your own unit");
            }
            if (row(c, b.nip()).isPresent()) {
                throw ProblemException.conflict("NIP " + b.nip() + " sudah terdaftar / is already registered");
            }
            checkSupervisor(c, scope, b.nip(), b.supervisorNip(), null);
            long id = insertEmployee(c, b, unit.id(), unit.path(), clock.millis());
            String rank = RankCodes.canonical(b.employmentType(), b.rank());
            if (rank != null) {
                insertRank(c, id, b.employmentType(), new RankEntry(null, rank, null,
                        b.rankTmt() != null ? b.rankTmt() : b.cpnsDate(), null, null, 0, 0));
            }
            if (b.positionType() != null) {
                insertPosition(c, id, new PositionEntry(null, b.positionType(), b.positionLevel(), b.positionName().trim(),
                        b.unitCode(), b.positionTmt() != null ? b.positionTmt() : b.cpnsDate(), null, null));
            }
            refreshCurrent(c, id);
            EmployeeRow r = row(c, b.nip()).orElseThrow();
            audit.record(c, viewer.username(), "personnel.employee.create", "employee", r.nip(), null,
                    AuditJson.of(r.summary()));
            return r;
        });
        post(PersonnelEvents.EMPLOYEE_CREATED, viewer.username(), created, Map.of());
        return employee(created);
    }

    /**
     * A new supervisor must be a registered employee within the caller's own editing scope: a unit operator may name
     * only someone of their unit subtree (a supervisor elsewhere is HR's decision, since it gives that person read
     * access to the employee). Unknown and out-of-scope NIPs get the same answer, so the answer does not tell which
     * NIPs exist. An unchanged supervisor is not checked again (HR may have set one outside the unit).
     */
    static void checkSupervisor(Connection c, Scope scope, String nip, String supervisorNip, String previous)
            throws SQLException {
        String sup = blankToNull(supervisorNip);
        if (sup == null || sup.equals(previous)) {
            return;
        }
        if (sup.equals(nip)) {
            throw ProblemException.invalid(List.of(new FieldError("supervisorNip",
                    "pegawai tidak dapat menjadi atasannya sendiri / an employee cannot supervise themselves")));
        }
        Optional<EmployeeRow> r = row(c, sup);
        if (r.isEmpty() || !scope.edits(r.get().unitPath())) {
            throw ProblemException.invalid(List.of(new FieldError("supervisorNip", scope.all()
                    ? "atasan tidak terdaftar / no such employee"
                    : "atasan harus pegawai terdaftar di unit Anda; atasan di luar unit ditetapkan BKPSDM / the "
                            + "supervisor must be a registered employee of your unit; HR sets supervisors outside it")));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String upperOrNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    static final String INSERT_EMPLOYEE = "INSERT INTO PERSONNEL_EMPLOYEE (NIP, NAME, NAME_KEY, FRONT_TITLE, "
            + "BACK_TITLE, BIRTH_PLACE, BIRTH_DATE, GENDER, RELIGION, MARITAL_STATUS, ADDRESS, PHONE, EMAIL, "
            + "EMPLOYMENT_TYPE, STATUS, CPNS_DATE, PNS_DATE, UNIT_ID, SUPERVISOR_NIP, EDUCATION_ORDER, "
            + "STRUCTURAL_TRAININGS, VERSION, CREATED_AT, UPDATED_AT, UNIT_PATH) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 1, ?, ?, ?)";

    static void bindEmployee(PreparedStatement ps, EmployeeInput b, long unitId, String unitPath, long now)
            throws SQLException {
        Db.bind(ps, b.nip(), b.name().trim(), nameKey(b.name()), blankToNull(b.frontTitle()),
                blankToNull(b.backTitle()), b.birthPlace().trim(), b.birthDate(), b.gender(),
                upperOrNull(b.religion()), upperOrNull(b.maritalStatus()), blankToNull(b.address()),
                blankToNull(b.phone()), blankToNull(b.email()), b.employmentType(),
                b.status() == null ? EmployeeStatus.ACTIVE : b.status(), b.cpnsDate(), b.pnsDate(), unitId,
                blankToNull(b.supervisorNip()), now, now, unitPath);
    }

    static long insertEmployee(Connection c, EmployeeInput b, long unitId, String unitPath, long now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_EMPLOYEE, Statement.RETURN_GENERATED_KEYS)) {
            bindEmployee(ps, b, unitId, unitPath, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public Employee update(Viewer viewer, String nip, EmployeeInput b) {
        Scope scope = scope(viewer);
        EmployeeRow before = editable(scope, nip);
        List<FieldError> errors = new ArrayList<>(validate(b, before));
        if (b.version() == null) {
            errors.add(new FieldError("version", "wajib diisi (dari GET) / is required (from GET)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        EmployeeRow after = db.tx(c -> {
            UnitRef unit = existingUnit(c, b.unitCode(), "unitCode");
            if (!scope.edits(unit.path())) {
                throw ProblemException.forbidden("Pemindahan ke luar unit Anda hanya oleh BKPSDM / Only HR may move an "
                        + "employee out of your unit");
            }
            checkSupervisor(c, scope, nip, b.supervisorNip(), before.supervisorNip());
            EmployeeStatus status = b.status() == null ? before.status() : b.status();
            int n;
            try (PreparedStatement ps = Db.bind(c.prepareStatement("UPDATE PERSONNEL_EMPLOYEE SET NAME = ?, NAME_KEY = ?, "
                    + "FRONT_TITLE = ?, BACK_TITLE = ?, BIRTH_PLACE = ?, BIRTH_DATE = ?, GENDER = ?, RELIGION = ?, "
                    + "MARITAL_STATUS = ?, ADDRESS = ?, PHONE = ?, EMAIL = ?, EMPLOYMENT_TYPE = ?, STATUS = ?, "
                    + "CPNS_DATE = ?, PNS_DATE = ?, UNIT_ID = ?, SUPERVISOR_NIP = ?, VERSION = VERSION + 1, "
                    + "UPDATED_AT = ?, UNIT_PATH = ? WHERE ID = ? AND VERSION = ?"),
                    b.name().trim(), nameKey(b.name()), blankToNull(b.frontTitle()), blankToNull(b.backTitle()),
                    b.birthPlace().trim(), b.birthDate(), b.gender(), upperOrNull(b.religion()),
                    upperOrNull(b.maritalStatus()), blankToNull(b.address()), blankToNull(b.phone()),
                    blankToNull(b.email()), b.employmentType(), status, b.cpnsDate(), b.pnsDate(),
                    unit.id(), blankToNull(b.supervisorNip()), clock.millis(), unit.path(), before.id(),
                    b.version())) {
                n = ps.executeUpdate();
            }
            if (n == 0) {
                throw ProblemException.conflict("Data pegawai telah diubah orang lain; muat ulang / The record was "
                        + "changed by someone else; reload it (version " + b.version() + " is stale)");
            }
            if (!before.unitCode().equals(b.unitCode())) {
                try (PreparedStatement ps = Db.bind(c.prepareStatement("INSERT INTO PERSONNEL_TRANSFER_HISTORY "
                        + "(EMPLOYEE_ID, FROM_UNIT_CODE, TO_UNIT_CODE, TMT, RECORDED_BY) VALUES (?, ?, ?, ?, ?)"),
                        before.id(), before.unitCode(), b.unitCode(), today(), viewer.username())) {
                    ps.executeUpdate();
                }
            }
            EmployeeRow r = row(c, nip).orElseThrow();
            audit.record(c, viewer.username(), "personnel.employee.update", "employee", nip,
                    AuditJson.of(before.summary()), AuditJson.of(r.summary()));
            return r;
        });
        if (!before.unitCode().equals(after.unitCode())) {
            post(PersonnelEvents.EMPLOYEE_TRANSFERRED, viewer.username(), after,
                    Map.of(PersonnelEvents.FROM_UNIT_CODE, before.unitCode()));
        }
        if (after.status().leftService() && !before.status().leftService()) {
            post(PersonnelEvents.EMPLOYEE_LEFT, viewer.username(), after,
                    Map.of(PersonnelEvents.STATUS, after.status().name()));
        }
        return employee(after);
    }

    // ---------------------------------------------------------------- rank and position histories

    static List<RankEntry> ranks(Connection c, long employeeId, EmploymentType type) throws SQLException {
        List<RankEntry> out = new ArrayList<>();
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, RANK_CODE, TMT, DECREE_NUMBER, DECREE_DATE, "
                + "SERVICE_YEARS, SERVICE_MONTHS FROM PERSONNEL_RANK_HISTORY WHERE EMPLOYEE_ID = ? ORDER BY TMT, ID"),
                employeeId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString("RANK_CODE");
                out.add(new RankEntry(rs.getLong("ID"), code, RankCodes.pangkat(type, code), Db.date(rs, "TMT"),
                        rs.getString("DECREE_NUMBER"), Db.date(rs, "DECREE_DATE"), Db.integer(rs, "SERVICE_YEARS"),
                        Db.integer(rs, "SERVICE_MONTHS")));
            }
        }
        return out;
    }

    static List<PositionEntry> positions(Connection c, long employeeId) throws SQLException {
        List<PositionEntry> out = new ArrayList<>();
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, POSITION_TYPE, POSITION_LEVEL, NAME, "
                + "UNIT_CODE, TMT, DECREE_NUMBER, DECREE_DATE FROM PERSONNEL_POSITION_HISTORY WHERE EMPLOYEE_ID = ? "
                + "ORDER BY TMT, ID"), employeeId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PositionEntry(rs.getLong("ID"), Db.enumOf(PositionType.class, rs.getString("POSITION_TYPE")),
                        Db.enumOf(FunctionalLevel.class, rs.getString("POSITION_LEVEL")), rs.getString("NAME"),
                        rs.getString("UNIT_CODE"), Db.date(rs, "TMT"), rs.getString("DECREE_NUMBER"),
                        Db.date(rs, "DECREE_DATE")));
            }
        }
        return out;
    }

    public List<RankEntry> ranks(Viewer viewer, String nip) {
        EmployeeRow r = visible(viewer, nip);
        return db.read(c -> ranks(c, r.id(), r.employmentType()));
    }

    public List<PositionEntry> positions(Viewer viewer, String nip) {
        EmployeeRow r = visible(viewer, nip);
        return db.read(c -> positions(c, r.id()));
    }

    /**
     * Moves an employee to another unit under a decree (SK mutasi): the unit changes, the transfer is recorded with
     * its TMT and SK, and EmployeeTransferred goes out. A unit operator may move staff only within their unit.
     */
    public TransferEntry transfer(Viewer viewer, String nip, TransferEntry body) {
        Scope scope = scope(viewer);
        EmployeeRow before = editable(scope, nip);
        Validation v = new Validation();
        v.required("toUnitCode", body.toUnitCode()).required("tmt", body.tmt())
                .maxLength("decreeNumber", body.decreeNumber(), 100);
        if (body.tmt() != null) {
            v.check(!body.tmt().isBefore(before.cpnsDate()), "tmt", "sebelum TMT CPNS / before the TMT CPNS");
        }
        v.check(body.toUnitCode() == null || !body.toUnitCode().equals(before.unitCode()), "toUnitCode",
                "sudah di unit ini / already in this unit");
        v.throwIfInvalid();
        EmployeeRow after = db.tx(c -> {
            UnitRef unit = existingUnit(c, body.toUnitCode(), "toUnitCode");
            if (!scope.edits(unit.path())) {
                throw ProblemException.forbidden("Pemindahan ke luar unit Anda hanya oleh BKPSDM / Only HR may move an "
                        + "employee out of your unit");
            }
            try (PreparedStatement ps = Db.bind(c.prepareStatement("UPDATE PERSONNEL_EMPLOYEE SET UNIT_ID = ?, "
                    + "UNIT_PATH = ?, VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?"),
                    unit.id(), unit.path(), clock.millis(), before.id())) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = Db.bind(c.prepareStatement("INSERT INTO PERSONNEL_TRANSFER_HISTORY (EMPLOYEE_ID, "
                    + "FROM_UNIT_CODE, TO_UNIT_CODE, TMT, DECREE_NUMBER, DECREE_DATE, RECORDED_BY) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    before.id(), before.unitCode(), body.toUnitCode(), body.tmt(), blankToNull(body.decreeNumber()),
                    body.decreeDate(), viewer.username())) {
                ps.executeUpdate();
            }
            EmployeeRow r = row(c, nip).orElseThrow();
            audit.record(c, viewer.username(), "personnel.employee.transfer", "employee", nip,
                    AuditJson.of(before.summary()), AuditJson.of(r.summary()));
            return r;
        });
        post(PersonnelEvents.EMPLOYEE_TRANSFERRED, viewer.username(), after,
                Map.of(PersonnelEvents.FROM_UNIT_CODE, before.unitCode()));
        return transfers(viewer, nip).stream().max(Comparator.comparing(TransferEntry::id)).orElseThrow();
    }

    public List<TransferEntry> transfers(Viewer viewer, String nip) {
        EmployeeRow r = visible(viewer, nip);
        return db.read(c -> {
            List<TransferEntry> out = new ArrayList<>();
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, FROM_UNIT_CODE, TO_UNIT_CODE, TMT, "
                    + "DECREE_NUMBER, DECREE_DATE, RECORDED_BY FROM PERSONNEL_TRANSFER_HISTORY WHERE EMPLOYEE_ID = ? "
                    + "ORDER BY TMT, ID"), r.id()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TransferEntry(rs.getLong("ID"), rs.getString("FROM_UNIT_CODE"),
                            rs.getString("TO_UNIT_CODE"), Db.date(rs, "TMT"), rs.getString("DECREE_NUMBER"),
                            Db.date(rs, "DECREE_DATE"), rs.getString("RECORDED_BY")));
                }
            }
            return out;
        });
    }

    static void insertRank(Connection c, long employeeId, EmploymentType type, RankEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_RANK_HISTORY (EMPLOYEE_ID, RANK_CODE, "
                + "RANK_ORDER, TMT, DECREE_NUMBER, DECREE_DATE, SERVICE_YEARS, SERVICE_MONTHS) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindRank(ps, employeeId, type, e);
            ps.executeUpdate();
        }
    }

    static void bindRank(PreparedStatement ps, long employeeId, EmploymentType type, RankEntry e) throws SQLException {
        ps.setLong(1, employeeId);
        ps.setString(2, e.rank());
        ps.setInt(3, RankCodes.order(type, e.rank()));
        Db.setNullable(ps, 4, e.tmt(), Types.DATE);
        Db.setNullable(ps, 5, blankToNull(e.decreeNumber()), Types.VARCHAR);
        Db.setNullable(ps, 6, e.decreeDate(), Types.DATE);
        Db.setNullable(ps, 7, e.serviceYears(), Types.INTEGER);
        Db.setNullable(ps, 8, e.serviceMonths(), Types.INTEGER);
    }

    static void insertPosition(Connection c, long employeeId, PositionEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_POSITION_HISTORY (EMPLOYEE_ID, "
                + "POSITION_TYPE, POSITION_LEVEL, NAME, UNIT_CODE, TMT, DECREE_NUMBER, DECREE_DATE) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindPosition(ps, employeeId, e);
            ps.executeUpdate();
        }
    }

    static void bindPosition(PreparedStatement ps, long employeeId, PositionEntry e) throws SQLException {
        ps.setLong(1, employeeId);
        ps.setString(2, e.type().name());
        Db.setNullable(ps, 3, e.level(), Types.VARCHAR);
        ps.setString(4, e.name());
        Db.setNullable(ps, 5, blankToNull(e.unitCode()), Types.VARCHAR);
        Db.setNullable(ps, 6, e.tmt(), Types.DATE);
        Db.setNullable(ps, 7, blankToNull(e.decreeNumber()), Types.VARCHAR);
        Db.setNullable(ps, 8, e.decreeDate(), Types.DATE);
    }

    /** For bulk writers: {@link #refreshCurrent} of one employee within their transaction. */
    public static void refreshCurrentOf(Connection c, long employeeId) throws SQLException {
        refreshCurrent(c, employeeId);
    }

    /** Rewrites the derived columns (current rank and position, DUK inputs) from the histories. */
    static void refreshCurrent(Connection c, long employeeId) throws SQLException {
        String rank = null;
        Integer rankOrder = null;
        LocalDate rankTmt = null;
        Integer rankMkg = null;
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT RANK_CODE, RANK_ORDER, TMT, SERVICE_YEARS, "
                + "SERVICE_MONTHS FROM "
                + "PERSONNEL_RANK_HISTORY WHERE EMPLOYEE_ID = ? ORDER BY TMT DESC, ID DESC FETCH FIRST 1 ROWS ONLY"),
                employeeId); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                rank = rs.getString(1);
                rankOrder = rs.getInt(2);
                rankTmt = Db.date(rs, "TMT");
                Integer y = Db.integer(rs, "SERVICE_YEARS");
                Integer m = Db.integer(rs, "SERVICE_MONTHS");
                rankMkg = y == null && m == null ? null : (y == null ? 0 : y) * 12 + (m == null ? 0 : m);
            }
        }
        String pType = null;
        String pLevel = null;
        String pName = null;
        LocalDate pTmt = null;
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT POSITION_TYPE, POSITION_LEVEL, NAME, TMT FROM "
                + "PERSONNEL_POSITION_HISTORY WHERE EMPLOYEE_ID = ? ORDER BY TMT DESC, ID DESC FETCH FIRST 1 ROWS ONLY"),
                employeeId); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                pType = rs.getString(1);
                pLevel = rs.getString(2);
                pName = rs.getString(3);
                pTmt = Db.date(rs, "TMT");
            }
        }
        int education = 0;
        try (PreparedStatement ps = Db.bind(c.prepareStatement(
                "SELECT EDU_LEVEL FROM PERSONNEL_EDUCATION WHERE EMPLOYEE_ID = ?"), employeeId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                education = Math.max(education, Duk.educationOrder(rs.getString(1)));
            }
        }
        int trainings;
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_TRAINING WHERE "
                + "EMPLOYEE_ID = ? AND KIND = 'STRUKTURAL'"), employeeId); ResultSet rs = ps.executeQuery()) {
            rs.next();
            trainings = rs.getInt(1);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE PERSONNEL_EMPLOYEE SET RANK_CODE = ?, RANK_ORDER = ?, "
                + "RANK_TMT = ?, RANK_MKG_MONTHS = ?, POSITION_TYPE = ?, POSITION_LEVEL = ?, POSITION_NAME = ?, "
                + "POSITION_TMT = ?, EDUCATION_ORDER = ?, STRUCTURAL_TRAININGS = ?, VERSION = VERSION + 1 WHERE ID = ?")) {
            Db.setNullable(ps, 1, rank, Types.VARCHAR);
            Db.setNullable(ps, 2, rankOrder, Types.INTEGER);
            Db.setNullable(ps, 3, rankTmt, Types.DATE);
            Db.setNullable(ps, 4, rankMkg, Types.INTEGER);
            Db.setNullable(ps, 5, pType, Types.VARCHAR);
            Db.setNullable(ps, 6, pLevel, Types.VARCHAR);
            Db.setNullable(ps, 7, pName, Types.VARCHAR);
            Db.setNullable(ps, 8, pTmt, Types.DATE);
            ps.setInt(9, education);
            ps.setInt(10, trainings);
            ps.setLong(11, employeeId);
            ps.executeUpdate();
        }
    }

    public RankEntry addRank(Viewer viewer, String nip, RankEntry body) {
        EmployeeRow before = editable(viewer, nip);
        Validation v = new Validation();
        String code = RankCodes.canonical(before.employmentType(), body.rank());
        v.required("rank", body.rank()).check(body.rank() == null || code != null, "rank",
                before.employmentType() == EmploymentType.PPPK ? "golongan PPPK I-XVII / PPPK grade I-XVII"
                        : "golongan I/a-IV/e / rank I/a-IV/e");
        v.required("tmt", body.tmt()).maxLength("decreeNumber", body.decreeNumber(), 100);
        if (body.tmt() != null) {
            v.check(!body.tmt().isBefore(before.cpnsDate()), "tmt", "sebelum TMT CPNS / before the TMT CPNS");
        }
        v.check(body.serviceYears() == null || (body.serviceYears() >= 0 && body.serviceYears() <= 50), "serviceYears",
                "0-50").check(body.serviceMonths() == null || (body.serviceMonths() >= 0 && body.serviceMonths() <= 11),
                "serviceMonths", "0-11");
        v.throwIfInvalid();
        RankEntry entry = new RankEntry(null, code, null, body.tmt(), body.decreeNumber(), body.decreeDate(),
                body.serviceYears(), body.serviceMonths());
        EmployeeRow after = db.tx(c -> {
            insertRank(c, before.id(), before.employmentType(), entry);
            refreshCurrent(c, before.id());
            audit.record(c, viewer.username(), "personnel.rank.add", "employee", nip, null, AuditJson.of(entry));
            return row(c, nip).orElseThrow();
        });
        if (!java.util.Objects.equals(before.rankCode(), after.rankCode())) {
            post(PersonnelEvents.RANK_CHANGED, viewer.username(), after, Map.of(PersonnelEvents.RANK, after.rankCode()));
        }
        List<RankEntry> all = ranks(viewer, nip);
        return all.stream().max(Comparator.comparing(RankEntry::id)).orElseThrow();
    }

    public PositionEntry addPosition(Viewer viewer, String nip, PositionEntry body) {
        Scope scope = scope(viewer);
        EmployeeRow before = editable(scope, nip);
        Validation v = new Validation();
        v.required("type", body.type()).required("name", body.name()).maxLength("name", body.name(), 200)
                .required("tmt", body.tmt()).maxLength("decreeNumber", body.decreeNumber(), 100);
        if (body.type() != null) {
            v.check((body.type() == PositionType.FUNGSIONAL) == (body.level() != null), "level",
                    "jenjang hanya dan wajib untuk jabatan fungsional / a level is required for, and only for, "
                            + "functional positions");
        }
        if (body.tmt() != null) {
            v.check(!body.tmt().isBefore(before.cpnsDate()), "tmt", "sebelum TMT CPNS / before the TMT CPNS");
        }
        v.throwIfInvalid();
        PositionEntry entry = new PositionEntry(null, body.type(), body.level(), body.name().trim(),
                body.unitCode() == null ? before.unitCode() : body.unitCode(), body.tmt(), body.decreeNumber(),
                body.decreeDate());
        EmployeeRow after = db.tx(c -> {
            String posPath = entry.unitCode() == null ? null : unitPath(c, entry.unitCode());
            if (entry.unitCode() != null && posPath == null) {
                throw ProblemException.invalid(List.of(new FieldError("unitCode", "unit tidak ada / no such unit")));
            }
            if (posPath != null && !scope.edits(posPath)) {
                throw ProblemException.forbidden("Jabatan di luar unit Anda hanya oleh BKPSDM / Only HR may record a "
                        + "position outside your unit");
            }
            insertPosition(c, before.id(), entry);
            refreshCurrent(c, before.id());
            audit.record(c, viewer.username(), "personnel.position.add", "employee", nip, null, AuditJson.of(entry));
            return row(c, nip).orElseThrow();
        });
        if (!java.util.Objects.equals(before.positionName(), after.positionName())
                || before.positionType() != after.positionType() || before.positionLevel() != after.positionLevel()) {
            Map<String, Object> extra = new HashMap<>();
            extra.put(PersonnelEvents.POSITION_TYPE, after.positionType() == null ? "" : after.positionType().name());
            extra.put(PersonnelEvents.POSITION_NAME, after.positionName() == null ? "" : after.positionName());
            post(PersonnelEvents.POSITION_CHANGED, viewer.username(), after, extra);
        }
        return positions(viewer, nip).stream().max(Comparator.comparing(PositionEntry::id)).orElseThrow();
    }

    /** Deletes a wrong rank or position entry (a data-entry correction); derived values follow. */
    public void deleteHistory(Viewer viewer, String nip, String table, long id) {
        EmployeeRow before = editable(viewer, nip);
        String t = switch (table) {
            case "ranks" -> "PERSONNEL_RANK_HISTORY";
            case "positions" -> "PERSONNEL_POSITION_HISTORY";
            default -> throw new IllegalArgumentException(table);
        };
        EmployeeRow after = db.tx(c -> {
            int n;
            try (PreparedStatement ps = Db.bind(c.prepareStatement("DELETE FROM " + t + " WHERE ID = ? AND EMPLOYEE_ID = ?"),
                    id, before.id())) {
                n = ps.executeUpdate();
            }
            if (n == 0) {
                throw ProblemException.notFound("Entri " + id + " tidak ada / Entry " + id + " not found");
            }
            refreshCurrent(c, before.id());
            audit.record(c, viewer.username(), "personnel." + table + ".delete", "employee", nip,
                    "{\"id\":" + id + "}", null);
            return row(c, nip).orElseThrow();
        });
        if (!java.util.Objects.equals(before.rankCode(), after.rankCode()) && after.rankCode() != null) {
            post(PersonnelEvents.RANK_CHANGED, viewer.username(), after, Map.of(PersonnelEvents.RANK, after.rankCode()));
        }
    }

    // ---------------------------------------------------------------- DUK and schedules

    /** A DUK line. */
    public record DukLine(int number, String nip, String fullName, String rank, LocalDate rankTmt,
                          String positionName, int serviceYears, int serviceMonths, LocalDate birthDate,
                          String unitCode) {
    }

    /** The DUK of the active PNS in {@code unitCode} (with its sub-units) or the whole regency, within scope. */
    public Page<DukLine> duk(Viewer viewer, String unitCode, int page, int size) {
        List<EmployeeRow> rows = new ArrayList<>();
        forEach(viewer, new Query(null, unitCode, null, null, EmployeeStatus.ACTIVE, EmploymentType.PNS, "nip"),
                rows::add);
        List<Duk.Entry> entries = new ArrayList<>(rows.size());
        Map<String, EmployeeRow> byNip = new HashMap<>();
        for (EmployeeRow r : rows) {
            byNip.put(r.nip(), r);
            entries.add(new Duk.Entry(r.nip(), r.rankOrder(), r.rankTmt(), r.positionType(), r.positionLevel(),
                    r.cpnsDate(), r.structuralTrainings(), r.educationOrder(), r.birthDate()));
        }
        entries.sort(Duk.ORDER);
        LocalDate today = today();
        List<DukLine> out = new ArrayList<>();
        int from = (int) Math.min((long) page * size, entries.size());
        int to = Math.min(from + size, entries.size());
        for (int i = from; i < to; i++) {
            EmployeeRow r = byNip.get(entries.get(i).nip());
            Period p = Derivations.serviceLength(r.cpnsDate(), today);
            out.add(new DukLine(i + 1, r.nip(), r.fullName(), r.rankCode(), r.rankTmt(), r.positionName(),
                    p.getYears(), p.getMonths(), r.birthDate(), r.unitCode()));
        }
        return new Page<>(out, page, size, entries.size());
    }

    /** A dated item of a schedule (promotion, salary step, retirement). */
    public record ScheduleItem(LocalDate date, String nip, String fullName, String unitCode, String rank,
                               String detail) {
    }

    public enum ScheduleKind { PROMOTIONS, SALARY_STEPS, RETIREMENTS }

    /** Active employees' promotions, salary steps or retirements falling in {@code [from, to]}, by date. */
    public Page<ScheduleItem> schedule(Viewer viewer, ScheduleKind kind, LocalDate from, LocalDate to, String unitCode,
                                       int page, int size) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(10).isBefore(to)) {
            throw ProblemException.invalid(List.of(new FieldError("to",
                    "rentang from..to wajib, paling lama 10 tahun / from..to required, at most 10 years")));
        }
        Derivations d = derivations;
        List<ScheduleItem> items = new ArrayList<>();
        forEach(viewer, new Query(null, unitCode, null, null, EmployeeStatus.ACTIVE, null, "nip"), r -> {
            switch (kind) {
                case PROMOTIONS -> {
                    Derivations.Promotion p = d.promotion(r.career());
                    if (p.date() != null && !p.date().isBefore(from) && !p.date().isAfter(to)) {
                        items.add(new ScheduleItem(p.date(), r.nip(), r.fullName(), r.unitCode(), r.rankCode(),
                                r.rankCode() + " → " + p.to().code()));
                    }
                }
                case SALARY_STEPS -> {
                    for (Derivations.SalaryStep s : d.salarySteps(r.career(), from, to)) {
                        items.add(new ScheduleItem(s.date(), r.nip(), r.fullName(), r.unitCode(), r.rankCode(),
                                "KGB, masa kerja golongan / MKG " + s.mkgYears() + " th/y"));
                    }
                }
                case RETIREMENTS -> {
                    Career career = r.career();
                    LocalDate date = d.retirementDate(career);
                    if (date != null && !date.isBefore(from) && !date.isAfter(to)) {
                        items.add(new ScheduleItem(date, r.nip(), r.fullName(), r.unitCode(), r.rankCode(),
                                "BUP " + d.retirementAge(career)));
                    }
                }
                default -> throw new IllegalStateException();
            }
        });
        items.sort(Comparator.comparing(ScheduleItem::date).thenComparing(ScheduleItem::nip));
        int a = (int) Math.min((long) page * size, items.size());
        int b = Math.min(a + size, items.size());
        return new Page<>(items.subList(a, b), page, size, items.size());
    }

    /** Counts for the dashboard, in one pass over the active employees in scope. */
    public record Summary(long activeEmployees, long retirementsNext12Months, long promotionsNext6Months) {
    }

    public Summary summary(Viewer viewer) {
        Derivations d = derivations;
        LocalDate today = today();
        long[] n = new long[3];
        forEach(viewer, new Query(null, null, null, null, EmployeeStatus.ACTIVE, null, "nip"), r -> {
            n[0]++;
            Career career = r.career();
            LocalDate retire = d.retirementDate(career);
            if (retire != null && !retire.isBefore(today) && !retire.isAfter(today.plusYears(1))) {
                n[1]++;
            }
            LocalDate promo = d.promotion(career).date();
            if (promo != null && !promo.isBefore(today) && !promo.isAfter(today.plusMonths(6))) {
                n[2]++;
            }
        });
        return new Summary(n[0], n[1], n[2]);
    }

    // ---------------------------------------------------------------- events

    void post(String topic, String actor, EmployeeRow r, Map<String, ?> extra) {
        postEvent(topic, actor, r.nip(), r.unitCode(), extra);
    }

    /** Posts {@code topic} about an employee with the platform's and the module's standard properties. */
    public void postEvent(String topic, String actor, String nip, String unitCode, Map<String, ?> extra) {
        EventAdmin ea = events;
        if (ea == null) {
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>(extra);
        props.put(EventTopics.ACTOR, actor);
        props.put(EventTopics.ENTITY_ID, nip);
        props.put(EventTopics.AT, Instant.now(clock).toString());
        props.put(PersonnelEvents.NIP, nip);
        props.put(PersonnelEvents.UNIT_CODE, unitCode);
        ea.postEvent(new Event(topic, props));
    }
}
