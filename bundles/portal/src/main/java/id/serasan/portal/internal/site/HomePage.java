package id.serasan.portal.internal.site;

import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import id.serasan.portal.internal.content.Kind;
import id.serasan.portal.internal.content.PublicContent;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The agency's home page: latest news and announcements, the most used services, quick links and contact. */
@Component(service = Page.class)
public class HomePage implements Page {
    static final int NEWS = 4;
    static final int ANNOUNCEMENTS = 4;
    static final int SERVICES = 6;
    private final Site site;

    @Activate
    public HomePage(@Reference Site site) {
        this.site = site;
    }

    @Override
    public String path() {
        return "/";
    }

    @Override
    public Text title() {
        return Text.of("Beranda", "Home");
    }

    @Override
    public Audience audience() {
        return Audience.anyone();
    }

    @Override
    public PageResult get(PageRequest r) {
        PublicContent.Snapshot s = site.now();
        String lang = r.lang();
        var media = site.media(s);
        Map<String, Object> m = new HashMap<>();
        m.put("siteName", site.name(r));
        m.put("news", s.of(Kind.NEWS).stream().limit(NEWS).map(i -> Views.card(i, lang, media)).toList());
        m.put("announcements", s.of(Kind.ANNOUNCEMENT).stream().limit(ANNOUNCEMENTS)
                .map(i -> Views.card(i, lang, media)).toList());
        m.put("services", s.ordered(Kind.SERVICE).stream().limit(SERVICES).map(i -> Views.card(i, lang, media))
                .toList());
        m.put("serviceCount", s.of(Kind.SERVICE).size());
        SiteInfo info = site.info();
        m.put("serviceHours", "en".equals(lang) ? info.serviceHoursEn() : info.serviceHours());
        m.put("address", info.contactAddress());
        m.put("phone", info.contactPhone());
        m.put("email", info.contactEmail());
        m.put("demo", s.items().stream().anyMatch(i -> i.demo()));
        return PageResult.view("templates/home.ftlh", m)
                .titled(Text.of("Beranda", "Home"))
                .described(Text.of("Berita, pengumuman dan layanan kepegawaian " + info.siteName()
                                + ": kenaikan pangkat, pensiun, gaji berkala, cuti, mutasi dan lainnya.",
                        "News, announcements and personnel services of the " + info.siteNameEn()
                                + ": promotion, retirement, salary steps, leave, transfers and more."))
                .withMeta(new PageResult.Meta("/", "website", null,
                        Views.organisation(site.base(), info.siteName(), info.contactAddress(), info.contactPhone(),
                                info.contactEmail()), false));
    }

}
