package id.serasan.personnel.internal.correction;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.access.AccessPolicy;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.employee.EmployeeValidator;
import id.serasan.personnel.internal.store.CorrectionRepository;
import id.serasan.personnel.internal.store.CorrectionRepository.Change;
import id.serasan.personnel.internal.store.CorrectionRepository.Correction;
import id.serasan.personnel.internal.store.DocumentRepository;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.Validation;
import id.serasan.platform.api.audit.AuditService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Self-service corrections: an employee proposes changes to their own personal data, with a reason and optionally
 * an attached document; an HR operator approves (the record changes then, and only then) or rejects with a reason.
 * Proposal, decision and the change itself are audited.
 */
@Component(service = CorrectionService.class)
public class CorrectionService {
    /** The personal fields an employee may propose to correct. Identity fields bound to the NIP are not among them. */
    public static final Set<String> FIELDS = Set.of("frontTitle", "name", "backTitle", "birthPlace", "religion",
            "maritalStatus", "address", "phone", "email");
    static final Set<String> STATUSES = Set.of(CorrectionRepository.PENDING, "APPROVED", "REJECTED");

    /** A proposal: new values by field name, why, and an optional document of the same employee. */
    public record Proposal(Map<String, String> changes, String reason, Long documentId) {
    }

    private final PersonnelDatabase db;
    private final CorrectionRepository corrections;
    private final EmployeeRepository employees;
    private final DocumentRepository documents;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;
    private final EmployeeValidator validator;

    @Activate
    public CorrectionService(@Reference PersonnelDatabase db, @Reference CorrectionRepository corrections,
                             @Reference EmployeeRepository employees, @Reference DocumentRepository documents,
                             @Reference AccessPolicy access, @Reference AuditService audit) {
        this.db = db;
        this.corrections = corrections;
        this.employees = employees;
        this.documents = documents;
        this.access = access;
        this.audit = audit;
        this.clock = PersonnelTime.clock();
        this.validator = new EmployeeValidator(clock);
    }

    public Correction propose(Viewer viewer, String nip, Proposal p) {
        EmployeeRow r = access.correctionProposer(viewer, nip);
        Validation v = new Validation();
        v.required("reason", p.reason()).maxLength("reason", p.reason(), 500);
        v.check(p.changes() != null && !p.changes().isEmpty(), "changes", "wajib diisi / is required");
        Map<String, String> changes = new LinkedHashMap<>();
        if (p.changes() != null) {
            for (Map.Entry<String, String> e : p.changes().entrySet()) {
                if (!FIELDS.contains(e.getKey())) {
                    v.check(false, "changes." + e.getKey(), "tidak dapat diusulkan; yang dapat: / cannot be proposed; "
                            + "allowed: " + new TreeSet<>(FIELDS));
                } else {
                    changes.put(e.getKey(), e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().trim());
                }
            }
        }
        v.throwIfInvalid();
        // The record as it would be: must pass the same validation as any edit.
        List<FieldError> errors = new ArrayList<>();
        for (FieldError e : validator.validateChange(r.nip(), apply(r, changes))) {
            errors.add(new FieldError("changes." + e.field(), e.message()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Change> fields = new ArrayList<>();
        changes.forEach((field, value) -> fields.add(new Change(field, current(r, field), value)));
        long id = db.tx(c -> {
            if (p.documentId() != null && !documents.belongsTo(c, r.id(), p.documentId())) {
                throw ProblemException.invalid(List.of(new FieldError("documentId",
                        "dokumen pegawai ini tidak ada / no such document of this employee")));
            }
            long key = corrections.insert(c, r.id(), p.reason().trim(), p.documentId(), viewer.username(), clock.millis(),
                    fields);
            audit.record(c, viewer.username(), "personnel.correction.propose", "employee", nip, null,
                    Map.of("correction", key, "changes", changes, "reason", p.reason()));
            return key;
        });
        return db.read(c -> load(c, id));
    }

    static String current(EmployeeRow r, String field) {
        return switch (field) {
            case "frontTitle" -> r.frontTitle();
            case "name" -> r.name();
            case "backTitle" -> r.backTitle();
            case "birthPlace" -> r.birthPlace();
            case "religion" -> r.religion();
            case "maritalStatus" -> r.maritalStatus();
            case "address" -> r.address();
            case "phone" -> r.phone();
            case "email" -> r.email();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The record with the changes applied, as the body of a full replacement. */
    static EmployeeInput apply(EmployeeRow r, Map<String, String> ch) {
        BiFunction<String, String, String> v = (f, cur) -> ch.containsKey(f) ? ch.get(f) : cur;
        return new EmployeeInput(r.nip(), v.apply("frontTitle", r.frontTitle()), v.apply("name", r.name()),
                v.apply("backTitle", r.backTitle()), v.apply("birthPlace", r.birthPlace()), r.birthDate(), r.gender(),
                v.apply("religion", r.religion()), v.apply("maritalStatus", r.maritalStatus()),
                v.apply("address", r.address()), v.apply("phone", r.phone()), v.apply("email", r.email()),
                r.employmentType(), r.status(), r.cpnsDate(), r.pnsDate(), r.unitCode(), r.supervisorNip(), null, null,
                null, null, null, null, r.version());
    }

    public List<Correction> ofEmployee(Viewer viewer, String nip) {
        EmployeeRow r = access.visible(viewer, nip);
        return db.read(c -> {
            List<Correction> out = new ArrayList<>();
            for (long id : corrections.idsOf(c, r.id())) {
                out.add(load(c, id));
            }
            return out;
        });
    }

    /** The corrections in a status (PENDING by default: HR's work list), oldest first. */
    public Page<Correction> list(String status, int page, int size) {
        String st = status == null || status.isBlank() ? CorrectionRepository.PENDING
                : status.trim().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(st)) {
            throw ProblemException.invalid(List.of(new FieldError("status", "PENDING, APPROVED, REJECTED")));
        }
        return db.read(c -> {
            long total = corrections.count(c, st);
            List<Correction> out = new ArrayList<>();
            for (long id : corrections.idsIn(c, st, (long) page * size, size)) {
                out.add(load(c, id));
            }
            return new Page<>(out, page, size, total);
        });
    }

    private Correction load(Connection c, long id) throws SQLException {
        return corrections.load(c, id).orElseThrow(() -> ProblemException.notFound("Usulan " + id
                + " tidak ada / Correction " + id + " not found"));
    }

    /**
     * Approves (the record changes now) or rejects a pending correction; a reason is required to reject. Nobody
     * decides a correction of their own record (403), whatever their role; of two deciders one wins, the other 409.
     */
    public Correction decide(Viewer viewer, long id, boolean approve, String reason) {
        if (!approve && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid(List.of(new FieldError("reason", "alasan penolakan wajib / a reason is required")));
        }
        if (reason != null && reason.length() > 500) {
            throw ProblemException.invalid(List.of(new FieldError("reason", "paling banyak 500 karakter / at most 500")));
        }
        String status = approve ? "APPROVED" : "REJECTED";
        db.tx(c -> {
            Correction k = load(c, id);
            access.checkCorrectionDecider(viewer, k.nip());
            // Claim the decision first: of two concurrent deciders exactly one changes the row, the other gets 409.
            if (corrections.decide(c, id, status, viewer.username(), clock.millis(),
                    reason == null || reason.isBlank() ? null : reason.trim()) != 1) {
                throw ProblemException.conflict("Usulan sudah diputuskan (" + k.status() + ") / The correction was "
                        + "decided already (" + k.status() + ")");
            }
            if (approve) {
                applyApproved(c, viewer, k);
            }
            audit.record(c, viewer.username(), approve ? "personnel.correction.approve" : "personnel.correction.reject",
                    "correction", String.valueOf(id), Map.of("status", "PENDING"), Map.of("status", status,
                            "reason", reason == null ? "" : reason, "nip", k.nip()));
            return null;
        });
        return db.read(c -> load(c, id));
    }

    /** Writes an approved correction to the record, if it is still valid against the record as it is now (409). */
    private void applyApproved(Connection c, Viewer viewer, Correction k) throws SQLException {
        EmployeeRow before = employees.find(c, k.nip()).orElseThrow();
        Map<String, String> ch = new LinkedHashMap<>();
        for (Change x : k.changes()) {
            ch.put(x.field(), x.newValue());
        }
        List<FieldError> errors = validator.validateChange(before.nip(), apply(before, ch));
        if (!errors.isEmpty()) {
            throw new ProblemException(409, "correction-stale", "Konflik / Conflict", "Data telah berubah sehingga "
                    + "usulan tidak lagi sah; tolak dan minta usulan baru / The record changed and the correction is "
                    + "no longer valid; reject it and ask for a new one", errors);
        }
        employees.updatePersonal(c, before.id(), ch, clock.millis());
        EmployeeRow after = employees.find(c, k.nip()).orElseThrow();
        audit.record(c, viewer.username(), "personnel.employee.update", "employee", k.nip(),
                before.summary(), after.summary());
    }
}
