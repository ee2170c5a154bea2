package id.serasan.attendance.internal.checkin;

import id.serasan.attendance.internal.config.AttendanceSettings;
import id.serasan.personnel.api.EmployeeDirectory;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmployeeSummary;
import id.serasan.personnel.api.PersonnelEvents;
import id.serasan.personnel.api.Unit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.event.EventConstants;

/**
 * What attendance needs from personnel about an employee (unit, its place in the tree and its office coordinates,
 * the supervisor), read through personnel's {@link EmployeeDirectory} and kept for a short while so the 07:30
 * burst does not read the personnel tables thousands of times a second. A transfer or an employee leaving reaches
 * it at once through personnel's events; anything else (a unit's coordinates) within the configured seconds.
 */
@Component(service = {Staff.class, EventHandler.class}, property = {
    EventConstants.EVENT_TOPIC + "=" + PersonnelEvents.EMPLOYEE_TRANSFERRED,
    EventConstants.EVENT_TOPIC + "=" + PersonnelEvents.EMPLOYEE_LEFT,
    EventConstants.EVENT_TOPIC + "=" + PersonnelEvents.EMPLOYEE_CREATED})
public class Staff implements EventHandler {
    private final EmployeeDirectory directory;
    private final AttendanceSettings settings;
    private final ConcurrentHashMap<String, Cached<Member>> members = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Cached<Unit>> units = new ConcurrentHashMap<>();

    /** An employee as attendance sees them. */
    public record Member(String nip, String name, boolean active, String unitCode, String unitName, String unitPath,
                         Double unitLatitude, Double unitLongitude, String supervisorNip) {
    }

    private record Cached<T>(T value, long at) {
    }

    @Activate
    public Staff(@Reference EmployeeDirectory directory, @Reference AttendanceSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    /** The employee with {@code nip}, or empty when personnel does not know them. */
    public Optional<Member> member(String nip) {
        long now = System.currentTimeMillis();
        Cached<Member> c = members.get(nip);
        if (c == null || now - c.at() > settings.get().directoryCacheMillis()) {
            Optional<EmployeeSummary> e = directory.find(nip);
            if (e.isEmpty()) {
                members.remove(nip);
                return Optional.empty();
            }
            EmployeeSummary s = e.get();
            Optional<Unit> u = s.unitCode() == null ? Optional.empty() : unit(s.unitCode());
            Member m = new Member(s.nip(), s.fullName() == null ? s.name() : s.fullName(),
                    s.status() == EmployeeStatus.ACTIVE, s.unitCode(), s.unitName(),
                    u.map(Unit::path).orElse(s.unitCode()), u.map(Unit::latitude).orElse(null),
                    u.map(Unit::longitude).orElse(null), s.supervisorNip());
            c = new Cached<>(m, now);
            if (members.size() > 200_000) {
                members.clear();
            }
            members.put(nip, c);
        }
        return Optional.of(c.value());
    }

    /** The unit with {@code code}, if personnel knows it. */
    public Optional<Unit> unit(String code) {
        long now = System.currentTimeMillis();
        Cached<Unit> c = units.get(code);
        if (c == null || now - c.at() > settings.get().directoryCacheMillis()) {
            Optional<Unit> u = directory.unit(code);
            if (u.isEmpty()) {
                units.remove(code);
                return Optional.empty();
            }
            c = new Cached<>(u.get(), now);
            units.put(code, c);
        }
        return Optional.of(c.value());
    }

    /** The active staff of a unit and its sub-units (null: everyone), from personnel (not cached). */
    public List<id.serasan.personnel.api.StaffMember> members(String unitCode) {
        return directory.staff(unitCode);
    }

    /** The NIPs of the employees whose direct supervisor is {@code nip}, from personnel (not cached). */
    public List<String> subordinates(String nip) {
        return directory.subordinates(nip);
    }

    @Override
    public void handleEvent(Event event) {
        Object nip = event.getProperty(PersonnelEvents.NIP);
        if (nip != null) {
            members.remove(nip.toString());
        }
    }
}
