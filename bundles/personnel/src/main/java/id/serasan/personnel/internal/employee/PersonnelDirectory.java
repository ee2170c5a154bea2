package id.serasan.personnel.internal.employee;

import id.serasan.personnel.api.EmployeeDirectory;
import id.serasan.personnel.api.EmployeeSummary;
import id.serasan.personnel.api.StaffMember;
import id.serasan.personnel.api.Unit;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.UnitRef;
import id.serasan.personnel.internal.store.UnitRepository;
import id.serasan.personnel.internal.unit.UnitService;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The exported {@link EmployeeDirectory} other modules call: reads only, no per-caller scope (a trusted module). */
@Component(service = EmployeeDirectory.class)
public class PersonnelDirectory implements EmployeeDirectory {
    private final PersonnelDatabase db;
    private final EmployeeRepository employees;
    private final UnitService units;
    private final UnitRepository unitRefs;

    @Activate
    public PersonnelDirectory(@Reference PersonnelDatabase db, @Reference EmployeeRepository employees,
                              @Reference UnitService units, @Reference UnitRepository unitRefs) {
        this.db = db;
        this.employees = employees;
        this.units = units;
        this.unitRefs = unitRefs;
    }

    @Override
    public Optional<EmployeeSummary> find(String nip) {
        return db.read(c -> employees.find(c, nip)).map(EmployeeRow::summary);
    }

    @Override
    public Optional<Unit> unit(String code) {
        return units.unit(code);
    }

    @Override
    public List<String> subordinates(String supervisorNip) {
        return db.read(c -> employees.subordinates(c, supervisorNip));
    }

    @Override
    public List<StaffMember> staff(String unitCode) {
        return db.read(c -> {
            if (unitCode == null) {
                return employees.staff(c, null);
            }
            Optional<UnitRef> u = unitRefs.ref(c, unitCode);
            return u.isEmpty() ? List.<StaffMember>of() : employees.staff(c, u.get().path());
        });
    }
}
