package id.serasan.platform.api.page;

import id.serasan.platform.api.spi.Text;
import java.util.Map;
import java.util.Objects;

/**
 * A page's answer: a {@link View} rendered in the shared layout, a {@link Redirect}, a {@link Download}, a
 * {@link Content} shown as it is (feeds, sitemaps, images) or a {@link Problem} shown as a helpful page in the
 * layout.
 */
public sealed interface PageResult permits PageResult.View, PageResult.Redirect, PageResult.Download,
        PageResult.Content, PageResult.Problem {

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
    record View(String template, Map<String, Object> model, Text title, Text description, int status, Meta meta)
            implements PageResult {
        public View {
            Objects.requireNonNull(template, "template");
            if (!template.endsWith(".ftlh") || template.startsWith("/") || template.contains("..")) {
                throw new IllegalArgumentException("a relative .ftlh path inside the bundle: " + template);
            }
            model = model == null ? Map.of() : Map.copyOf(model);
            meta = meta == null ? Meta.NONE : meta;
        }

        /** A view without {@link Meta} (the 1.0 shape). */
        public View(String template, Map<String, Object> model, Text title, Text description, int status) {
            this(template, model, title, description, status, Meta.NONE);
        }

        /** The same view with {@code title}. */
        public View titled(Text title) {
            return new View(template, model, title, description, status, meta);
        }

        /** The same view with the meta description {@code description}. */
        public View described(Text description) {
            return new View(template, model, title, description, status, meta);
        }

        /** The same view answered with {@code status}. */
        public View withStatus(int status) {
            return new View(template, model, title, description, status, meta);
        }

        /** The same view with the head's {@code meta} (canonical address, OpenGraph, JSON-LD). */
        public View withMeta(Meta meta) {
            return new View(template, model, title, description, status, meta);
        }
    }

    /**
     * What a view adds to the page's {@code <head>} for search engines and link previews.
     *
     * @param canonical the canonical path of this content (e.g. {@code /berita/pelantikan}), made absolute with the
     *                  site's public address; null: the request path without its query
     * @param type      the OpenGraph type: {@code website} or {@code article}; null: {@code website}
     * @param image     a path of this site to the preview image, or null
     * @param jsonLd    schema.org data as a JSON object (rendered in a non-executed
     *                  {@code <script type="application/ld+json">} block, so the strict CSP holds), or null
     * @param noindex   true for pages search engines should not list (forms, results, drafts)
     */
    record Meta(String canonical, String type, String image, String jsonLd, boolean noindex) {
        /** Nothing beyond the defaults. */
        public static final Meta NONE = new Meta(null, null, null, null, false);

        public Meta {
            for (String p : new String[] {canonical, image}) {
                if (p != null && (!p.startsWith("/") || p.startsWith("//"))) {
                    throw new IllegalArgumentException("a path of this site: " + p);
                }
            }
            if (jsonLd != null && !jsonLd.strip().startsWith("{")) {
                throw new IllegalArgumentException("JSON-LD is a JSON object");
            }
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

    /**
     * A document shown as it is (not as a download and not in the layout): a feed, a sitemap, {@code robots.txt},
     * an image. Served with the page host's security headers.
     *
     * @param contentType  its media type, e.g. {@code application/atom+xml; charset=UTF-8}
     * @param content      its bytes
     * @param cacheSeconds how long browsers and proxies may keep it; 0: revalidate every time. A content whose
     *                     address carries its own hash may say a year ({@link #IMMUTABLE}).
     * @param publicCache  true when it is the same for every visitor (may be kept by shared caches)
     */
    record Content(String contentType, byte[] content, int cacheSeconds, boolean publicCache) implements PageResult {
        /** A year: for addresses that change whenever the content does. */
        public static final int IMMUTABLE = 31_536_000;

        public Content {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
            if (cacheSeconds < 0) {
                throw new IllegalArgumentException("cacheSeconds >= 0");
            }
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

    static Content content(String contentType, byte[] content) {
        return new Content(contentType, content, 0, true);
    }

    static Problem problem(int status, Text title, Text detail) {
        return new Problem(status, title, detail);
    }

    static Problem notFound() {
        return new Problem(404, new Text("Halaman tidak ditemukan", "Page not found"),
                new Text("Alamat ini tidak ada atau sudah dipindahkan.", "This address does not exist or has moved."));
    }
}
