package id.serasan.attendance.internal.app;

import id.serasan.attendance.internal.request.AppealService;
import id.serasan.attendance.internal.request.Attachments;
import id.serasan.attendance.internal.request.RequestService;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.page.Upload;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /presensi/banding}: the employee disputes a day's status (the form: the day, why, the evidence) and
 * follows their appeals; a pending one can be withdrawn. {@code ?tanggal=} fills in the day (the month page links
 * here from each day).
 */
@Component(service = Page.class)
public class AppealsPage implements Page {
    static final Set<String> INPUTS = Set.of("date", "reason", "attachment");
    private final AppealService appeals;
    private final RequestService requests;
    private final Attachments attachments;

    @Activate
    public AppealsPage(@Reference AppealService appeals, @Reference RequestService requests,
                       @Reference Attachments attachments) {
        this.appeals = appeals;
        this.requests = requests;
        this.attachments = attachments;
    }

    @Override
    public String path() {
        return "/presensi/banding";
    }

    @Override
    public Text title() {
        return Text.of("Banding presensi", "Attendance appeals");
    }

    @Override
    public Audience audience() {
        return Audience.staff();
    }

    @Override
    public PageResult get(PageRequest r) {
        Map<String, String> values = new HashMap<>();
        String day = r.query("tanggal");
        if (day != null && day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            values.put("date", day);
        }
        return render(r, values, List.of(), r.query("pesan"), 200);
    }

    @Override
    public PageResult post(PageRequest r) {
        boolean en = "en".equals(r.lang());
        Map<String, String> values = new HashMap<>();
        for (String f : INPUTS) {
            if (r.form(f) != null) {
                values.put(f, r.form(f));
            }
        }
        try {
            if ("tarik".equals(r.form("aksi"))) {
                Long id = Forms.id(r.form("id"));
                if (id == null) {
                    throw ProblemException.badRequest("Banding tidak dikenal / Unknown appeal");
                }
                appeals.withdraw(r.caller(), id);
                return PageResult.redirect("/presensi/banding?pesan=ditarik");
            }
            List<FieldError> errors = new ArrayList<>();
            LocalDate date = Forms.date(r, "date", errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            Long file = null;
            Upload u = r.upload("attachment");
            if (u != null && u.present()) {
                try {
                    file = attachments.upload(requests.self(r.caller()).nip(), u.filename(), u.content()).id();
                } catch (ProblemException e) {
                    throw ProblemException.invalid(List.of(new FieldError("attachment", e.detail())));
                }
            }
            appeals.submit(r.caller(), new AppealService.AppealInput(date, r.form("reason"), file));
            return PageResult.redirect("/presensi/banding?pesan=terkirim");
        } catch (ProblemException e) {
            if (e.status() == 404 && "urn:serasan:problem:not-linked".equals(e.type())) {
                return Forms.notLinked();
            }
            return render(r, values, Forms.errors(e, en, INPUTS), null, e.status() == 409 ? 409 : 422);
        }
    }

    private PageResult render(PageRequest r, Map<String, String> values, List<Map<String, String>> errors,
                              String notice, int status) {
        boolean en = "en".equals(r.lang());
        List<AppealService.AppealView> mine;
        try {
            mine = appeals.mine(r.caller());
        } catch (ProblemException e) {
            return Forms.notLinked();
        }
        Map<String, Object> m = new HashMap<>();
        m.put("values", values);
        m.put("errors", errors);
        m.put("fieldErrors", Forms.byField(errors));
        m.put("notice", notice == null ? "" : notice);
        m.put("maxKb", Integer.toString(attachments.maxBytes() / 1024));
        m.put("approver", Forms.approver(r.caller()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AppealService.AppealView x : mine) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", Long.toString(x.id()));
            row.put("date", x.date().toString());
            row.put("reason", x.reason());
            row.put("statusCode", x.status().toLowerCase());
            row.put("status", Forms.status(x.status(), en));
            row.put("approver", x.approverName() == null ? "BKPSDM" : x.approverName());
            row.put("note", x.decisionNote() == null ? "" : x.decisionNote());
            row.put("decided", Forms.when(x.decidedAt()));
            row.put("day", x.day() == null ? "" : MonthPage.label(x.day().code(), en));
            row.put("attachment", x.attachment() == null ? "" : x.attachment().filename());
            row.put("withdrawable", "PENDING".equals(x.status()));
            rows.add(row);
        }
        m.put("appeals", rows);
        PageResult.View view = PageResult.view("templates/appeals.ftlh", m);
        return status == 200 ? view : view.withStatus(status);
    }
}
