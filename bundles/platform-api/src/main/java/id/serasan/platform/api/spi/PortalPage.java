package id.serasan.platform.api.spi;

import id.serasan.platform.api.security.SerasanPrincipal;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the portal, served under {@code /} by the platform's stable portal entry point.
 * Register as an OSGi service; the page is gone as soon as the service is.
 */
@ConsumerType
public interface PortalPage {
    /** The page's path, starting with a slash and the module name, e.g. {@code /guestbook}. */
    String path();

    Text title();

    Audience audience();

    /**
     * The page body as an HTML fragment (the platform adds the layout, navigation and styles). Escape every
     * value that came from a user.
     *
     * @param caller the logged-in account, or null
     * @param lang   {@code id} or {@code en}
     */
    String render(SerasanPrincipal caller, String lang);
}
