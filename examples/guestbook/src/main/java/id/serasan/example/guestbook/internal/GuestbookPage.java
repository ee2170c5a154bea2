package id.serasan.example.guestbook.internal;

import id.serasan.example.guestbook.api.Entry;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /bukutamu}: the guestbook as a page - the latest entries for everyone, and a form for logged-in staff. The
 * example of a page with a form: the platform checks the CSRF token, the page validates, and a successful post
 * answers with a redirect (post/redirect/get); a refused one shows the form again with the message kept.
 */
@Component(service = Page.class)
public class GuestbookPage implements Page {
    static final String PATH = "/bukutamu";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter WHEN_ID = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm 'WIB'",
            Locale.forLanguageTag("id"));
    private static final DateTimeFormatter WHEN_EN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'WIB'",
            Locale.ENGLISH);

    private final GuestbookService service;

    @Activate
    public GuestbookPage(@Reference GuestbookService service) {
        this.service = service;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Text title() {
        return Text.of("Buku tamu", "Guestbook");
    }

    @Override
    public Audience audience() {
        return Audience.anyone();
    }

    @Override
    public PageResult get(PageRequest r) {
        return view(r, "", List.of(), "1".equals(r.query("terkirim")), 200);
    }

    @Override
    public PageResult post(PageRequest r) {
        if (r.caller() == null) {
            return PageResult.problem(401, Text.of("Silakan masuk dulu", "Please log in first"),
                    Text.of("Hanya pegawai yang sudah masuk yang dapat menulis di buku tamu.",
                            "Only staff who have logged in can write in the guestbook."));
        }
        String message = r.form("message");
        try {
            service.add(r.caller().username(), message);
        } catch (ProblemException e) {
            List<String> errors = e.errors() == null || e.errors().isEmpty() ? List.of(String.valueOf(e.detail()))
                    : e.errors().stream().map(FieldError::message).toList();
            return view(r, message == null ? "" : message, errors, false, e.status());
        }
        return PageResult.redirect(PATH + "?terkirim=1");
    }

    private PageResult view(PageRequest r, String message, List<String> errors, boolean sent, int status) {
        DateTimeFormatter when = "en".equals(r.lang()) ? WHEN_EN : WHEN_ID;
        List<Map<String, Object>> entries = service.list(0, 20).items().stream().map((Entry e) -> {
            Map<String, Object> m = new HashMap<>();
            m.put("author", e.author());
            m.put("message", e.message());
            m.put("when", when.format(e.createdAt().atZone(WIB)));
            m.put("datetime", e.createdAt().toString());
            return m;
        }).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("entries", entries);
        model.put("message", message);
        model.put("errors", errors);
        model.put("sent", sent);
        return PageResult.view("templates/guestbook.ftlh", model)
                .described(Text.of("Buku tamu contoh modul tambahan Serasan.", "The guestbook of Serasan's example add-on."))
                .withStatus(status);
    }
}
