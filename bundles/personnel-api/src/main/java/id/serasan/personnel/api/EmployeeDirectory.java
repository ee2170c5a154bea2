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
}
