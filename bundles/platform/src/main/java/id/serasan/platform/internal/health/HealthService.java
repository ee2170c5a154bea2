package id.serasan.platform.internal.health;

import id.serasan.platform.api.openapi.Field;
import id.serasan.platform.internal.modules.ModuleInfo;
import id.serasan.platform.internal.modules.ModuleRegistry;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Health of the node: the database answers, and which modules serve. */
@Component(service = HealthService.class)
public class HealthService {
    /** The answer of {@code GET /api/health}. */
    public record Health(@Field(required = true, pattern = "^(UP|DOWN)$") String status, Check database,
                         List<ModuleState> modules) {
        public boolean up() {
            return "UP".equals(status);
        }
    }

    /** One check: UP or DOWN, with how long it took. */
    public record Check(@Field(required = true, pattern = "^(UP|DOWN)$") String status, String product, long millis) {
    }

    /** A module's name and whether it serves. */
    public record ModuleState(String name, String state, boolean serving) {
    }

    private final DataSource dataSource;
    private final ModuleRegistry modules;

    @Activate
    public HealthService(@Reference(target = "(osgi.jndi.service.name=serasan)") DataSource dataSource,
                         @Reference ModuleRegistry modules) {
        this.dataSource = dataSource;
        this.modules = modules;
    }

    /**
     * What {@code caller} may see of {@code h}: everything for an ADMIN (who has changed the one-time password),
     * only {@code {"status":"UP"|"DOWN"}} for anyone else - an anonymous caller learns neither the database product
     * nor the installed modules.
     */
    public static Object view(Health h, SerasanPrincipal caller) {
        if (caller != null && caller.has(Role.ADMIN) && !caller.passwordChangeRequired()) {
            return h;
        }
        return Map.of("status", h.status());
    }

    public Health check() {
        Check db = database(dataSource);
        List<ModuleState> ms = modules == null ? List.of() : modules.list().stream()
                .map((ModuleInfo m) -> new ModuleState(m.name(), m.state(), m.serving())).toList();
        return new Health("UP".equals(db.status()) ? "UP" : "DOWN", db, ms);
    }

    static Check database(DataSource ds) {
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            boolean valid = c.isValid(2);
            String product = c.getMetaData().getDatabaseProductName();
            return new Check(valid ? "UP" : "DOWN", product, (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception e) {
            return new Check("DOWN", null, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
