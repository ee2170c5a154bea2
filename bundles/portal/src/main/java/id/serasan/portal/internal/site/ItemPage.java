package id.serasan.portal.internal.site;

import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.Kind;
import id.serasan.portal.internal.content.Media;
import id.serasan.portal.internal.content.PublicContent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One news item or announcement at {@code /berita/{slug}}: its text, picture, date and the latest others. */
abstract class ItemPage implements Page {
    private final Site site;
    private final Kind kind;

    ItemPage(Site site, Kind kind) {
        this.site = site;
        this.kind = kind;
    }

    @Override
    public String path() {
        return kind.base() + "/{slug}";
    }

    @Override
    public Text title() {
        return kind.label();
    }

    @Override
    public Audience audience() {
        return Audience.anyone();
    }

    @Override
    public PageResult get(PageRequest r) {
        PublicContent.Snapshot s = site.now();
        Optional<Item> found = s.find(kind, r.pathParam("slug"));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Item i = found.get();
        String lang = r.lang();
        Map<Long, Media> media = site.media(s);
        Map<String, Object> m = new HashMap<>();
        m.put("item", Views.full(i, lang, media));
        m.put("listPath", kind.base());
        m.put("listLabel", r.text(kind.label().id(), kind.label().en()));
        m.put("others", s.of(kind).stream().filter(o -> o.id() != i.id()).limit(3)
                .map(o -> Views.card(o, lang, media)).toList());
        Media image = i.imageId() == null ? null : media.get(i.imageId());
        String summary = Views.card(i, lang, media).get("summary").toString();
        return PageResult.view("templates/item.ftlh", m)
                .titled(Text.of(i.title("id"), i.title("en")))
                .described(Text.of(summary, summary))
                .withMeta(new PageResult.Meta(i.path(), "article", image == null ? null : image.url(),
                        Views.article(site.base(), i, lang, image, site.name(r)), false));
    }
}
