package id.serasan.platform.api.page;

import id.serasan.platform.api.spi.Text;
import java.util.Map;
import java.util.Objects;

/**
 * A page's answer: a {@link View} rendered in the shared layout, a {@link Redirect}, a {@link Download} or a
 * {@link Problem} shown as a helpful page in the layout.
 */
public sealed interface PageResult permits PageResult.View, PageResult.Redirect, PageResult.Download,
        PageResult.Problem {

    /**
     * A FreeMarker template ({@code .ftlh}: every value auto-escaped) loaded from the page's own bundle, with its
     * model. The template renders the page's main content; the platform wraps it in the layout. Besides the model,
     * a template sees {@code lang}, {@code caller} (or null), {@code csrf} (the hidden field's value for forms),
     * {@code path} and the method {@code t("teks", "text")} that picks the visitor's language.
     *
     * @param template    path of the template inside the bundle, e.g. {@code templates/guestbook.ftlh}
     * @param model       the values the template shows
     * @param title       the page's title (null: the page's own {@link Page#title()})
     * @param description the meta description (null: none)
     * @param status      the HTTP status, normally 200 (422 for a form shown again with its errors)
     */
    record View(String template, Map<String, Object> model, Text title, Text description, int status)
            implements PageResult {
        public View {
            Objects.requireNonNull(template, "template");
            if (!template.endsWith(".ftlh") || template.startsWith("/") || template.contains("..")) {
                throw new IllegalArgumentException("a relative .ftlh path inside the bundle: " + template);
            }
            model = model == null ? Map.of() : Map.copyOf(model);
        }

        /** The same view with {@code title}. */
        public View titled(Text title) {
            return new View(template, model, title, description, status);
        }

        /** The same view with the meta description {@code description}. */
        public View described(Text description) {
            return new View(template, model, title, description, status);
        }

        /** The same view answered with {@code status}. */
        public View withStatus(int status) {
            return new View(template, model, title, description, status);
        }
    }

    /** A 303 See Other to a path of this site (never to another site: no open redirects). */
    record Redirect(String location) implements PageResult {
        public Redirect {
            Objects.requireNonNull(location, "location");
            if (!location.startsWith("/") || location.startsWith("//") || location.contains("\\")
                    || location.chars().anyMatch(c -> c < 0x21)) {
                throw new IllegalArgumentException("a path of this site: " + location);
            }
        }
    }

    /** A file to download, with its name and type. */
    record Download(String filename, String contentType, byte[] content) implements PageResult {
        public Download {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }

    /** An error shown as a page in the layout, with the way home and search. */
    record Problem(int status, Text title, Text detail) implements PageResult {
        public Problem {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an error status: " + status);
            }
            Objects.requireNonNull(title, "title");
        }
    }

    static View view(String template, Map<String, Object> model) {
        return new View(template, model, null, null, 200);
    }

    static Redirect redirect(String location) {
        return new Redirect(location);
    }

    static Download download(String filename, String contentType, byte[] content) {
        return new Download(filename, contentType, content);
    }

    static Problem problem(int status, Text title, Text detail) {
        return new Problem(status, title, detail);
    }

    static Problem notFound() {
        return new Problem(404, new Text("Halaman tidak ditemukan", "Page not found"),
                new Text("Alamat ini tidak ada atau sudah dipindahkan.", "This address does not exist or has moved."));
    }
}
