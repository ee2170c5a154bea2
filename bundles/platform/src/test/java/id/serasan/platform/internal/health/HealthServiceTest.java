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
}
