package id.serasan.personnel.internal;

import id.serasan.personnel.api.EmployeeDirectory;
import id.serasan.platform.api.security.PersonRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells the platform which NIPs belong to an employee, so an account can be linked only to a NIP personnel knows
 * (in any status: an account may stay linked to a retired employee).
 */
@Component(service = PersonRegistry.class)
public class PersonnelPersonRegistry implements PersonRegistry {
    private final EmployeeDirectory directory;

    @Activate
    public PersonnelPersonRegistry(@Reference EmployeeDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean exists(String nip) {
        return directory.find(nip).isPresent();
    }
}
