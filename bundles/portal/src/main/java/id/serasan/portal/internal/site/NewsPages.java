package id.serasan.portal.internal.site;

import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.spi.Text;
import id.serasan.portal.internal.content.Kind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /berita}, {@code /pengumuman} and their items. */
final class NewsPages {
    private NewsPages() {
    }

    @Component(service = Page.class)
    public static class News extends ListPage {
        @Activate
        public News(@Reference Site site) {
            super(site, Kind.NEWS);
        }

        @Override
        Text description() {
            return Text.of("Berita kegiatan dan kebijakan kepegawaian di Kabupaten Muara Enim.",
                    "News of personnel activities and policies in Muara Enim Regency.");
        }
    }

    @Component(service = Page.class)
    public static class Announcements extends ListPage {
        @Activate
        public Announcements(@Reference Site site) {
            super(site, Kind.ANNOUNCEMENT);
        }

        @Override
        Text description() {
            return Text.of("Pengumuman resmi: seleksi, jadwal layanan, hasil dan pemberitahuan untuk ASN dan masyarakat.",
                    "Official announcements: selections, service schedules, results and notices for civil servants and the public.");
        }
    }

    @Component(service = Page.class)
    public static class NewsItem extends ItemPage {
        @Activate
        public NewsItem(@Reference Site site) {
            super(site, Kind.NEWS);
        }
    }

    @Component(service = Page.class)
    public static class AnnouncementItem extends ItemPage {
        @Activate
        public AnnouncementItem(@Reference Site site) {
            super(site, Kind.ANNOUNCEMENT);
        }
    }
}
