package id.serasan.attendance.internal.app;

import id.serasan.attendance.internal.request.AppealService;
import id.serasan.attendance.internal.request.Attachments;
import id.serasan.attendance.internal.request.RequestService;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /presensi/lampiran/{jenis}/{id}}: the letter of a request ({@code permohonan}) or the evidence of an appeal
 * ({@code banding}), for whoever may see that request or appeal; anyone else gets 404.
 */
@Component(service = Page.class)
public class AttachmentPage implements Page {
    private final RequestService requests;
    private final AppealService appeals;

    @Activate
    public AttachmentPage(@Reference RequestService requests, @Reference AppealService appeals) {
        this.requests = requests;
        this.appeals = appeals;
    }

    @Override
    public String path() {
        return "/presensi/lampiran/{jenis}/{id}";
    }

    @Override
    public Text title() {
        return Text.of("Lampiran", "Attachment");
    }

    @Override
    public Audience audience() {
        return Audience.staff();
    }

    @Override
    public PageResult get(PageRequest r) {
        Long id = Forms.id(r.pathParam("id"));
        try {
            if (id != null && "permohonan".equals(r.pathParam("jenis"))) {
                Attachments.FileView f = requests.attachment(r.caller(), id);
                return PageResult.download(f.filename(), f.contentType(), requests.attachmentContent(r.caller(), id));
            }
            if (id != null && "banding".equals(r.pathParam("jenis"))) {
                Attachments.FileView f = appeals.attachment(r.caller(), id);
                return PageResult.download(f.filename(), f.contentType(), appeals.attachmentContent(r.caller(), id));
            }
        } catch (ProblemException e) {
            return PageResult.notFound();
        }
        return PageResult.notFound();
    }
}
