package id.serasan.personnel.internal.store;

import id.serasan.personnel.api.PersonnelEvents;
import id.serasan.platform.api.persistence.Jdbc;
import id.serasan.platform.api.persistence.SchemaMigrations;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The personnel tables on the shared {@code serasan} DataSource: migrated to the bundle's newest script when this
 * component activates (so no component that references it ever sees an old schema), and the units of work the
 * services run the repositories' SQL in. Plain JDBC: the hot paths (search over 120,000 employees, bulk import) are
 * measured in bench/.
 */
@Component(service = PersonnelDatabase.class)
public class PersonnelDatabase {
    private final DataSource dataSource;

    @Activate
    public PersonnelDatabase(@Reference(target = "(osgi.jndi.service.name=serasan)") DataSource dataSource,
                             @Reference SchemaMigrations migrations, BundleContext context) {
        this(dataSource);
        migrations.migrate(PersonnelEvents.MODULE, context.getBundle());
    }

    /** A database whose schema is in place already (tests). */
    public PersonnelDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T tx(Jdbc.Work<T> work) {
        return Jdbc.tx(dataSource, work);
    }

    /** Runs read-only {@code work} with auto-commit. */
    public <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work);
    }
}
