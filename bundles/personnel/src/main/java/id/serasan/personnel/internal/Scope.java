package id.serasan.personnel.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The employees a viewer may see, as an SQL condition on {@code e} (PERSONNEL_EMPLOYEE): everything for HR operators and administrators; otherwise the union of the unit subtree (unit
 * operator), the direct subordinates (supervisor) and the viewer's own record (everyone linked to a NIP).
 *
 * @param all            sees everything
 * @param unitPath       path prefix of the unit a unit operator runs, or null
 * @param supervisorNip  NIP whose direct subordinates are visible, or null
 * @param selfNip        the viewer's own NIP, or null
 */
public record Scope(boolean all, String unitPath, String supervisorNip, String selfNip) {

    public static final Scope ALL = new Scope(true, null, null, null);

    /** SQL condition (with a leading AND) and its parameters appended to {@code params}. */
    public String condition(List<Object> params) {
        if (all) {
            return "";
        }
        List<String> or = new ArrayList<>();
        if (unitPath != null) {
            or.add("e.UNIT_PATH LIKE ?");
            params.add(unitPath + "%");
        }
        if (supervisorNip != null) {
            or.add("e.SUPERVISOR_NIP = ?");
            params.add(supervisorNip);
        }
        if (selfNip != null) {
            or.add("e.NIP = ?");
            params.add(selfNip);
        }
        if (or.isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND (" + String.join(" OR ", or) + ")";
    }

    /** True when the employee with this NIP, supervisor and unit path is visible. */
    public boolean sees(String nip, String supervisor, String path) {
        return all || (unitPath != null && path != null && path.startsWith(unitPath))
                || (supervisorNip != null && supervisorNip.equals(supervisor))
                || (selfNip != null && selfNip.equals(nip));
    }

    /** True when the viewer may edit records in the unit with this path: HR/admin anywhere, a unit operator in their unit. */
    public boolean edits(String path) {
        return all || (unitPath != null && path != null && path.startsWith(unitPath));
    }
}
