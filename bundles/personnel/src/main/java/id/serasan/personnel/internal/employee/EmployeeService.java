package id.serasan.personnel.internal.employee;

import id.serasan.personnel.api.Employee;
import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.api.TransferEntry;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.access.AccessPolicy;
import id.serasan.personnel.internal.access.AccessPolicy.Scope;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.event.EmployeeEvents;
import id.serasan.personnel.internal.rules.RankCodes;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.PositionRepository;
import id.serasan.personnel.internal.store.RankRepository;
import id.serasan.personnel.internal.store.TransferRepository;
import id.serasan.personnel.internal.store.UnitRef;
import id.serasan.personnel.internal.store.UnitRepository;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Employee records: read within the caller's scope, created with their first rank and position, replaced as a whole
 * under optimistic locking (a unit change records a transfer). Audited in the same transaction; events after commit.
 */
@Component(service = EmployeeService.class)
public class EmployeeService {
    private final PersonnelDatabase db;
    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final RankRepository ranks;
    private final PositionRepository positions;
    private final TransferRepository transfers;
    private final AccessPolicy access;
    private final EmployeeDetails details;
    private final EmployeeEvents events;
    private final AuditService audit;
    private final EmployeeValidator validator;
    private final Clock clock;

    @Activate
    public EmployeeService(@Reference PersonnelDatabase db, @Reference EmployeeRepository employees,
                           @Reference UnitRepository units, @Reference RankRepository ranks,
                           @Reference PositionRepository positions, @Reference TransferRepository transfers,
                           @Reference AccessPolicy access, @Reference EmployeeDetails details,
                           @Reference EmployeeEvents events, @Reference AuditService audit) {
        this.db = db;
        this.employees = employees;
        this.units = units;
        this.ranks = ranks;
        this.positions = positions;
        this.transfers = transfers;
        this.access = access;
        this.details = details;
        this.events = events;
        this.audit = audit;
        this.clock = PersonnelTime.clock();
        this.validator = new EmployeeValidator(clock);
    }

    public Employee get(Viewer viewer, String nip) {
        return details.of(access.visible(viewer, nip));
    }

    public Employee create(Viewer viewer, EmployeeInput b) {
        List<FieldError> errors = validator.validateNew(b);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Scope scope = access.scope(viewer);
        EmployeeRow created = db.tx(c -> {
            UnitRef unit = existingUnit(c, b.unitCode(), "unitCode");
            if (!scope.edits(unit.path())) {
                throw ProblemException.forbidden("Anda hanya dapat menambah pegawai di unit Anda / You may add "
                        + "employees only to your own unit");
            }
            if (employees.find(c, b.nip()).isPresent()) {
                throw ProblemException.conflict("NIP " + b.nip() + " sudah terdaftar / is already registered");
            }
            checkSupervisor(c, scope, b.nip(), b.supervisorNip(), null);
            long id = employees.insert(c, b, unit, clock.millis());
            String rank = RankCodes.canonical(b.employmentType(), b.rank());
            if (rank != null) {
                ranks.insert(c, new RankRepository.NewRank(id, b.employmentType(), new RankEntry(null, rank, null,
                        b.rankTmt() != null ? b.rankTmt() : b.cpnsDate(), null, null, 0, 0)));
            }
            if (b.positionType() != null) {
                positions.insert(c, id, new PositionEntry(null, b.positionType(), b.positionLevel(),
                        b.positionName().trim(), b.unitCode(), b.positionTmt() != null ? b.positionTmt() : b.cpnsDate(),
                        null, null));
            }
            employees.refreshCurrent(c, id);
            EmployeeRow r = employees.find(c, b.nip()).orElseThrow();
            audit.record(c, viewer.username(), "personnel.employee.create", "employee", r.nip(), null,
                    r.summary());
            return r;
        });
        events.created(viewer.username(), created.nip(), created.unitCode());
        return details.of(created);
    }

    public Employee update(Viewer viewer, String nip, EmployeeInput b) {
        Scope scope = access.scope(viewer);
        EmployeeRow before = access.editable(scope, nip);
        List<FieldError> errors = new ArrayList<>(validator.validateChange(before.nip(), b));
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
            if (employees.update(c, before.id(), b.version(), b, status, unit, clock.millis()) == 0) {
                throw ProblemException.conflict("Data pegawai telah diubah orang lain; muat ulang / The record was "
                        + "changed by someone else; reload it (version " + b.version() + " is stale)");
            }
            if (!before.unitCode().equals(b.unitCode())) {
                transfers.insert(c, before.id(), new TransferEntry(null, before.unitCode(), b.unitCode(),
                        LocalDate.now(clock), null, null, viewer.username()));
            }
            EmployeeRow r = employees.find(c, nip).orElseThrow();
            audit.record(c, viewer.username(), "personnel.employee.update", "employee", nip,
                    before.summary(), r.summary());
            return r;
        });
        if (!before.unitCode().equals(after.unitCode())) {
            events.transferred(viewer.username(), after.nip(), after.unitCode(), before.unitCode());
        }
        if (after.status().leftService() && !before.status().leftService()) {
            events.left(viewer.username(), after.nip(), after.unitCode(), after.status());
        }
        return details.of(after);
    }

    /** The unit with this code; 422 on {@code field} when there is none. */
    private UnitRef existingUnit(Connection c, String code, String field) throws SQLException {
        return units.ref(c, code).orElseThrow(() -> ProblemException.invalid(List.of(
                new FieldError(field, "unit tidak ada / no such unit"))));
    }

    /**
     * A new supervisor must be a registered employee within the caller's own editing scope: a unit operator may name
     * only someone of their unit subtree (a supervisor elsewhere is HR's decision, since it gives that person read
     * access to the employee). Unknown and out-of-scope NIPs get the same answer, so the answer does not tell which
     * NIPs exist. An unchanged supervisor is not checked again (HR may have set one outside the unit).
     */
    private void checkSupervisor(Connection c, Scope scope, String nip, String supervisorNip, String previous)
            throws SQLException {
        String sup = supervisorNip == null || supervisorNip.isBlank() ? null : supervisorNip.trim();
        if (sup == null || sup.equals(previous)) {
            return;
        }
        if (sup.equals(nip)) {
            throw ProblemException.invalid(List.of(new FieldError("supervisorNip",
                    "pegawai tidak dapat menjadi atasannya sendiri / an employee cannot supervise themselves")));
        }
        Optional<EmployeeRow> r = employees.find(c, sup);
        if (r.isEmpty() || !scope.edits(r.get().unitPath())) {
            throw ProblemException.invalid(List.of(new FieldError("supervisorNip", scope.all()
                    ? "atasan tidak terdaftar / no such employee"
                    : "atasan harus pegawai terdaftar di unit Anda; atasan di luar unit ditetapkan BKPSDM / the "
                            + "supervisor must be a registered employee of your unit; HR sets supervisors outside it")));
        }
    }
}
