package id.serasan.portal.internal.site;

import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.PublicContent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /cari?q=…}: news, announcements, services, downloads and pages, every word matching a word's start. */
@Component(service = Page.class)
public class SearchPage implements Page {
    static final int SIZE = 20;
    private final Site site;

    @Activate
    public SearchPage(@Reference Site site) {
        this.site = site;
    }

    @Override
    public String path() {
        return "/cari";
    }

    @Override
    public Text title() {
        return Text.of("Cari", "Search");
    }

    @Override
    public Audience audience() {
        return Audience.anyone();
    }

    @Override
    public PageResult get(PageRequest r) {
        String q = r.query("q") == null ? "" : r.query("q").strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        PublicContent.Snapshot s = site.now();
        List<Item> found = q.isEmpty() ? List.of() : s.search(q, null);
        int pages = Math.max(1, (found.size() + SIZE - 1) / SIZE);
        int page = Views.pageNumber(r, pages);
        var media = site.media(s);
        Map<String, Object> m = new HashMap<>();
        m.put("q", q);
        m.put("total", found.size());
        m.put("items", found.stream().skip((long) (page - 1) * SIZE).limit(SIZE)
                .map(i -> Views.card(i, r.lang(), media)).toList());
        m.put("page", page);
        m.put("pages", pages);
        return PageResult.view("templates/search.ftlh", m)
                .titled(q.isEmpty() ? Text.of("Cari", "Search")
                        : Text.of("Hasil pencarian “" + q + "”", "Search results for “" + q + "”"))
                .described(Text.of("Cari berita, pengumuman, layanan, unduhan dan halaman.",
                        "Search news, announcements, services, downloads and pages."))
                .withMeta(new PageResult.Meta("/cari", "website", null, null, !q.isEmpty()));
    }
}
