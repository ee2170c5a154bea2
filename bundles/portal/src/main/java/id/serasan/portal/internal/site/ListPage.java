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
import java.util.TreeSet;

/** A dated list (news or announcements): newest first, with categories and pages of {@link #SIZE}. */
abstract class ListPage implements Page {
    static final int SIZE = 10;
    private final Site site;
    private final Kind kind;

    ListPage(Site site, Kind kind) {
        this.site = site;
        this.kind = kind;
    }

    @Override
    public String path() {
        return kind.base();
    }

    @Override
    public Text title() {
        return kind.label();
    }

    @Override
    public Audience audience() {
        return Audience.anyone();
    }

    abstract Text description();

    @Override
    public PageResult get(PageRequest r) {
        PublicContent.Snapshot s = site.now();
        String category = r.query("kategori");
        List<Item> all = s.of(kind);
        List<Item> shown = category == null || category.isBlank() ? all
                : all.stream().filter(i -> category.equals(i.category())).toList();
        int pages = Math.max(1, (shown.size() + SIZE - 1) / SIZE);
        int page = Views.pageNumber(r, pages);
        var media = site.media(s);
        Map<String, Object> m = new HashMap<>();
        m.put("heading", r.text(kind.label().id(), kind.label().en()));
        m.put("intro", r.text(description().id(), description().en()));
        m.put("items", shown.stream().skip((long) (page - 1) * SIZE).limit(SIZE)
                .map(i -> Views.card(i, r.lang(), media)).toList());
        m.put("categories", new TreeSet<>(all.stream().map(Item::category).filter(c -> c != null).toList()));
        m.put("category", category == null ? "" : category);
        m.put("page", page);
        m.put("pages", pages);
        m.put("base", kind.base());
        m.put("total", shown.size());
        String canonical = kind.base() + (page > 1 ? "?halaman=" + page : "");
        return PageResult.view("templates/list.ftlh", m).described(description())
                .withMeta(new PageResult.Meta(kind.base(), "website", null, null,
                        category != null && !category.isBlank()))
                .titled(page > 1 ? Text.of(kind.label().id() + " – halaman " + page,
                        kind.label().en() + " – page " + page) : kind.label());
    }
}
