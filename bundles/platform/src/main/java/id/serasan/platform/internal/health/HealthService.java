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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

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

    /**
     * The database, when one is there: optional, so that {@code /api/health} answers 503 DOWN (not 404) while the
     * {@code serasan} DataSource is missing (a wrong datasource file, the pool not yet up).
     */
    @Reference(target = "(osgi.jndi.service.name=serasan)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;
    private final ModuleRegistry modules;

    @Activate
    public HealthService(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    /** For tests and for callers outside OSGi: a health check of {@code dataSource} (null: none). */
    public HealthService(DataSource dataSource, ModuleRegistry modules) {
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
        if (ds == null) {
            return new Check("DOWN", null, 0);
        }
        try (Connection c = ds.getConnection()) {
            boolean valid = c.isValid(2);
            String product = c.getMetaData().getDatabaseProductName();
            return new Check(valid ? "UP" : "DOWN", product, (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception e) {
            return new Check("DOWN", null, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
