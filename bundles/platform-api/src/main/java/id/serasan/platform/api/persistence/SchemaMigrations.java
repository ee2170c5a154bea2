package id.serasan.platform.api.persistence;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Applies a module's schema migrations to the shared database and records them.
 *
 * <p>A module ships its scripts in its bundle under {@code db/migration/<module>/} named
 * {@code V<n>__<description>.sql} (n = 1, 2, ...). A script may have a database-specific variant
 * {@code V<n>__<description>.<product>.sql} (product: {@code derby}, {@code postgresql}) which is used instead
 * on that database. Statements are separated by a semicolon at the end of a line. Each script runs in one
 * transaction and is recorded with its checksum in {@code SERASAN_SCHEMA_HISTORY}; a script already applied is
 * never run again, and one whose text changed after it was applied stops the migration with an error. Only one
 * migration runs at a time on a database (a lock row in {@code SERASAN_SCHEMA_LOCK}), so several nodes may start
 * on one database together.
 *
 * <p>Call it in the {@code @Activate} of the component that owns the module's data, before any query.
 */
@ProviderType
public interface SchemaMigrations {

    /**
     * Brings the module's tables up to the newest script in the bundle.
     *
     * @return the versions applied now (empty when already up to date)
     * @throws MigrationException when a script fails (that script's changes are rolled back) or was altered
     */
    List<Integer> migrate(String module, Bundle bundle) throws MigrationException;

    /** The highest applied version of the module, 0 when none. */
    int currentVersion(String module);
}
