package id.serasan.example.guestbook.internal;

import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.DashboardWidget;
import id.serasan.platform.api.spi.NavigationItem;
import id.serasan.platform.api.spi.NavigationProvider;
import id.serasan.platform.api.spi.Text;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The guestbook's menu entry and dashboard tile. */
@Component(service = {NavigationProvider.class, DashboardWidget.class})
public class GuestbookContributions implements NavigationProvider, DashboardWidget {
    private final GuestbookService service;

    @Activate
    public GuestbookContributions(@Reference GuestbookService service) {
        this.service = service;
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem("guestbook.entries", Text.of("Buku tamu", "Guestbook"), GuestbookPage.PATH, 900,
                Audience.anyone()));
    }

    @Override
    public String id() {
        return "guestbook.count";
    }

    @Override
    public Text title() {
        return Text.of("Entri buku tamu", "Guestbook entries");
    }

    @Override
    public Audience audience() {
        return Audience.staff();
    }

    @Override
    public Map<String, Object> data(SerasanPrincipal caller) {
        return Map.of("entries", service.count());
    }
}
