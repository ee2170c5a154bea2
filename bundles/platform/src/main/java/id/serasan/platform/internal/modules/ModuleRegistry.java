package id.serasan.platform.internal.modules;

import id.serasan.platform.api.RestModule;
import id.serasan.platform.internal.model.Endpoint;
import id.serasan.platform.internal.model.ResourceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules present: REST roots ({@link RestModule} services, tracked live) joined with the bundles that carry
 * the {@code Serasan-Module} header, whatever their state.
 */
@Component(service = ModuleRegistry.class)
public class ModuleRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    /** A registered REST root. */
    public record Registered(String name, String title, Object root, Bundle bundle, ResourceModel model,
                             long serviceId, int ranking) {
    }

    private final BundleContext context;
    /** Every registered root per module name; the first of each set serves (highest ranking, then oldest). */
    private final Map<String, ConcurrentSkipListSet<Registered>> roots = new ConcurrentHashMap<>();
    private static final Comparator<Registered> ORDER = Comparator.comparingInt((Registered r) -> -r.ranking())
            .thenComparingLong(Registered::serviceId);

    @Activate
    public ModuleRegistry(BundleContext context) {
        this.context = context;
    }

    @Reference(service = RestModule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindModule(ServiceReference<RestModule> ref, RestModule root) {
        Object name = ref.getProperty(RestModule.MODULE_PROPERTY);
        if (!(name instanceof String n) || !RestModule.isValidName(n)) {
            LOG.error("Ignoring REST root {} from {}: property {} must be a valid module name, was {}",
                    root.getClass().getName(), ref.getBundle(), RestModule.MODULE_PROPERTY, name);
            return;
        }
        Object title = ref.getProperty(RestModule.TITLE_PROPERTY);
        Object rank = ref.getProperty("service.ranking");
        Registered r = new Registered(n, title instanceof String t ? t : n, root, ref.getBundle(),
                ResourceModel.of(root.getClass()), (Long) ref.getProperty("service.id"),
                rank instanceof Integer i ? i : 0);
        roots.computeIfAbsent(n, k -> new ConcurrentSkipListSet<>(ORDER)).add(r);
        r.model().undeclared().forEach(e -> LOG.error("Module {}: {} {} declares no access rule and is refused to everyone",
                n, e.httpMethod(), e.path()));
        LOG.info("Module {} serving at /api/v1/{} ({} endpoints)", n, n, r.model().endpoints().size());
    }

    void unbindModule(ServiceReference<RestModule> ref, RestModule root) {
        Object name = ref.getProperty(RestModule.MODULE_PROPERTY);
        if (name instanceof String n) {
            roots.computeIfPresent(n, (k, set) -> {
                set.removeIf(r -> r.root() == root);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** The root serving {@code name} now. */
    public Optional<Registered> lookup(String name) {
        ConcurrentSkipListSet<Registered> set = roots.get(name);
        if (set == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(set.first());
        } catch (java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** Every serving root, by name. */
    public List<Registered> serving() {
        List<Registered> out = new ArrayList<>();
        new TreeMap<>(roots).keySet().forEach(n -> lookup(n).ifPresent(out::add));
        return out;
    }

    /** Every module: serving roots and bundles marked with the Serasan-Module header in any state. */
    public List<ModuleInfo> list() {
        Map<String, ModuleInfo> out = new TreeMap<>();
        for (Registered r : serving()) {
            out.put(r.name(), info(r));
        }
        for (Bundle b : context.getBundles()) {
            Dictionary<String, String> headers = b.getHeaders("");
            String names = headers == null ? null : headers.get(RestModule.MODULE_HEADER);
            if (names == null || b.getState() == Bundle.UNINSTALLED) {
                continue;
            }
            for (String raw : names.split(",")) {
                String n = raw.trim();
                if (!n.isEmpty() && !out.containsKey(n)) {
                    out.put(n, new ModuleInfo(n, n, b.getSymbolicName(), b.getVersion().toString(), state(b), false,
                            "/api/v1/" + n, List.of(), b.getState() == Bundle.ACTIVE
                            ? List.of("bundle active but no REST root registered (missing service or configuration)")
                            : List.of()));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static ModuleInfo info(Registered r) {
        List<ModuleInfo.EndpointInfo> eps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Endpoint e : r.model().endpoints()) {
            String path = "/api/v1/" + r.name() + (e.path().isEmpty() ? "" : "/" + e.path());
            eps.add(new ModuleInfo.EndpointInfo(e.httpMethod(), path, e.access().describe()));
            if (e.access().kind() == id.serasan.platform.internal.model.Access.Kind.UNDECLARED) {
                problems.add(e.httpMethod() + " " + path + " declares no access rule: refused to everyone");
            }
        }
        Bundle b = r.bundle();
        return new ModuleInfo(r.name(), r.title(), b.getSymbolicName(), b.getVersion().toString(), state(b), true,
                "/api/v1/" + r.name(), eps, problems);
    }

    static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNINSTALLED";
        };
    }
}
