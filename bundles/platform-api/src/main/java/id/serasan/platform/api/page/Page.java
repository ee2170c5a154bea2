package id.serasan.platform.api.page;

import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A web page (or a family of pages under one path template) that a module contributes. Register it as an OSGi
 * service; it is served as soon as it is registered and gone as soon as it is not, without disturbing any other
 * page or API.
 *
 * <pre>
 * &#64;Component(service = Page.class)
 * public class GuestbookPage implements Page {
 *     public String path() { return "/bukutamu"; }
 *     public Text title() { return new Text("Buku tamu", "Guestbook"); }
 *     public Audience audience() { return Audience.anyone(); }
 *     public PageResult get(PageRequest r) {
 *         return PageResult.view("templates/guestbook.ftlh", Map.of("entries", service.latest()));
 *     }
 *     public PageResult post(PageRequest r) { ... return PageResult.redirect("/bukutamu"); }
 * }
 * </pre>
 */
@ConsumerType
public interface Page {
    /**
     * The path template, starting with a slash: literal segments and {@code {name}} variables, each matching one
     * segment, e.g. {@code /berita} or {@code /berita/{slug}}. {@code /} is the home page. Paths under
     * {@code /api}, {@code /assets} and {@code /tampilan} belong to the platform. When two pages match a path, the
     * one with more literal segments serves it.
     */
    String path();

    /** The page's title, used in {@code <title>} unless the view sets its own. */
    Text title();

    /** Who may open it. Anyone else gets the login page (not logged in) or 403 (logged in). */
    Audience audience();

    /** Answers a GET (and HEAD). */
    PageResult get(PageRequest request);

    /**
     * Answers a form POST. The platform has already checked its CSRF token, so a POST reaching this method came
     * from one of our own forms. After a change, answer with a redirect (post/redirect/get). Default: 405.
     */
    default PageResult post(PageRequest request) {
        return PageResult.problem(405, new Text("Metode tidak diizinkan", "Method not allowed"),
                new Text("Halaman ini tidak menerima formulir.", "This page does not accept forms."));
    }
}
