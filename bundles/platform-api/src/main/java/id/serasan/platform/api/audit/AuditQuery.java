package id.serasan.platform.api.audit;

import java.time.Instant;

/** Filters for reading the audit trail; every field may be null (no filter). */
public record AuditQuery(String actor, String action, String entityType, String entityId, Instant from,
                         Instant to) {
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
