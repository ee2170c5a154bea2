package id.serasan.attendance.internal.app;

import id.serasan.attendance.internal.request.AppealService;
import id.serasan.attendance.internal.request.RequestService;
import id.serasan.attendance.internal.request.ReviewService;
import id.serasan.attendance.internal.checkin.Flag;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /presensi/persetujuan}: what waits for the supervisor (HR: also for employees without one): requests,
 * appeals and flagged check-ins, each with its letter and a note, approved or refused with one button.
 */
@Component(service = Page.class)
public class ApprovalsPage implements Page {
    private final RequestService requests;
    private final AppealService appeals;
    private final ReviewService reviews;

    @Activate
    public ApprovalsPage(@Reference RequestService requests, @Reference AppealService appeals,
                         @Reference ReviewService reviews) {
        this.requests = requests;
        this.appeals = appeals;
        this.reviews = reviews;
    }

    @Override
    public String path() {
        return "/presensi/persetujuan";
    }

    @Override
    public Text title() {
        return Text.of("Persetujuan presensi", "Attendance approvals");
    }

    @Override
    public Audience audience() {
        return Audience.roles(Role.SUPERVISOR, Role.HR_OPERATOR, Role.ADMIN);
    }

    @Override
    public PageResult get(PageRequest r) {
        return render(r, List.of(), r.query("pesan"), 200);
    }

    @Override
    public PageResult post(PageRequest r) {
        boolean en = "en".equals(r.lang());
        String what = r.form("jenis");
        boolean yes = "setuju".equals(r.form("aksi"));
        String note = r.form("catatan");
        String field = "catatan-" + what + "-" + (r.form("id") == null ? "" : r.form("id"));
        try {
            Long id = Forms.id(r.form("id"));
            switch (what == null ? "" : what) {
                case "permohonan" -> requests.decide(r.caller(), need(id), new RequestService.RequestDecision(yes, note));
                case "banding" -> appeals.decide(r.caller(), need(id), new AppealService.AppealDecision(yes, note));
                case "presensi" -> reviews.decide(r.caller(), r.form("nip"), r.form("id"),
                        new ReviewService.ReviewInput(yes, note));
                default -> throw ProblemException.badRequest("Tidak dikenal / Unknown");
            }
            return PageResult.redirect("/presensi/persetujuan?pesan=" + (yes ? "disetujui" : "ditolak"));
        } catch (ProblemException e) {
            List<Map<String, String>> errors = new ArrayList<>();
            for (Map<String, String> x : Forms.errors(e, en, Set.of("note"))) {
                errors.add(Map.of("field", x.get("field").isEmpty() ? "" : field, "message", x.get("message")));
            }
            return render(r, errors, null, e.status() == 409 ? 409 : e.status() == 404 ? 404 : 422);
        }
    }

    private static long need(Long id) {
        if (id == null) {
            throw ProblemException.badRequest("Tidak dikenal / Unknown");
        }
        return id;
    }

    private PageResult render(PageRequest r, List<Map<String, String>> errors, String notice, int status) {
        boolean en = "en".equals(r.lang());
        Map<String, Object> m = new HashMap<>();
        m.put("errors", errors);
        m.put("fieldErrors", Forms.byField(errors));
        m.put("values", Map.of());
        m.put("notice", notice == null ? "" : notice);
        m.put("approver", true);
        List<Map<String, String>> reqs = new ArrayList<>();
        for (RequestService.RequestView x : requests.waiting(r.caller())) {
            Map<String, String> row = new HashMap<>();
            row.put("id", Long.toString(x.id()));
            row.put("who", x.name() + " (NIP " + x.nip() + ")");
            row.put("kind", x.leaveTypeLabel() != null ? Forms.text(x.leaveTypeLabel(), en) : Forms.text(x.kindLabel(), en));
            row.put("dates", x.from().equals(x.to()) ? x.from().toString() : x.from() + " – " + x.to());
            row.put("days", Integer.toString(x.workingDays()));
            row.put("reason", x.reason());
            row.put("place", x.place() == null ? "" : x.place());
            row.put("attachment", x.attachment() == null ? "" : x.attachment().filename());
            row.put("sent", Forms.when(x.createdAt()));
            reqs.add(row);
        }
        m.put("requests", reqs);
        List<Map<String, String>> apps = new ArrayList<>();
        for (AppealService.AppealView x : appeals.waiting(r.caller())) {
            Map<String, String> row = new HashMap<>();
            row.put("id", Long.toString(x.id()));
            row.put("who", x.name() + " (NIP " + x.nip() + ")");
            row.put("date", x.date().toString());
            row.put("day", x.day() == null ? "" : MonthPage.label(x.day().code(), en) + (x.day().cutPercent().signum() == 0
                    ? "" : ", " + x.day().cutPercent().toPlainString() + "%"));
            row.put("reason", x.reason());
            row.put("attachment", x.attachment() == null ? "" : x.attachment().filename());
            apps.add(row);
        }
        m.put("appeals", apps);
        List<Map<String, String>> checks = new ArrayList<>();
        for (ReviewService.ReviewItem x : reviews.waiting(r.caller())) {
            Map<String, String> row = new HashMap<>();
            row.put("id", x.checkIn().clientId());
            row.put("nip", x.nip());
            row.put("who", x.name() + " (NIP " + x.nip() + ")");
            row.put("kind", "IN".equals(x.checkIn().kind()) ? (en ? "Check-in" : "Masuk") : (en ? "Check-out" : "Pulang"));
            row.put("at", Forms.when(x.checkIn().at()));
            row.put("site", x.checkIn().site());
            row.put("flags", x.checkIn().flags().stream().map(f -> {
                try {
                    Text t = Flag.valueOf(f).text();
                    return en ? t.en() : t.id();
                } catch (IllegalArgumentException e) {
                    return f;
                }
            }).collect(Collectors.joining("; ")));
            checks.add(row);
        }
        m.put("checkIns", checks);
        PageResult.View view = PageResult.view("templates/approvals.ftlh", m);
        return status == 200 ? view : view.withStatus(status);
    }
}
