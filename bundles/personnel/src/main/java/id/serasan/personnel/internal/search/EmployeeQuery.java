package id.serasan.personnel.internal.search;

import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.Rank;
import id.serasan.personnel.internal.access.AccessPolicy.Scope;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.EmployeeRepository.Criteria;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A search of employees and the SQL it makes on PERSONNEL_EMPLOYEE (alias {@code e}): {@code q} is a name prefix or a
 * NIP prefix (digits), {@code unitCode} includes the sub-units, {@code sort} is one of {@link #SORTS}; null means
 * "any". The conditions use the columns the indexes cover (bench/README.md): prefixes as ranges, the unit subtree as
 * a path prefix, the viewer's scope on the same row.
 */
public record EmployeeQuery(String q, String unitCode, String rank, PositionType positionType, EmployeeStatus status,
                            EmploymentType employmentType, String sort) {

    /** The sorts a caller may ask for and their ORDER BY; every order ends on the NIP so pages are stable. */
    public static final Map<String, String> SORTS = Map.of(
            "name", "e.NAME_KEY, e.NIP", "-name", "e.NAME_KEY DESC, e.NIP DESC",
            "nip", "e.NIP", "-nip", "e.NIP DESC",
            "rank", "e.RANK_ORDER DESC, e.RANK_TMT, e.NIP", "-rank", "e.RANK_ORDER, e.RANK_TMT DESC, e.NIP",
            "birthDate", "e.BIRTH_DATE, e.NIP", "-birthDate", "e.BIRTH_DATE DESC, e.NIP");

    /**
     * For a name prefix Derby's optimizer may pick the unit index and sort the whole unit (25+ ms for a
     * 50,000-employee unit at 120,000, measured); the name index covers the unit and scope filters, so a name prefix
     * names it. The hint is a comment ended by the line break, which PostgreSQL ignores.
     */
    static final String NAME_INDEX_HINT = " --DERBY-PROPERTIES index=IX_PERSONNEL_EMPLOYEE_NAME\n";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    /** Active employees of a unit (null: the regency) of one type (null: any), in NIP order. */
    public static EmployeeQuery active(String unitCode, EmploymentType type) {
        return new EmployeeQuery(null, unitCode, null, null, EmployeeStatus.ACTIVE, type, "nip");
    }

    /** True when a unit filter is given; its path must then be resolved for {@link #criteria}. */
    public boolean hasUnit() {
        return unitCode != null && !unitCode.isBlank();
    }

    private boolean byNip() {
        return q != null && DIGITS.matcher(q.trim()).matches();
    }

    private boolean byName() {
        return q != null && !q.isBlank() && !byNip();
    }

    /** The ORDER BY of a page of results: a NIP prefix without a sort is listed in NIP order; 422 for a bad sort. */
    public String pageOrder() {
        return orderBy((sort == null || sort.isBlank()) && byNip() ? "nip" : sort);
    }

    /** The ORDER BY of every result (export, DUK, schedules); 422 for a bad sort. */
    public String fullOrder() {
        return orderBy(sort);
    }

    static String orderBy(String sort) {
        String s = sort == null || sort.isBlank() ? "name" : sort.trim();
        String sql = SORTS.get(s);
        if (sql == null) {
            throw ProblemException.invalid(List.of(new FieldError("sort",
                    "salah satu dari / one of " + new TreeSet<>(SORTS.keySet()))));
        }
        return sql;
    }

    /**
     * The statement parts of this search within {@code scope}.
     *
     * @param unitPath the path of {@link #unitCode}, resolved by the caller (ignored without a unit filter)
     * @param orderBy  {@link #pageOrder()} or {@link #fullOrder()}
     */
    public Criteria criteria(String unitPath, Scope scope, String orderBy) {
        List<Object> params = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        if (byNip()) {
            String t = q.trim();
            w.append(" AND e.NIP >= ? AND e.NIP < ?");
            params.add(t);
            params.add(t + ":");
        } else if (byName()) {
            String key = EmployeeRepository.nameKey(q);
            w.append(" AND e.NAME_KEY >= ? AND e.NAME_KEY < ?");
            params.add(key);
            params.add(key + '\uffff');
        }
        if (hasUnit()) {
            w.append(" AND e.UNIT_PATH LIKE ?");
            params.add(unitPath + "%");
        }
        if (rank != null && !rank.isBlank()) {
            Rank r = Rank.parse(rank);
            w.append(" AND e.RANK_CODE = ?");
            params.add(r != null ? r.code() : rank.trim().toUpperCase(Locale.ROOT));
        }
        if (positionType != null) {
            w.append(" AND e.POSITION_TYPE = ?");
            params.add(positionType.name());
        }
        if (status != null) {
            w.append(" AND e.STATUS = ?");
            params.add(status.name());
        }
        if (employmentType != null) {
            w.append(" AND e.EMPLOYMENT_TYPE = ?");
            params.add(employmentType.name());
        }
        w.append(scopeCondition(scope, params));
        return new Criteria(byName() ? NAME_INDEX_HINT : "", w.toString(), params, orderBy);
    }

    /**
     * The scope as SQL (with a leading AND): nothing for those who see all, otherwise the union of the unit subtree,
     * the direct subordinates and the viewer's own record, the same rule as {@link Scope#sees}.
     */
    static String scopeCondition(Scope scope, List<Object> params) {
        if (scope.all()) {
            return "";
        }
        List<String> or = new ArrayList<>();
        if (scope.unitPath() != null) {
            or.add("e.UNIT_PATH LIKE ?");
            params.add(scope.unitPath() + "%");
        }
        if (scope.supervisorNip() != null) {
            or.add("e.SUPERVISOR_NIP = ?");
            params.add(scope.supervisorNip());
        }
        if (scope.selfNip() != null) {
            or.add("e.NIP = ?");
            params.add(scope.selfNip());
        }
        if (or.isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND (" + String.join(" OR ", or) + ")";
    }
}
