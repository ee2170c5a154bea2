package id.serasan.platform.api.spi;

import id.serasan.platform.api.security.SerasanPrincipal;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A tile on a staff member's dashboard. Register as an OSGi service. */
@ConsumerType
public interface DashboardWidget {
    /** Stable id, prefixed with the module name. */
    String id();

    Text title();

    Audience audience();

    /** Position on the dashboard, lower first. */
    default int order() {
        return 100;
    }

    /** The widget's figures for this caller, as JSON-serialisable values (numbers, strings, lists, maps). */
    Map<String, Object> data(SerasanPrincipal caller);
}
