package id.serasan.portal.internal.site;

import id.serasan.platform.api.PublicUrls;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.portal.internal.content.Media;
import id.serasan.portal.internal.content.MediaStore;
import id.serasan.portal.internal.content.PublicContent;
import java.util.Collection;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** What every public page of the portal uses: the visible content, its pictures, the address and the agency. */
@Component(service = Site.class, configurationPid = "id.serasan.site")
public class Site {
    final PublicContent content;
    final MediaStore media;
    final PublicUrls urls;
    private volatile SiteInfo info;

    @Activate
    public Site(@Reference PublicContent content, @Reference MediaStore media, @Reference PublicUrls urls,
                SiteInfo info) {
        this.content = content;
        this.media = media;
        this.urls = urls;
        this.info = info;
    }

    @Modified
    void modified(SiteInfo info) {
        this.info = info;
    }

    SiteInfo info() {
        return info;
    }

    String base() {
        return urls.base().toString();
    }

    String name(PageRequest r) {
        return "en".equals(r.lang()) ? info.siteNameEn() : info.siteName();
    }

    PublicContent.Snapshot now() {
        return content.now();
    }

    /** The pictures and files of every visible item. */
    Map<Long, Media> media(PublicContent.Snapshot s) {
        return s.media();
    }

    Map<Long, Media> media(Collection<Long> ids) {
        return media.byIds(ids);
    }
}
