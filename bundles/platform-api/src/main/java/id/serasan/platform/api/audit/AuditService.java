package id.serasan.platform.api.audit;

import id.serasan.platform.api.Page;
import java.sql.Connection;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ProviderType;

/** Records and reads the audit trail. Implemented by the platform; modules call {@link #record}. */
@ProviderType
public interface AuditService {

    /**
     * Records one mutation on {@code connection}, inside the caller's transaction, with the object's state before
     * and after as the caller stored it (records, maps, lists, DTOs; null when created or deleted). The platform
     * writes them as JSON with its one Jackson configuration (ISO dates), so the trail holds what was stored, never a
     * hand-written text. Call it after the change succeeded, in the same unit of work.
     *
     * @param actor      who did it (username, or {@code system})
     * @param action     what was done, e.g. {@code user.create}, {@code guestbook.entry.delete}
     * @param entityType the kind of object, e.g. {@code user}
     * @param entityId   the object's id
     * @param before     the object's state before, or null when created
     * @param after      the object's state after, or null when deleted
     * @throws SQLException when the record cannot be written (the caller rolls back)
     */
    void record(Connection connection, String actor, String action, String entityType, String entityId,
                Object before, Object after) throws SQLException;

    /**
     * As {@link #record(Connection, String, String, String, String, Object, Object)}, in a transaction of its own.
     */
    void record(String actor, String action, String entityType, String entityId, Object before, Object after);

    /** Reads the trail, newest first, filtered by {@code query}. */
    Page<AuditRecord> find(AuditQuery query, int page, int size);
}
