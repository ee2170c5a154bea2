package id.serasan.personnel.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What other modules (attendance, performance, portal) may ask of the personnel module, as an OSGi service.
 * No authorization is applied here: callers apply their own per-object rules.
 */
@ProviderType
public interface EmployeeDirectory {
    /** The employee with this NIP, in any status. */
    Optional<EmployeeSummary> find(String nip);

    /** The unit with this code. */
    Optional<Unit> unit(String code);

    /** NIPs of the active employees whose direct supervisor is {@code supervisorNip}. */
    List<String> subordinates(String supervisorNip);

    /**
     * The active employees of the unit with {@code unitCode} and of its sub-units, or of the whole regency when
     * {@code unitCode} is null, by unit and name.
     *
     * @since 1.3
     */
    List<StaffMember> staff(String unitCode);
}
