package id.serasan.platform.internal.page;

import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import id.serasan.platform.internal.spi.Contributions;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's own home page: what the installed modules offer this visitor (their menu entries). It ranks
 * lowest, so the portal module's home page replaces it while installed, and it comes back when the portal goes.
 */
@Component(service = Page.class, property = "service.ranking:Integer=-1000")
public class HomePage implements Page {
    private final Contributions contributions;

    @Activate
    public HomePage(@Reference Contributions contributions) {
        this.contributions = contributions;
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
        List<Map<String, String>> offers = contributions.navigation(r.caller()).stream()
                .map(n -> Map.of("href", n.href(), "label", r.text(n.label().id(), n.label().en()))).toList();
        return PageResult.view("templates/page/home.ftlh", Map.of("offers", offers))
                .described(Text.of("Layanan kepegawaian daring BKPSDM Kabupaten Muara Enim.",
                        "Online personnel services of the Muara Enim Regency civil service agency."));
    }
}
