package id.serasan.attendance.internal.store;

import id.serasan.attendance.api.AttendanceEvents;
import id.serasan.platform.api.persistence.Jdbc;
import id.serasan.platform.api.persistence.SchemaMigrations;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The attendance tables on the shared {@code serasan} DataSource, migrated to the bundle's newest script when this
 * component activates. Plain JDBC throughout: the check-in path and the recaps are measured hot paths (bench/), and
 * the other tables (sites, holidays, outages, devices) are single rows edited by HR.
 */
@Component(service = AttendanceDatabase.class)
public class AttendanceDatabase {
    private final DataSource dataSource;

    @Activate
    public AttendanceDatabase(@Reference(target = "(osgi.jndi.service.name=serasan)") DataSource dataSource,
                              @Reference SchemaMigrations migrations, BundleContext context) {
        this(dataSource);
        migrations.migrate(AttendanceEvents.MODULE, context.getBundle());
    }

    /** A database whose schema is in place already (tests, benchmarks). */
    public AttendanceDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T tx(Jdbc.Work<T> work) {
        return Jdbc.tx(dataSource, work);
    }

    /** A connection of its own (the group-commit writer keeps one instead of borrowing per batch). */
    public java.sql.Connection open() throws java.sql.SQLException {
        return dataSource.getConnection();
    }

    /** Runs read-only {@code work} with auto-commit. */
    public <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work);
    }
}
