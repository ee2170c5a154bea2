package id.serasan.personnel.internal.unit;

import id.serasan.personnel.api.NewUnit;
import id.serasan.personnel.api.Unit;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.UnitRef;
import id.serasan.personnel.internal.store.UnitRepository;
import id.serasan.personnel.internal.store.UnitRepository.UnitRow;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.Validation;
import id.serasan.platform.api.audit.AuditService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The regency's units (OPD tree with office coordinates): listed by everyone, created and renamed by HR. A unit's
 * code and parent never change (employees' rows carry the unit path); a request that tries is refused, not ignored.
 */
@Component(service = UnitService.class)
public class UnitService {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final PersonnelDatabase db;
    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final AuditService audit;
    private final Clock clock;

    @Activate
    public UnitService(@Reference PersonnelDatabase db, @Reference UnitRepository units,
                       @Reference EmployeeRepository employees, @Reference AuditService audit) {
        this.db = db;
        this.units = units;
        this.employees = employees;
        this.audit = audit;
        this.clock = PersonnelTime.clock();
    }

    /** Every unit in tree order, with its code path and active employees. */
    public List<Unit> units() {
        return db.read(c -> {
            List<UnitRow> rows = units.all(c);
            Map<Long, Long> active = employees.activeByUnit(c);
            Map<Long, UnitRow> byId = new HashMap<>();
            for (UnitRow r : rows) {
                byId.put(r.id(), r);
            }
            List<Unit> out = new ArrayList<>(rows.size());
            for (UnitRow r : rows) {
                String parentCode = r.parentId() == null ? null : byId.get(r.parentId()).code();
                out.add(new Unit(r.code(), r.name(), parentCode, r.latitude(), r.longitude(), codePath(byId, r),
                        active.getOrDefault(r.id(), 0L)));
            }
            return out;
        });
    }

    private static String codePath(Map<Long, UnitRow> byId, UnitRow unit) {
        List<String> codes = new ArrayList<>();
        UnitRow at = unit;
        int guard = 0;
        while (at != null && guard++ < 50) {
            codes.add(0, at.code());
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        return String.join("/", codes);
    }

    public Optional<Unit> unit(String code) {
        return db.read(c -> unit(c, code));
    }

    /** The unit as stored, read on {@code c} (inside a transaction: what it wrote). */
    private Optional<Unit> unit(Connection c, String code) throws SQLException {
        Optional<UnitRow> found = units.find(c, code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UnitRow u = found.get();
        // PATH holds the ids from the root ("/3/17/"): their codes, in order, are the code path.
        List<Long> ids = new ArrayList<>();
        for (String part : u.path().split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        Map<Long, String> codes = units.codes(c, ids);
        List<String> codePath = ids.stream().map(codes::get).toList();
        String parent = codePath.size() > 1 ? codePath.get(codePath.size() - 2) : null;
        return Optional.of(new Unit(code, u.name(), parent, u.latitude(), u.longitude(), String.join("/", codePath),
                employees.activeIn(c, u.id())));
    }

    private static void validate(Validation v, NewUnit body) {
        v.required("name", body.name()).maxLength("name", body.name(), 200);
        if (body.latitude() != null || body.longitude() != null) {
            v.check(body.latitude() != null && body.latitude() >= -90 && body.latitude() <= 90, "latitude",
                    "lintang -90..90 / latitude -90..90");
            v.check(body.longitude() != null && body.longitude() >= -180 && body.longitude() <= 180, "longitude",
                    "bujur -180..180 / longitude -180..180");
        }
    }

    public Unit create(String actor, NewUnit body) {
        Validation v = new Validation();
        v.required("code", body.code()).matches("code", body.code(), CODE,
                "huruf, angka, titik, garis; 1-40 / letters, digits, dot, dash, underscore; 1-40");
        validate(v, body);
        v.throwIfInvalid();
        db.tx(c -> {
            if (units.ref(c, body.code()).isPresent()) {
                throw ProblemException.conflict("Unit " + body.code() + " sudah ada / already exists");
            }
            UnitRef parent = null;
            if (body.parentCode() != null && !body.parentCode().isBlank()) {
                parent = units.ref(c, body.parentCode()).orElseThrow(() -> ProblemException.invalid(List.of(
                        new FieldError("parentCode", "unit induk tidak ada / no such parent unit"))));
            }
            units.insert(c, body.code(), body.name().trim(), parent, body.latitude(), body.longitude(), clock.millis());
            audit.record(c, actor, "personnel.unit.create", "unit", body.code(), null, body);
            return null;
        });
        return unit(body.code()).orElseThrow();
    }

    /**
     * Renames a unit or moves its office location. Its code and parent cannot change: a body that tries is refused
     * with 422, and the audit records the unit as stored before and after.
     */
    public Unit update(String actor, String code, NewUnit body) {
        Unit before = unit(code).orElseThrow(() -> ProblemException.notFound("Unit " + code + " tidak ada / not found"));
        Validation v = new Validation();
        validate(v, body);
        v.check(body.code() == null || body.code().equals(code), "code",
                "kode unit tidak dapat diubah / a unit's code cannot change");
        v.check(body.parentCode() == null || body.parentCode().equals(before.parentCode()), "parentCode",
                "induk unit tidak dapat diubah; buat unit baru dan pindahkan pegawainya / a unit's parent cannot "
                        + "change; create a new unit and transfer its employees");
        v.throwIfInvalid();
        db.tx(c -> {
            units.update(c, code, body.name().trim(), body.latitude(), body.longitude(), clock.millis());
            audit.record(c, actor, "personnel.unit.update", "unit", code, before,
                    unit(c, code).orElseThrow());
            return null;
        });
        return unit(code).orElseThrow();
    }
}
