package id.serasan.platform.api.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** A module's menu entries. Register as an OSGi service; they disappear when the service goes. */
@ConsumerType
public interface NavigationProvider {
    List<NavigationItem> navigation();
}
