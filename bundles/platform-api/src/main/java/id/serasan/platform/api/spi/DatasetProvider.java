package id.serasan.platform.api.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An open-data dataset. Only aggregate, non-personal data may be published: no NIP, names or addresses, and
 * small cells suppressed so that no person can be singled out.
 */
@ConsumerType
public interface DatasetProvider {
    DatasetDescriptor descriptor();

    /** The rows, each in the order of {@link DatasetDescriptor#columns()}. */
    List<List<Object>> rows();
}
