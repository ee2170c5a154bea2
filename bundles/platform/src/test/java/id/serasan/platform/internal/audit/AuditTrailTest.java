package id.serasan.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.platform.api.audit.AuditQuery;
import id.serasan.platform.api.audit.AuditRecord;
import id.serasan.platform.internal.db.Database;
import id.serasan.platform.internal.TestPlatform;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform writes the stored objects as JSON, in the caller's transaction. */
class AuditTrailTest {
    record Unit(String code, String name, LocalDate since, List<String> tags) {
    }

    private final Database db = TestPlatform.database();
    private final JdbcAuditService audit = new JdbcAuditService(db);

    private AuditRecord last(String id) {
        return audit.find(new AuditQuery(null, null, "unit", id, null, null), 0, 1).items().get(0);
    }

    @Test
    void objectsAreWrittenAsThePlatformsJson() {
        audit.record("hr", "unit.update", "unit", "U1", new Unit("U1", "Lama", LocalDate.of(2020, 1, 2), List.of("a")),
                new Unit("U1", "Baru \"kutip\"", null, List.of()));
        AuditRecord r = last("U1");
        assertThat(r.before()).isEqualTo("{\"code\":\"U1\",\"name\":\"Lama\",\"since\":\"2020-01-02\",\"tags\":[\"a\"]}");
        assertThat(r.after()).contains("\"name\":\"Baru \\\"kutip\\\"\"").contains("\"since\":null");
        assertThat(r.actor()).isEqualTo("hr");
        assertThat(r.action()).isEqualTo("unit.update");
    }

    @Test
    void aCreationHasNoBeforeAndAnOversizedStateStaysValidJson() {
        String big = "x".repeat(JdbcAuditService.MAX_JSON + 10);
        audit.record("hr", "unit.create", "unit", "U2", null, Map.of("name", big));
        AuditRecord r = last("U2");
        assertThat(r.before()).isNull();
        assertThat(r.after()).startsWith("{").endsWith("}").contains("\"truncated\":true")
                .contains("\"length\":" + (big.length() + 11)).contains("\"sha256\":\"");
    }

    @Test
    void insideTheCallersTransactionItRollsBackWithTheChange() {
        try {
            db.tx(c -> {
                audit.record(c, "hr", "unit.delete", "unit", "U3", Map.of("code", "U3"), null);
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(audit.find(new AuditQuery(null, null, "unit", "U3", null, null), 0, 5).total()).isZero();
    }
}
