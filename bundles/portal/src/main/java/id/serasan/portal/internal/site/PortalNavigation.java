package id.serasan.portal.internal.site;

import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.NavigationItem;
import id.serasan.platform.api.spi.NavigationProvider;
import id.serasan.platform.api.spi.Text;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The portal's menu entries: the public site's sections, and the content desk for editors. */
@Component(service = NavigationProvider.class)
public class PortalNavigation implements NavigationProvider {
    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("portal.profile", Text.of("Profil", "About us"), "/profil", 100, Audience.anyone()),
                new NavigationItem("portal.news", Text.of("Berita", "News"), "/berita", 200, Audience.anyone()),
                new NavigationItem("portal.announcements", Text.of("Pengumuman", "Announcements"), "/pengumuman", 300,
                        Audience.anyone()),
                new NavigationItem("portal.services", Text.of("Layanan", "Services"), "/layanan", 400, Audience.anyone()),
                new NavigationItem("portal.downloads", Text.of("Unduhan", "Downloads"), "/unduhan", 500,
                        Audience.anyone()),
                new NavigationItem("portal.contact", Text.of("Kontak", "Contact"), "/kontak", 600, Audience.anyone()),
                new NavigationItem("portal.desk", Text.of("Meja konten", "Content desk"), "/meja", 2000,
                        Audience.roles(Role.HR_OPERATOR, Role.ADMIN)));
    }
}
