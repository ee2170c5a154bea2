package id.serasan.platform.internal.spi;

import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.DashboardWidget;
import id.serasan.platform.api.spi.DatasetProvider;
import id.serasan.platform.api.spi.NavigationItem;
import id.serasan.platform.api.spi.NavigationProvider;
import id.serasan.platform.api.spi.ReportProvider;
import id.serasan.platform.api.spi.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What installed modules contribute through the SPI, tracked live: they appear and vanish with their services. */
@Component(service = Contributions.class)
public class Contributions {
    private static final Logger LOG = LoggerFactory.getLogger(Contributions.class);

    /** A menu entry as the portal gets it. */
    public record NavigationEntry(String id, Text label, String href, int order) {
    }

    /** A dashboard tile with the caller's figures. */
    public record WidgetData(String id, Text title, int order, Map<String, Object> data) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<NavigationProvider> navigation = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<DashboardWidget> widgets = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<DatasetProvider> datasets = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<ReportProvider> reports = new CopyOnWriteArrayList<>();

    /** The menu visible to {@code caller} (null: the public). */
    public List<NavigationEntry> navigation(SerasanPrincipal caller) {
        List<NavigationEntry> out = new ArrayList<>();
        for (NavigationProvider p : navigation) {
            try {
                for (NavigationItem i : p.navigation()) {
                    if (i.audience().includes(caller)) {
                        out.add(new NavigationEntry(i.id(), i.label(), i.href(), i.order()));
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Navigation provider {} failed; its items are left out", p.getClass().getName(), e);
            }
        }
        out.sort(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::id));
        return out;
    }

    /** The dashboard of {@code caller}; a failing widget is left out, not the whole dashboard. */
    public List<WidgetData> dashboard(SerasanPrincipal caller) {
        List<WidgetData> out = new ArrayList<>();
        for (DashboardWidget w : widgets) {
            if (!w.audience().includes(caller)) {
                continue;
            }
            try {
                out.add(new WidgetData(w.id(), w.title(), w.order(), w.data(caller)));
            } catch (RuntimeException e) {
                LOG.warn("Dashboard widget {} failed; it is left out", w.id(), e);
            }
        }
        out.sort(Comparator.comparingInt(WidgetData::order).thenComparing(WidgetData::id));
        return out;
    }

    public List<DatasetProvider> datasets() {
        return List.copyOf(datasets);
    }

    public List<ReportProvider> reports() {
        return List.copyOf(reports);
    }

    /** Everything contributed now, by kind, for administrators. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> nav = new ArrayList<>();
        for (NavigationProvider p : navigation) {
            nav.addAll(p.navigation());
        }
        m.put("navigation", nav);
        m.put("widgets", widgets.stream().map(w -> Map.of("id", w.id(), "title", w.title(), "audience", w.audience())).toList());
        m.put("datasets", datasets.stream().map(DatasetProvider::descriptor).toList());
        m.put("reports", reports.stream().map(r -> Map.of("id", r.id(), "title", r.title(), "audience", r.audience())).toList());
        return m;
    }
}
