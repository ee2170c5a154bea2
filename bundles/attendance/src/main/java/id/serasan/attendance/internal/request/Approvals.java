package id.serasan.attendance.internal.request;

import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.time.Instant;
import java.util.List;

/**
 * Who sees and who decides a request or an appeal. The employee sees their own; the approver (the supervisor in
 * personnel when it was submitted) decides it; HR operators and administrators see and decide any (and those of
 * employees without a supervisor); a unit operator sees those of their unit. Nobody decides their own. Anything
 * outside a caller's sight is answered 404, so its existence is not revealed.
 */
final class Approvals {
    static final int MAX_NOTE = 1000;

    private Approvals() {
    }

    static boolean hr(SerasanPrincipal p) {
        return p.hasAny(Role.ADMIN, Role.HR_OPERATOR);
    }

    static boolean mayDecide(SerasanPrincipal p, String owner, String approver) {
        if (p.nip() != null && p.nip().equals(owner)) {
            return false;
        }
        return hr(p) || (p.has(Role.SUPERVISOR) && p.nip() != null && p.nip().equals(approver));
    }

    static boolean maySee(SerasanPrincipal p, Staff staff, String owner, String approver) {
        if (hr(p) || (p.nip() != null && (p.nip().equals(owner) || p.nip().equals(approver)))) {
            return true;
        }
        if (p.has(Role.UNIT_OPERATOR) && p.nip() != null) {
            String mine = staff.member(p.nip()).map(Staff.Member::unitPath).orElse(null);
            String theirs = staff.member(owner).map(Staff.Member::unitPath).orElse(null);
            return mine != null && theirs != null && (theirs.equals(mine) || theirs.startsWith(mine + "/"));
        }
        return false;
    }

    /** The decision's note: required to refuse (the employee must learn why), at most {@value #MAX_NOTE}. */
    static String note(String note, boolean refusing) {
        String n = note == null ? "" : note.strip();
        if (refusing && n.isEmpty()) {
            throw ProblemException.invalid(List.of(new FieldError("note",
                    "Tulis alasan penolakan / Write why it is refused")));
        }
        if (n.length() > MAX_NOTE) {
            throw ProblemException.invalid(List.of(new FieldError("note", "Paling banyak " + MAX_NOTE
                    + " huruf / At most " + MAX_NOTE + " characters")));
        }
        return n.isEmpty() ? null : n;
    }

    static String name(Staff staff, String nip) {
        return nip == null ? null : staff.member(nip).map(Staff.Member::name).orElse(nip);
    }

    static Instant instant(Long ms) {
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }
}
