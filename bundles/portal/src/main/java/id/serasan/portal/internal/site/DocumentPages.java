package id.serasan.portal.internal.site;

import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.MediaStore;
import id.serasan.portal.internal.content.PublicContent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The portal's documents for machines: the Atom feed, the sitemap, robots.txt, and the media files. */
final class DocumentPages {
    static final int FEED_SIZE = 20;

    private DocumentPages() {
    }

    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    abstract static class Machine implements Page {
        @Override
        public Text title() {
            return Text.of(path(), path());
        }

        @Override
        public Audience audience() {
            return Audience.anyone();
        }
    }

    /** Atom 1.0 of the latest news and announcements. */
    @Component(service = Page.class)
    public static class Feed extends Machine {
        private final Site site;

        @Activate
        public Feed(@Reference Site site) {
            this.site = site;
        }

        @Override
        public String path() {
            return "/feed.xml";
        }

        @Override
        public PageResult get(PageRequest r) {
            PublicContent.Snapshot s = site.now();
            String base = site.base();
            String lang = r.lang();
            List<Item> items = s.items().stream().filter(i -> i.kind().dated()).limit(FEED_SIZE).toList();
            Instant updated = items.stream().map(Item::updatedAt).max(Instant::compareTo).orElse(s.builtAt());
            StringBuilder b = new StringBuilder(8192);
            b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                    .append("en".equals(lang) ? "en" : "id").append("\">\n");
            b.append("  <title>").append(xml(site.name(r))).append("</title>\n");
            b.append("  <subtitle>").append(xml(r.text("Berita dan pengumuman", "News and announcements")))
                    .append("</subtitle>\n");
            b.append("  <id>").append(xml(base + "/feed.xml")).append("</id>\n");
            b.append("  <link rel=\"self\" href=\"").append(xml(base + "/feed.xml")).append("\"/>\n");
            b.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(base + "/")).append("\"/>\n");
            b.append("  <updated>").append(updated).append("</updated>\n");
            b.append("  <author><name>").append(xml(site.name(r))).append("</name></author>\n");
            for (Item i : items) {
                String link = base + i.path();
                b.append("  <entry>\n");
                b.append("    <title>").append(xml(i.title(lang))).append("</title>\n");
                b.append("    <link href=\"").append(xml(link)).append("\"/>\n");
                b.append("    <id>").append(xml(link)).append("</id>\n");
                b.append("    <published>").append(i.publishAt()).append("</published>\n");
                b.append("    <updated>").append(i.updatedAt()).append("</updated>\n");
                b.append("    <category term=\"").append(xml(i.kind().label().id())).append("\"/>\n");
                b.append("    <summary>").append(xml(Views.card(i, lang, s.media()).get("summary").toString()))
                        .append("</summary>\n");
                b.append("    <content type=\"html\">").append(xml(i.html(lang))).append("</content>\n");
                b.append("  </entry>\n");
            }
            b.append("</feed>\n");
            return new PageResult.Content("application/atom+xml; charset=UTF-8",
                    b.toString().getBytes(StandardCharsets.UTF_8), 300, true);
        }
    }

    /** Every public page of the portal, with its last change and its English alternate. */
    @Component(service = Page.class)
    public static class Sitemap extends Machine {
        private final Site site;

        @Activate
        public Sitemap(@Reference Site site) {
            this.site = site;
        }

        @Override
        public String path() {
            return "/sitemap.xml";
        }

        @Override
        public PageResult get(PageRequest r) {
            PublicContent.Snapshot s = site.now();
            String base = site.base();
            StringBuilder b = new StringBuilder(8192);
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                    .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
            Instant latest = s.items().stream().map(Item::updatedAt).max(Instant::compareTo).orElse(null);
            for (String p : List.of("/", "/berita", "/pengumuman", "/layanan", "/unduhan")) {
                url(b, base, p, latest);
            }
            boolean contact = false;
            for (Item i : s.items()) {
                contact |= i.path().equals("/kontak");
                url(b, base, i.path(), i.updatedAt());
            }
            if (!contact) {
                url(b, base, "/kontak", null);
            }
            b.append("</urlset>\n");
            return new PageResult.Content("application/xml; charset=UTF-8", b.toString().getBytes(StandardCharsets.UTF_8),
                    300, true);
        }

        private static void url(StringBuilder b, String base, String path, Instant modified) {
            b.append("  <url><loc>").append(xml(base + path)).append("</loc>");
            if (modified != null) {
                b.append("<lastmod>").append(Views.isoDate(modified)).append("</lastmod>");
            }
            b.append("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"").append(xml(base + path + "?lang=en"))
                    .append("\"/></url>\n");
        }
    }

    /** Crawlers may read the public site, not the staff pages, forms or the API; the sitemap is named. */
    @Component(service = Page.class)
    public static class Robots extends Machine {
        private final Site site;

        @Activate
        public Robots(@Reference Site site) {
            this.site = site;
        }

        @Override
        public String path() {
            return "/robots.txt";
        }

        @Override
        public PageResult get(PageRequest r) {
            String body = "User-agent: *\nDisallow: /api/\nDisallow: /meja\nDisallow: /masuk\nDisallow: /keluar\n"
                    + "Disallow: /tampilan\nDisallow: /cari\nAllow: /\n\nSitemap: " + site.base() + "/sitemap.xml\n";
            return new PageResult.Content("text/plain; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8), 3600, true);
        }
    }

    /** {@code /media/<name>-<hash>.<ext>}: pictures and attachments, cached for a year (the name changes with them). */
    @Component(service = Page.class)
    public static class MediaFile extends Machine {
        private final MediaStore media;

        @Activate
        public MediaFile(@Reference MediaStore media) {
            this.media = media;
        }

        @Override
        public String path() {
            return "/media/{file}";
        }

        @Override
        public PageResult get(PageRequest r) {
            Optional<MediaStore.Blob> b = media.blob(r.pathParam("file"));
            if (b.isEmpty()) {
                return PageResult.notFound();
            }
            return new PageResult.Content(b.get().contentType(), b.get().content(), PageResult.Content.IMMUTABLE, true);
        }
    }

}
