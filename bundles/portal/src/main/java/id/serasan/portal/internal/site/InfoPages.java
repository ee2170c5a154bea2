package id.serasan.portal.internal.site;

import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.Kind;
import id.serasan.portal.internal.content.PublicContent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Static pages ({@code /profil}, {@code /kontak}, {@code /halaman/{slug}}) and the downloads. */
final class InfoPages {
    private InfoPages() {
    }

    static PageResult page(Site site, PageRequest r, String slug, Map<String, Object> extra, String template) {
        PublicContent.Snapshot s = site.now();
        Optional<Item> found = s.find(Kind.PAGE, slug);
        if (found.isEmpty() && extra.isEmpty()) {
            return PageResult.notFound();
        }
        var media = site.media(s);
        Map<String, Object> m = new HashMap<>(extra);
        m.put("item", found.map(i -> Views.full(i, r.lang(), media)).orElse(Map.of()));
        // the profile lists its own sub-pages (slugs "profil-…": visi-misi, struktur, …)
        m.put("pages", !"profil".equals(slug) ? List.of() : s.ordered(Kind.PAGE).stream()
                .filter(i -> i.slug().startsWith("profil-")).map(i -> Views.card(i, r.lang(), media)).toList());
        PageResult.View v = PageResult.view(template, m);
        if (found.isPresent()) {
            Item i = found.get();
            String summary = Views.card(i, r.lang(), media).get("summary").toString();
            v = v.titled(Text.of(i.title("id"), i.title("en"))).described(Text.of(summary, summary))
                    .withMeta(new PageResult.Meta(i.path(), "website", null, null, false));
        }
        return v;
    }

    @Component(service = Page.class)
    public static class Profile implements Page {
        private final Site site;

        @Activate
        public Profile(@Reference Site site) {
            this.site = site;
        }

        @Override
        public String path() {
            return "/profil";
        }

        @Override
        public Text title() {
            return Text.of("Profil", "About us");
        }

        @Override
        public Audience audience() {
            return Audience.anyone();
        }

        @Override
        public PageResult get(PageRequest r) {
            return page(site, r, "profil", Map.of(), "templates/page.ftlh");
        }
    }

    @Component(service = Page.class)
    public static class Contact implements Page {
        private final Site site;

        @Activate
        public Contact(@Reference Site site) {
            this.site = site;
        }

        @Override
        public String path() {
            return "/kontak";
        }

        @Override
        public Text title() {
            return Text.of("Kontak", "Contact");
        }

        @Override
        public Audience audience() {
            return Audience.anyone();
        }

        @Override
        public PageResult get(PageRequest r) {
            SiteInfo info = site.info();
            Map<String, Object> m = new HashMap<>();
            m.put("contact", Map.of("name", site.name(r), "address", info.contactAddress(),
                    "phone", info.contactPhone(), "phoneLink", info.contactPhone().replace(" ", ""),
                    "email", info.contactEmail(),
                    "hours", "en".equals(r.lang()) ? info.serviceHoursEn() : info.serviceHours()));
            PageResult result = page(site, r, "kontak", m, "templates/contact.ftlh");
            return result instanceof PageResult.View v && v.title() == null
                    ? v.described(Text.of("Alamat, telepon, surel dan jam layanan BKPSDM Kabupaten Muara Enim.",
                    "Address, telephone, e-mail and service hours of the agency.")) : result;
        }
    }

    @Component(service = Page.class)
    public static class Other implements Page {
        private final Site site;

        @Activate
        public Other(@Reference Site site) {
            this.site = site;
        }

        @Override
        public String path() {
            return "/halaman/{slug}";
        }

        @Override
        public Text title() {
            return Text.of("Halaman", "Page");
        }

        @Override
        public Audience audience() {
            return Audience.anyone();
        }

        @Override
        public PageResult get(PageRequest r) {
            String slug = r.pathParam("slug");
            if (slug.equals("profil") || slug.equals("kontak")) {
                return PageResult.redirect("/" + slug);
            }
            return page(site, r, slug, Map.of(), "templates/page.ftlh");
        }
    }

    @Component(service = Page.class)
    public static class Downloads implements Page {
        private final Site site;

        @Activate
        public Downloads(@Reference Site site) {
            this.site = site;
        }

        @Override
        public String path() {
            return "/unduhan";
        }

        @Override
        public Text title() {
            return Text.of("Unduhan", "Downloads");
        }

        @Override
        public Audience audience() {
            return Audience.anyone();
        }

        @Override
        public PageResult get(PageRequest r) {
            PublicContent.Snapshot s = site.now();
            String q = r.query("q") == null ? "" : r.query("q").strip();
            String type = r.query("jenis") == null ? "" : r.query("jenis").strip();
            List<Item> all = s.ordered(Kind.DOWNLOAD);
            List<Item> shown = q.isEmpty() ? all : s.search(q, Kind.DOWNLOAD);
            if (!type.isEmpty()) {
                shown = shown.stream().filter(i -> type.equals(i.category())).toList();
            }
            var media = site.media(s);
            Map<String, Object> m = new HashMap<>();
            m.put("items", shown.stream().map(i -> {
                Map<String, Object> c = Views.full(i, r.lang(), media);
                c.put("number", i.field("number", r.lang()));
                c.put("year", i.field("year", r.lang()));
                return c;
            }).toList());
            m.put("types", new TreeSet<>(all.stream().map(Item::category).filter(c -> c != null).toList()));
            m.put("q", q);
            m.put("type", type);
            m.put("total", shown.size());
            return PageResult.view("templates/downloads.ftlh", m)
                    .described(Text.of("Peraturan, formulir dan dokumen kepegawaian untuk diunduh.",
                            "Regulations, forms and personnel documents to download."))
                    .withMeta(new PageResult.Meta("/unduhan", "website", null, null, !q.isEmpty() || !type.isEmpty()));
        }
    }
}
