package id.serasan.personnel.internal.search;

import id.serasan.personnel.api.EmployeeSummary;
import id.serasan.personnel.internal.access.AccessPolicy;
import id.serasan.personnel.internal.access.AccessPolicy.Scope;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.EmployeeRepository.Criteria;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.UnitRef;
import id.serasan.personnel.internal.store.UnitRepository;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs {@link EmployeeQuery} searches within the viewer's scope: pages (count, then the page's ids from the
 * employee table alone, then their rows) and full result streams for exports, the DUK and the schedules.
 */
@Component(service = EmployeeSearch.class)
public class EmployeeSearch {
    private final PersonnelDatabase db;
    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final AccessPolicy access;

    @Activate
    public EmployeeSearch(@Reference PersonnelDatabase db, @Reference EmployeeRepository employees,
                          @Reference UnitRepository units, @Reference AccessPolicy access) {
        this.db = db;
        this.employees = employees;
        this.units = units;
        this.access = access;
    }

    public Page<EmployeeSummary> search(Viewer viewer, EmployeeQuery q, int page, int size) {
        Scope scope = access.scope(viewer);
        String order = q.pageOrder();
        return db.read(c -> {
            Criteria criteria = q.criteria(unitPath(c, q), scope, order);
            long total = employees.count(c, criteria);
            List<Long> ids = employees.pageIds(c, criteria, (long) page * size, size);
            return new Page<>(employees.byIds(c, ids).stream().map(EmployeeRow::summary).toList(), page, size, total);
        });
    }

    /** Every row matching {@code q} within the viewer's scope, in the query's order. */
    public void forEach(Viewer viewer, EmployeeQuery q, Consumer<EmployeeRow> sink) {
        Scope scope = access.scope(viewer);
        String order = q.fullOrder();
        db.read(c -> {
            employees.forEach(c, q.criteria(unitPath(c, q), scope, order), sink);
            return null;
        });
    }

    /** The path of the query's unit; 422 when there is no such unit. */
    private String unitPath(Connection c, EmployeeQuery q) throws SQLException {
        if (!q.hasUnit()) {
            return null;
        }
        return units.ref(c, q.unitCode()).map(UnitRef::path).orElseThrow(() -> ProblemException.invalid(List.of(
                new FieldError("unit", "unit tidak ada / no such unit"))));
    }
}
