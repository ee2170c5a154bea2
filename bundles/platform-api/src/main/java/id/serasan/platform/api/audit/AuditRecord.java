package id.serasan.platform.api.audit;

import java.time.Instant;

/** One recorded mutation. {@code before} and {@code after} are JSON texts (null for create/delete). */
public record AuditRecord(long id, Instant at, String actor, String action, String entityType, String entityId,
                          String before, String after) {
}
