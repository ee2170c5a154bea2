package id.serasan.attendance.internal.rest;

import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;

/**
 * Whose attendance a caller sees, the personnel module's rule applied to attendance: HR operators and
 * administrators everyone; a unit operator their unit and its sub-units; a supervisor their direct subordinates;
 * everyone their own. A record outside the scope is answered 404, so its existence is not revealed.
 */
final class Scope {
    private Scope() {
    }

    static boolean all(SerasanPrincipal p) {
        return p.hasAny(Role.ADMIN, Role.HR_OPERATOR);
    }

    /** The unit path a unit operator runs, or null. */
    static String unitPath(SerasanPrincipal p, Staff staff) {
        if (!p.has(Role.UNIT_OPERATOR) || p.nip() == null) {
            return null;
        }
        return staff.member(p.nip()).map(Staff.Member::unitPath).orElse(null);
    }

    static boolean within(String scopePath, String path) {
        return scopePath != null && path != null && (path.equals(scopePath) || path.startsWith(scopePath + "/"));
    }

    /** The employee {@code nip} if the caller may see their attendance, else 404. */
    static Staff.Member employee(SerasanPrincipal p, Staff staff, String nip) {
        Staff.Member m = staff.member(nip).orElseThrow(() -> notFound(nip));
        if (all(p) || nip.equals(p.nip()) || within(unitPath(p, staff), m.unitPath())
                || (p.has(Role.SUPERVISOR) && p.nip() != null && p.nip().equals(m.supervisorNip()))) {
            return m;
        }
        throw notFound(nip);
    }

    /** Checks the caller may see the recap of {@code unitCode} (null: the whole regency, HR only). */
    static void recap(SerasanPrincipal p, Staff staff, String unitCode) {
        if (all(p)) {
            return;
        }
        String mine = unitPath(p, staff);
        String path = unitCode == null ? null : staff.unit(unitCode).map(u -> u.path()).orElse(null);
        if (mine == null || !within(mine, path)) {
            throw ProblemException.notFound("Unit " + unitCode + " tidak ada dalam cakupan Anda / Unit " + unitCode
                    + " is not in your scope");
        }
    }

    /** Checks the caller may change {@code unitCode}'s rosters: HR, or the operator of that unit (or a parent). */
    static void unitWrite(SerasanPrincipal p, Staff staff, String unitCode) {
        if (all(p)) {
            return;
        }
        String path = staff.unit(unitCode).map(u -> u.path()).orElse(null);
        if (!within(unitPath(p, staff), path)) {
            throw ProblemException.forbidden("Hanya operator unit itu atau BKPSDM / Only that unit's operator or"
                    + " BKPSDM");
        }
    }

    static ProblemException notFound(String nip) {
        return ProblemException.notFound("Pegawai " + nip + " tidak ditemukan / Employee " + nip + " not found");
    }
}
