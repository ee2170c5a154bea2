package id.serasan.personnel.internal;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.Validation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Self-service corrections: an employee proposes changes to their own personal data, with a reason and
 * optionally an attached document; an HR operator approves (the record changes then, and only then) or rejects
 * with a reason. Proposal, decision and the change itself are audited.
 */
@Component(service = CorrectionService.class)
public class CorrectionService {
    /** The personal fields an employee may propose to correct. Identity fields bound to the NIP are not among them. */
    public static final Set<String> FIELDS = Set.of("frontTitle", "name", "backTitle", "birthPlace", "religion",
            "maritalStatus", "address", "phone", "email");
    static final Map<String, String> COLUMNS = Map.of("frontTitle", "FRONT_TITLE", "name", "NAME",
            "backTitle", "BACK_TITLE", "birthPlace", "BIRTH_PLACE", "religion", "RELIGION",
            "maritalStatus", "MARITAL_STATUS", "address", "ADDRESS", "phone", "PHONE", "email", "EMAIL");

    private final PersonnelService personnel;

    @Activate
    public CorrectionService(@Reference PersonnelService personnel) {
        this.personnel = personnel;
    }

    /** One proposed change of a field. */
    public record Change(String field, String oldValue, String newValue) {
    }

    /** A correction and where it stands. */
    public record Correction(long id, String nip, String employeeName, String status, String reason, Long documentId,
                             List<Change> changes, String proposedBy, long proposedAt, String decidedBy,
                             Long decidedAt, String decisionReason) {
    }

    /** A proposal: new values by field name, why, and an optional document of the same employee. */
    public record Proposal(Map<String, String> changes, String reason, Long documentId) {
    }

    public Correction propose(Viewer viewer, String nip, Proposal p) {
        if (!nip.equals(viewer.nip())) {
            throw ProblemException.forbidden("Usulan perbaikan hanya untuk data Anda sendiri / You may propose "
                    + "corrections only to your own record");
        }
        EmployeeRow r = personnel.visible(viewer, nip);
        Validation v = new Validation();
        v.required("reason", p.reason()).maxLength("reason", p.reason(), 500);
        v.check(p.changes() != null && !p.changes().isEmpty(), "changes", "wajib diisi / is required");
        Map<String, String> changes = new LinkedHashMap<>();
        if (p.changes() != null) {
            for (Map.Entry<String, String> e : p.changes().entrySet()) {
                if (!FIELDS.contains(e.getKey())) {
                    v.check(false, "changes." + e.getKey(), "tidak dapat diusulkan; yang dapat: / cannot be proposed; "
                            + "allowed: " + new java.util.TreeSet<>(FIELDS));
                } else {
                    changes.put(e.getKey(), e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().trim());
                }
            }
        }
        v.throwIfInvalid();
        // The record as it would be: must pass the same validation as any edit.
        EmployeeInput after = apply(r, changes);
        List<FieldError> errors = new ArrayList<>();
        for (FieldError e : personnel.validate(after, r)) {
            errors.add(new FieldError("changes." + e.field(), e.message()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long id = personnel.db().tx(c -> {
            if (p.documentId() != null) {
                try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_DOCUMENT WHERE "
                        + "ID = ? AND EMPLOYEE_ID = ?"), p.documentId(), r.id()); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        throw ProblemException.invalid(List.of(new FieldError("documentId",
                                "dokumen pegawai ini tidak ada / no such document of this employee")));
                    }
                }
            }
            long key;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_CORRECTION (EMPLOYEE_ID, STATUS, REASON, "
                    + "DOCUMENT_ID, PROPOSED_BY, PROPOSED_AT) VALUES (?, 'PENDING', ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, r.id());
                ps.setString(2, p.reason().trim());
                Db.setNullable(ps, 3, p.documentId(), Types.BIGINT);
                ps.setString(4, viewer.username());
                ps.setLong(5, System.currentTimeMillis());
                ps.executeUpdate();
                key = HistoryService.key(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_CORRECTION_FIELD (CORRECTION_ID, FIELD, "
                    + "OLD_VALUE, NEW_VALUE) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String> e : changes.entrySet()) {
                    Db.bind(ps, key, e.getKey(), current(r, e.getKey()), e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            personnel.audit().record(c, viewer.username(), "personnel.correction.propose", "employee", nip, null,
                    AuditJson.of(Map.of("correction", key, "changes", changes, "reason", p.reason())));
            return key;
        });
        return personnel.db().read(c -> load(c, id));
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

    static EmployeeInput apply(EmployeeRow r, Map<String, String> ch) {
        java.util.function.BiFunction<String, String, String> v = (f, cur) -> ch.containsKey(f) ? ch.get(f) : cur;
        return new EmployeeInput(r.nip(), v.apply("frontTitle", r.frontTitle()), v.apply("name", r.name()),
                v.apply("backTitle", r.backTitle()), v.apply("birthPlace", r.birthPlace()), r.birthDate(), r.gender(),
                v.apply("religion", r.religion()), v.apply("maritalStatus", r.maritalStatus()),
                v.apply("address", r.address()), v.apply("phone", r.phone()), v.apply("email", r.email()),
                r.employmentType(), r.status(), r.cpnsDate(), r.pnsDate(), r.unitCode(), r.supervisorNip(), null, null,
                null, null, null, null, r.version());
    }

    public List<Correction> ofEmployee(Viewer viewer, String nip) {
        EmployeeRow r = personnel.visible(viewer, nip);
        return personnel.db().read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID FROM PERSONNEL_CORRECTION WHERE EMPLOYEE_ID = ? "
                    + "ORDER BY ID DESC"), r.id()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            List<Correction> out = new ArrayList<>();
            for (long id : ids) {
                out.add(load(c, id));
            }
            return out;
        });
    }

    /** The corrections in a status (PENDING first for HR's work list), oldest first. */
    public Page<Correction> list(String status, int page, int size) {
        String st = status == null || status.isBlank() ? "PENDING" : status.trim().toUpperCase(Locale.ROOT);
        if (!Set.of("PENDING", "APPROVED", "REJECTED").contains(st)) {
            throw ProblemException.invalid(List.of(new FieldError("status", "PENDING, APPROVED, REJECTED")));
        }
        return personnel.db().read(c -> {
            long total;
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT COUNT(*) FROM PERSONNEL_CORRECTION WHERE STATUS = ?"),
                    st); ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID FROM PERSONNEL_CORRECTION WHERE STATUS = ? "
                    + "ORDER BY PROPOSED_AT, ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"), st, (long) page * size, size);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            List<Correction> out = new ArrayList<>();
            for (long id : ids) {
                out.add(load(c, id));
            }
            return new Page<>(out, page, size, total);
        });
    }

    static Correction load(Connection c, long id) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT FIELD, OLD_VALUE, NEW_VALUE FROM "
                + "PERSONNEL_CORRECTION_FIELD WHERE CORRECTION_ID = ? ORDER BY FIELD"), id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                changes.add(new Change(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT k.ID, e.NIP, e.NAME, k.STATUS, k.REASON, "
                + "k.DOCUMENT_ID, k.PROPOSED_BY, k.PROPOSED_AT, k.DECIDED_BY, k.DECIDED_AT, k.DECISION_REASON FROM "
                + "PERSONNEL_CORRECTION k JOIN PERSONNEL_EMPLOYEE e ON e.ID = k.EMPLOYEE_ID WHERE k.ID = ?"), id);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw ProblemException.notFound("Usulan " + id + " tidak ada / Correction " + id + " not found");
            }
            long doc = rs.getLong("DOCUMENT_ID");
            Long document = rs.wasNull() ? null : doc;
            long decided = rs.getLong("DECIDED_AT");
            Long decidedAt = rs.wasNull() ? null : decided;
            return new Correction(rs.getLong("ID"), rs.getString("NIP"), rs.getString("NAME"), rs.getString("STATUS"),
                    rs.getString("REASON"), document, changes, rs.getString("PROPOSED_BY"), rs.getLong("PROPOSED_AT"),
                    rs.getString("DECIDED_BY"), decidedAt, rs.getString("DECISION_REASON"));
        }
    }

    /**
     * Approves (the record changes now) or rejects a pending correction; a reason is required to reject. Nobody
     * decides a correction of their own record (403), whatever their role.
     */
    public Correction decide(Viewer viewer, long id, boolean approve, String reason) {
        if (!approve && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid(List.of(new FieldError("reason", "alasan penolakan wajib / a reason is required")));
        }
        if (reason != null && reason.length() > 500) {
            throw ProblemException.invalid(List.of(new FieldError("reason", "paling banyak 500 karakter / at most 500")));
        }
        personnel.db().tx(c -> {
            Correction k = load(c, id);
            if (viewer.nip() != null && viewer.nip().equals(k.nip())) {
                throw ProblemException.forbidden("Usulan perbaikan data Anda sendiri diputuskan petugas lain / A "
                        + "correction of your own record is decided by another officer");
            }
            // Claim the decision first: of two concurrent deciders exactly one changes the row, the other gets 409.
            int claimed;
            try (PreparedStatement ps = Db.bind(c.prepareStatement("UPDATE PERSONNEL_CORRECTION SET STATUS = ?, "
                    + "DECIDED_BY = ?, DECIDED_AT = ?, DECISION_REASON = ? WHERE ID = ? AND STATUS = 'PENDING'"),
                    approve ? "APPROVED" : "REJECTED", viewer.username(), System.currentTimeMillis(),
                    reason == null || reason.isBlank() ? null : reason.trim(), id)) {
                claimed = ps.executeUpdate();
            }
            if (claimed != 1) {
                throw ProblemException.conflict("Usulan sudah diputuskan (" + k.status() + ") / The correction was "
                        + "decided already (" + k.status() + ")");
            }
            EmployeeRow before = PersonnelService.row(c, k.nip()).orElseThrow();
            if (approve) {
                Map<String, String> ch = new LinkedHashMap<>();
                for (Change x : k.changes()) {
                    ch.put(x.field(), x.newValue());
                }
                List<FieldError> errors = personnel.validate(apply(before, ch), before);
                if (!errors.isEmpty()) {
                    throw new ProblemException(409, "correction-stale", "Konflik / Conflict", "Data telah berubah sehingga "
                            + "usulan tidak lagi sah; tolak dan minta usulan baru / The record changed and the correction is "
                            + "no longer valid; reject it and ask for a new one", errors);
                }
                StringBuilder set = new StringBuilder();
                List<Object> params = new ArrayList<>();
                for (Map.Entry<String, String> e : ch.entrySet()) {
                    set.append(COLUMNS.get(e.getKey())).append(" = ?, ");
                    String value = e.getValue();
                    if (value != null && (e.getKey().equals("religion") || e.getKey().equals("maritalStatus"))) {
                        value = value.toUpperCase(Locale.ROOT);
                    }
                    params.add(value);
                    if (e.getKey().equals("name")) {
                        set.append("NAME_KEY = ?, ");
                        params.add(PersonnelService.nameKey(value));
                    }
                }
                params.add(System.currentTimeMillis());
                params.add(before.id());
                try (PreparedStatement ps = Db.bind(c.prepareStatement("UPDATE PERSONNEL_EMPLOYEE SET " + set
                        + "VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ?"), params.toArray())) {
                    ps.executeUpdate();
                }
                EmployeeRow after = PersonnelService.row(c, k.nip()).orElseThrow();
                personnel.audit().record(c, viewer.username(), "personnel.employee.update", "employee", k.nip(),
                        AuditJson.of(before.summary()), AuditJson.of(after.summary()));
            }
            personnel.audit().record(c, viewer.username(), approve ? "personnel.correction.approve"
                    : "personnel.correction.reject", "correction", String.valueOf(id), "{\"status\":\"PENDING\"}",
                    AuditJson.of(Map.of("status", approve ? "APPROVED" : "REJECTED", "reason",
                            reason == null ? "" : reason, "nip", k.nip())));
            return null;
        });
        return personnel.db().read(c -> load(c, id));
    }
}
