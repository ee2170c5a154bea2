package id.serasan.platform.internal.db;

import id.serasan.platform.api.persistence.Jdbc;
import id.serasan.platform.api.persistence.SchemaMigrations;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's own tables in the shared DataSource, brought up to date before any other platform component
 * touches them. The platform uses plain JDBC: its queries are few, small and on the hot path of every request
 * (token check), and it keeps the platform free of the JPA stack.
 */
@Component(service = Database.class)
public class Database {
    private final DataSource dataSource;

    @Activate
    public Database(@Reference(target = "(osgi.jndi.service.name=serasan)") DataSource dataSource,
                    @Reference SchemaMigrations migrations, BundleContext context) {
        this.dataSource = dataSource;
        migrations.migrate("platform", context.getBundle());
    }

    /** For tests: a database whose schema is already in place. */
    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Work on one connection in one transaction. */
    public interface Work<T> extends Jdbc.Work<T> {
    }

    /** Runs {@code work} in a transaction: committed when it returns, rolled back when it throws. */
    public <T> T tx(Work<T> work) {
        try {
            return Jdbc.tx(dataSource, work);
        } catch (Jdbc.DataAccessException e) {
            throw new DatabaseException(e.getCause());
        }
    }

    /** Runs read-only {@code work} with auto-commit. */
    public <T> T read(Work<T> work) {
        try {
            return Jdbc.read(dataSource, work);
        } catch (Jdbc.DataAccessException e) {
            throw new DatabaseException(e.getCause());
        }
    }

    /** A database failure; answered as 503 (database unavailable), never with its text. */
    public static class DatabaseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
