package id.serasan.platform.internal.page;

import id.serasan.platform.api.page.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages modules contribute, tracked live: a page is served from the moment its service is registered until it
 * is unregistered. A page whose path is not a valid template is refused with a warning and served nowhere.
 */
@Component(service = PageRegistry.class)
public class PageRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PageRegistry.class);

    /** A registered page with its compiled path and the bundle its templates come from. */
    record Registered(Page page, PagePath path, Bundle bundle, long serviceId, int ranking) {
    }

    /** The page that serves a path, with the values of its variables. */
    record Match(Registered page, Map<String, String> params) {
    }

    private final List<Registered> pages = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPage(Page page, ServiceReference<Page> ref) {
        try {
            PagePath path = PagePath.of(page.path());
            Object ranking = ref.getProperty("service.ranking");
            pages.add(new Registered(page, path, ref.getBundle(), (Long) ref.getProperty("service.id"),
                    ranking instanceof Integer i ? i : 0));
        } catch (RuntimeException e) {
            LOG.warn("Page {} of bundle {} is not served: {}", page.getClass().getName(),
                    ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(), e.getMessage());
        }
    }

    void removePage(Page page, ServiceReference<Page> ref) {
        pages.removeIf(r -> r.page() == page);
    }

    /**
     * The most specific page for {@code path}: most literal segments, then the highest {@code service.ranking}
     * (the platform's own home page ranks lowest, so a portal's home replaces it), then the oldest registration.
     */
    Optional<Match> match(String path) {
        List<String> segs = PagePath.split(path);
        return pages.stream()
                .map(r -> r.path().match(segs).map(p -> new Match(r, p)).orElse(null))
                .filter(java.util.Objects::nonNull)
                .min(Comparator.comparingInt((Match m) -> -m.page().path().literals())
                        .thenComparingInt(m -> -m.page().ranking())
                        .thenComparingLong(m -> m.page().serviceId()));
    }

    /** Whether a page serves exactly {@code template} (e.g. {@code /cari}). */
    boolean serves(String template) {
        return pages.stream().anyMatch(r -> r.path().template().equals(template));
    }

    List<Registered> all() {
        return List.copyOf(pages);
    }
}
