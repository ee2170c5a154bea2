package id.serasan.platform.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

class HealthServiceTest {
    @Test
    void withoutADataSourceTheAnswerIsDownNotMissing() {
        HealthService.Health h = new HealthService(null, null).check();
        assertThat(h.up()).isFalse();
        assertThat(h.database().status()).isEqualTo("DOWN");
        assertThat(h.database().product()).isNull();
    }

    @Test
    void aReachableDatabaseIsUp() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        HealthService.Health h = new HealthService(ds, null).check();
        assertThat(h.up()).isTrue();
        assertThat(h.database().product()).isEqualTo("Apache Derby");
    }

    @Test
    void anUnreachableDatabaseMakesTheNodeDown() {
        DataSource down = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw new SQLException("Connection refused", "08001");
                });
        HealthService.Health h = new HealthService(down, null).check();
        assertThat(h.up()).isFalse();
        assertThat(h.status()).isEqualTo("DOWN");
        assertThat(h.database().status()).isEqualTo("DOWN");
    }

    @Test
    void onlyAnAdminSeesTheDatabaseProductAndTheModules() {
        HealthService.Health h = new HealthService.Health("UP", new HealthService.Check("UP", "Apache Derby", 1),
                java.util.List.of(new HealthService.ModuleState("personnel", "ACTIVE", true)));
        id.serasan.platform.api.security.SerasanPrincipal admin = new id.serasan.platform.api.security.SerasanPrincipal(1,
                "admin", java.util.Set.of(id.serasan.platform.api.security.Role.ADMIN), null, false);
        id.serasan.platform.api.security.SerasanPrincipal employee = new id.serasan.platform.api.security.SerasanPrincipal(2,
                "budi", java.util.Set.of(id.serasan.platform.api.security.Role.EMPLOYEE), null, false);
        id.serasan.platform.api.security.SerasanPrincipal oneTime = new id.serasan.platform.api.security.SerasanPrincipal(1,
                "admin", java.util.Set.of(id.serasan.platform.api.security.Role.ADMIN), null, true);
        assertThat(HealthService.view(h, null)).isEqualTo(java.util.Map.of("status", "UP"));
        assertThat(HealthService.view(h, employee)).isEqualTo(java.util.Map.of("status", "UP"));
        assertThat(HealthService.view(h, oneTime)).isEqualTo(java.util.Map.of("status", "UP"));
        assertThat(HealthService.view(h, admin)).isSameAs(h);
        String anonymous = id.serasan.platform.internal.json.Json.write(HealthService.view(h, null));
        assertThat(anonymous).isEqualTo("{\"status\":\"UP\"}");
    }
}
