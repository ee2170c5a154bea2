package id.serasan.personnel.internal.access;

import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Role;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who sees and who changes which employee record (module README, "Who sees what"). HR operators and administrators
 * see and edit everyone; a unit operator sees and edits their unit and its sub-units (the unit of their own record);
 * a supervisor sees their direct subordinates; everyone linked to a NIP sees their own record. A record outside the
 * caller's scope is answered 404, so its existence is not revealed; a visible record the caller may not edit 403.
 */
@Component(service = AccessPolicy.class)
public class AccessPolicy {
    /** Reads an employee's row by NIP. */
    @FunctionalInterface
    public interface Employees {
        Optional<EmployeeRow> find(String nip);
    }

    private final Employees employees;

    @Activate
    public AccessPolicy(@Reference PersonnelDatabase db, @Reference EmployeeRepository repository) {
        this(nip -> db.read(c -> repository.find(c, nip)));
    }

    public AccessPolicy(Employees employees) {
        this.employees = employees;
    }

    /**
     * The employees a viewer may see and edit.
     *
     * @param all           sees and edits everything
     * @param unitPath      path prefix of the unit a unit operator runs (sees and edits), or null
     * @param supervisorNip NIP whose direct subordinates are visible, or null
     * @param selfNip       the viewer's own NIP, or null
     */
    public record Scope(boolean all, String unitPath, String supervisorNip, String selfNip) {
        public static final Scope ALL = new Scope(true, null, null, null);

        /** True when the employee with this NIP, supervisor and unit path is visible. */
        public boolean sees(String nip, String supervisor, String path) {
            return all || within(path) || (supervisorNip != null && supervisorNip.equals(supervisor))
                    || (selfNip != null && selfNip.equals(nip));
        }

        /** True when the viewer may edit records in the unit with this path. */
        public boolean edits(String path) {
            return all || within(path);
        }

        private boolean within(String path) {
            return unitPath != null && path != null && path.startsWith(unitPath);
        }
    }

    /** The scope of {@code v}; a unit operator's unit is read from their own record. */
    public Scope scope(Viewer v) {
        if (v.seesAll()) {
            return Scope.ALL;
        }
        if (v.nip() == null) {
            return new Scope(false, null, null, null);
        }
        String unitPath = v.roles().contains(Role.UNIT_OPERATOR)
                ? employees.find(v.nip()).map(EmployeeRow::unitPath).orElse(null) : null;
        String supervisor = v.roles().contains(Role.SUPERVISOR) ? v.nip() : null;
        return new Scope(false, unitPath, supervisor, v.nip());
    }

    /** The row of an employee {@code v} may see, else 404. */
    public EmployeeRow visible(Viewer v, String nip) {
        return visible(scope(v), nip);
    }

    public EmployeeRow visible(Scope scope, String nip) {
        EmployeeRow r = employees.find(nip).orElseThrow(() -> notVisible(nip));
        if (!scope.sees(r.nip(), r.supervisorNip(), r.unitPath())) {
            throw notVisible(nip);
        }
        return r;
    }

    /** The row of an employee {@code v} may edit: 404 when not visible, 403 when visible but not editable. */
    public EmployeeRow editable(Viewer v, String nip) {
        return editable(scope(v), nip);
    }

    public EmployeeRow editable(Scope scope, String nip) {
        EmployeeRow r = visible(scope, nip);
        if (!scope.edits(r.unitPath())) {
            throw cannotEdit(nip);
        }
        return r;
    }

    /**
     * The row of an employee whose documents {@code v} may upload: the employee themself (attachments of their
     * corrections), or an administrator, HR or unit operator who may edit the record.
     */
    public EmployeeRow documentUploader(Viewer v, String nip) {
        Scope scope = scope(v);
        EmployeeRow r = visible(scope, nip);
        if (nip.equals(v.nip())) {
            return r;
        }
        boolean editorRole = v.roles().contains(Role.ADMIN) || v.roles().contains(Role.HR_OPERATOR)
                || v.roles().contains(Role.UNIT_OPERATOR);
        if (!scope.edits(r.unitPath()) || !editorRole) {
            throw cannotEdit(nip);
        }
        return r;
    }

    /** The row of the employee proposing a correction: only of one's own record (403 otherwise). */
    public EmployeeRow correctionProposer(Viewer v, String nip) {
        if (!nip.equals(v.nip())) {
            throw ProblemException.forbidden("Usulan perbaikan hanya untuk data Anda sendiri / You may propose "
                    + "corrections only to your own record");
        }
        return visible(v, nip);
    }

    /** Nobody decides a correction of their own record, whatever their role (403). */
    public void checkCorrectionDecider(Viewer v, String nip) {
        if (v.nip() != null && v.nip().equals(nip)) {
            throw ProblemException.forbidden("Usulan perbaikan data Anda sendiri diputuskan petugas lain / A "
                    + "correction of your own record is decided by another officer");
        }
    }

    /** 404: not there, or not the caller's to see (the two are not told apart). */
    public static ProblemException notVisible(String nip) {
        return ProblemException.notFound("Pegawai " + nip + " tidak ditemukan atau di luar wewenang Anda / Employee "
                + nip + " not found or outside your access");
    }

    public static ProblemException cannotEdit(String nip) {
        return ProblemException.forbidden("Anda tidak berwenang mengubah data pegawai " + nip
                + " / You may not change the record of employee " + nip);
    }
}
