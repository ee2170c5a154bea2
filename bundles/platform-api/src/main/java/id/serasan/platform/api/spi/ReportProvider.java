package id.serasan.platform.api.spi;

import id.serasan.platform.api.security.SerasanPrincipal;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A staff report (exported by the reporting module as CSV, XLSX or PDF). Register as an OSGi service. */
@ConsumerType
public interface ReportProvider {
    /** Stable id, prefixed with the module name. */
    String id();

    Text title();

    Audience audience();

    /** The column headings. */
    List<Text> columns();

    /**
     * Produces the rows for this caller; the provider applies per-object rules (a unit operator gets only the
     * unit's rows).
     *
     * @param parameters the report's parameters from the request (e.g. {@code month=2026-11})
     */
    List<List<Object>> rows(SerasanPrincipal caller, Map<String, String> parameters);
}
