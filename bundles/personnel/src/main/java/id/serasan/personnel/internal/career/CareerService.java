package id.serasan.personnel.internal.career;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.PositionType;
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
import id.serasan.platform.api.Validation;
import id.serasan.platform.api.audit.AuditService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The career histories: rank (golongan) steps, positions (jabatan) and transfers between units. Every change
 * rewrites the employee's current values in the same transaction, is audited there, and announces a changed
 * current rank, position or unit after commit.
 */
@Component(service = CareerService.class)
public class CareerService {
    private final PersonnelDatabase db;
    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final RankRepository ranks;
    private final PositionRepository positions;
    private final TransferRepository transfers;
    private final AccessPolicy access;
    private final EmployeeEvents events;
    private final AuditService audit;
    private final Clock clock;

    @Activate
    public CareerService(@Reference PersonnelDatabase db, @Reference EmployeeRepository employees,
                         @Reference UnitRepository units, @Reference RankRepository ranks,
                         @Reference PositionRepository positions, @Reference TransferRepository transfers,
                         @Reference AccessPolicy access, @Reference EmployeeEvents events,
                         @Reference AuditService audit) {
        this.db = db;
        this.employees = employees;
        this.units = units;
        this.ranks = ranks;
        this.positions = positions;
        this.transfers = transfers;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = PersonnelTime.clock();
    }

    // ---------------------------------------------------------------- ranks

    public List<RankEntry> ranks(Viewer viewer, String nip) {
        EmployeeRow r = access.visible(viewer, nip);
        return db.read(c -> ranks.list(c, r.id(), r.employmentType()));
    }

    public RankEntry addRank(Viewer viewer, String nip, RankEntry body) {
        EmployeeRow before = access.editable(viewer, nip);
        String code = RankCodes.canonical(before.employmentType(), body.rank());
        Validation v = new Validation();
        v.required("rank", body.rank()).check(body.rank() == null || code != null, "rank",
                before.employmentType() == EmploymentType.PPPK ? "golongan PPPK I-XVII / PPPK grade I-XVII"
                        : "golongan I/a-IV/e / rank I/a-IV/e");
        v.required("tmt", body.tmt()).maxLength("decreeNumber", body.decreeNumber(), 100);
        notBeforeCpns(v, before, body.tmt());
        v.check(body.serviceYears() == null || (body.serviceYears() >= 0 && body.serviceYears() <= 50), "serviceYears",
                "0-50").check(body.serviceMonths() == null || (body.serviceMonths() >= 0 && body.serviceMonths() <= 11),
                "serviceMonths", "0-11");
        v.throwIfInvalid();
        RankEntry entry = new RankEntry(null, code, null, body.tmt(), body.decreeNumber(), body.decreeDate(),
                body.serviceYears(), body.serviceMonths());
        EmployeeRow after = db.tx(c -> {
            ranks.insert(c, new RankRepository.NewRank(before.id(), before.employmentType(), entry));
            employees.refreshCurrent(c, before.id());
            audit.record(c, viewer.username(), "personnel.rank.add", "employee", nip, null, entry);
            return employees.find(c, nip).orElseThrow();
        });
        if (!Objects.equals(before.rankCode(), after.rankCode())) {
            events.rankChanged(viewer.username(), after.nip(), after.unitCode(), after.rankCode());
        }
        return ranks(viewer, nip).stream().max(Comparator.comparing(RankEntry::id)).orElseThrow();
    }

    /** Deletes a wrong rank entry (a data-entry correction); the current values follow. */
    public void deleteRank(Viewer viewer, String nip, long id) {
        EmployeeRow before = access.editable(viewer, nip);
        EmployeeRow after = db.tx(c -> {
            if (ranks.delete(c, before.id(), id) == 0) {
                throw entryNotFound(id);
            }
            employees.refreshCurrent(c, before.id());
            audit.record(c, viewer.username(), "personnel.ranks.delete", "employee", nip, Map.of("id", id), null);
            return employees.find(c, nip).orElseThrow();
        });
        if (!Objects.equals(before.rankCode(), after.rankCode()) && after.rankCode() != null) {
            events.rankChanged(viewer.username(), after.nip(), after.unitCode(), after.rankCode());
        }
    }

    // ---------------------------------------------------------------- positions

    public List<PositionEntry> positions(Viewer viewer, String nip) {
        EmployeeRow r = access.visible(viewer, nip);
        return db.read(c -> positions.list(c, r.id()));
    }

    public PositionEntry addPosition(Viewer viewer, String nip, PositionEntry body) {
        Scope scope = access.scope(viewer);
        EmployeeRow before = access.editable(scope, nip);
        Validation v = new Validation();
        v.required("type", body.type()).required("name", body.name()).maxLength("name", body.name(), 200)
                .required("tmt", body.tmt()).maxLength("decreeNumber", body.decreeNumber(), 100);
        if (body.type() != null) {
            v.check((body.type() == PositionType.FUNGSIONAL) == (body.level() != null), "level",
                    "jenjang hanya dan wajib untuk jabatan fungsional / a level is required for, and only for, "
                            + "functional positions");
        }
        notBeforeCpns(v, before, body.tmt());
        v.throwIfInvalid();
        PositionEntry entry = new PositionEntry(null, body.type(), body.level(), body.name().trim(),
                body.unitCode() == null ? before.unitCode() : body.unitCode(), body.tmt(), body.decreeNumber(),
                body.decreeDate());
        EmployeeRow after = db.tx(c -> {
            UnitRef unit = entry.unitCode() == null ? null : units.ref(c, entry.unitCode()).orElseThrow(() ->
                    ProblemException.invalid(List.of(new FieldError("unitCode", "unit tidak ada / no such unit"))));
            if (unit != null && !scope.edits(unit.path())) {
                throw ProblemException.forbidden("Jabatan di luar unit Anda hanya oleh BKPSDM / Only HR may record a "
                        + "position outside your unit");
            }
            positions.insert(c, before.id(), entry);
            employees.refreshCurrent(c, before.id());
            audit.record(c, viewer.username(), "personnel.position.add", "employee", nip, null, entry);
            return employees.find(c, nip).orElseThrow();
        });
        if (!Objects.equals(before.positionName(), after.positionName())
                || before.positionType() != after.positionType() || before.positionLevel() != after.positionLevel()) {
            events.positionChanged(viewer.username(), after.nip(), after.unitCode(),
                    after.positionType() == null ? null : after.positionType().name(), after.positionName());
        }
        return positions(viewer, nip).stream().max(Comparator.comparing(PositionEntry::id)).orElseThrow();
    }

    /** Deletes a wrong position entry (a data-entry correction); the current values follow. */
    public void deletePosition(Viewer viewer, String nip, long id) {
        EmployeeRow before = access.editable(viewer, nip);
        db.tx(c -> {
            if (positions.delete(c, before.id(), id) == 0) {
                throw entryNotFound(id);
            }
            employees.refreshCurrent(c, before.id());
            audit.record(c, viewer.username(), "personnel.positions.delete", "employee", nip, Map.of("id", id),
                    null);
            return null;
        });
    }

    // ---------------------------------------------------------------- transfers

    public List<TransferEntry> transfers(Viewer viewer, String nip) {
        EmployeeRow r = access.visible(viewer, nip);
        return db.read(c -> transfers.list(c, r.id()));
    }

    /**
     * Moves an employee to another unit under a decree (SK mutasi): the unit changes, the transfer is recorded with
     * its TMT and SK, and EmployeeTransferred goes out. A unit operator may move staff only within their unit.
     */
    public TransferEntry transfer(Viewer viewer, String nip, TransferEntry body) {
        Scope scope = access.scope(viewer);
        EmployeeRow before = access.editable(scope, nip);
        Validation v = new Validation();
        v.required("toUnitCode", body.toUnitCode()).required("tmt", body.tmt())
                .maxLength("decreeNumber", body.decreeNumber(), 100);
        notBeforeCpns(v, before, body.tmt());
        v.check(body.toUnitCode() == null || !body.toUnitCode().equals(before.unitCode()), "toUnitCode",
                "sudah di unit ini / already in this unit");
        v.throwIfInvalid();
        EmployeeRow after = db.tx(c -> {
            UnitRef unit = units.ref(c, body.toUnitCode()).orElseThrow(() -> ProblemException.invalid(List.of(
                    new FieldError("toUnitCode", "unit tidak ada / no such unit"))));
            if (!scope.edits(unit.path())) {
                throw ProblemException.forbidden("Pemindahan ke luar unit Anda hanya oleh BKPSDM / Only HR may move an "
                        + "employee out of your unit");
            }
            employees.moveTo(c, before.id(), unit, clock.millis());
            transfers.insert(c, before.id(), new TransferEntry(null, before.unitCode(), body.toUnitCode(), body.tmt(),
                    body.decreeNumber(), body.decreeDate(), viewer.username()));
            EmployeeRow r = employees.find(c, nip).orElseThrow();
            audit.record(c, viewer.username(), "personnel.employee.transfer", "employee", nip,
                    before.summary(), r.summary());
            return r;
        });
        events.transferred(viewer.username(), after.nip(), after.unitCode(), before.unitCode());
        return transfers(viewer, nip).stream().max(Comparator.comparing(TransferEntry::id)).orElseThrow();
    }

    private static void notBeforeCpns(Validation v, EmployeeRow r, LocalDate tmt) {
        if (tmt != null) {
            v.check(!tmt.isBefore(r.cpnsDate()), "tmt", "sebelum TMT CPNS / before the TMT CPNS");
        }
    }

    private static ProblemException entryNotFound(long id) {
        return ProblemException.notFound("Entri " + id + " tidak ada / Entry " + id + " not found");
    }
}
