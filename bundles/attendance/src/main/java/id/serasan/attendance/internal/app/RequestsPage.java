package id.serasan.attendance.internal.app;

import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.request.Attachments;
import id.serasan.attendance.internal.request.RequestService;
import id.serasan.attendance.internal.rules.LeaveType;
import id.serasan.attendance.internal.rules.RequestKind;
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
 * {@code /presensi/permohonan}: the employee's requests (leave, duty travel, flexible work, permission): the annual
 * leave balance, the form with its letter, and every request with its decision; a pending one (or an approved one
 * not begun) can be cancelled.
 */
@Component(service = Page.class)
public class RequestsPage implements Page {
    static final Set<String> INPUTS = Set.of("kind", "leaveType", "from", "to", "reason", "place", "attachment");
    private final RequestService requests;
    private final Attachments attachments;

    @Activate
    public RequestsPage(@Reference RequestService requests, @Reference Attachments attachments) {
        this.requests = requests;
        this.attachments = attachments;
    }

    @Override
    public String path() {
        return "/presensi/permohonan";
    }

    @Override
    public Text title() {
        return Text.of("Permohonan cuti, dinas luar dan izin", "Leave, duty travel and permission requests");
    }

    @Override
    public Audience audience() {
        return Audience.staff();
    }

    @Override
    public PageResult get(PageRequest r) {
        return render(r, Map.of(), List.of(), r.query("pesan"), 200);
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
            if ("batal".equals(r.form("aksi"))) {
                Long id = Forms.id(r.form("id"));
                if (id == null) {
                    throw ProblemException.badRequest("Permohonan tidak dikenal / Unknown request");
                }
                requests.cancel(r.caller(), id);
                return PageResult.redirect("/presensi/permohonan?pesan=dibatalkan");
            }
            List<FieldError> errors = new ArrayList<>();
            LocalDate from = Forms.date(r, "from", errors);
            LocalDate to = Forms.date(r, "to", errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            String kind = r.form("kind");
            Long file = null;
            Upload u = r.upload("attachment");
            if (u != null && u.present()) {
                try {
                    file = attachments.upload(requests.self(r.caller()).nip(), u.filename(), u.content()).id();
                } catch (ProblemException e) {
                    throw ProblemException.invalid(List.of(new FieldError("attachment", e.detail())));
                }
            }
            String leaveType = "LEAVE".equals(kind) ? r.form("leaveType") : null;
            requests.submit(r.caller(), new RequestService.RequestInput(kind, leaveType, from, to == null ? from : to,
                    r.form("reason"), r.form("place"), file));
            return PageResult.redirect("/presensi/permohonan?pesan=terkirim");
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
        List<RequestService.RequestView> mine;
        RequestService.LeaveBalance balance;
        try {
            mine = requests.mine(r.caller());
            balance = requests.balance(r.caller(), LocalDate.now(DayRules.ZONE).getYear());
        } catch (ProblemException e) {
            return Forms.notLinked();
        }
        Map<String, Object> m = new HashMap<>();
        m.put("balance", Map.of("year", Integer.toString(balance.year()), "entitlement",
                Integer.toString(balance.entitlement()), "carried", Integer.toString(balance.carried()), "taken",
                Integer.toString(balance.taken()), "available", Integer.toString(balance.available())));
        List<Map<String, String>> kinds = new ArrayList<>();
        for (RequestKind k : RequestKind.values()) {
            kinds.add(Map.of("id", k.name(), "label", en ? k.en() : k.id()));
        }
        m.put("kinds", kinds);
        List<Map<String, String>> types = new ArrayList<>();
        for (LeaveType t : LeaveType.values()) {
            types.add(Map.of("id", t.name(), "label", en ? t.en() : t.id()));
        }
        m.put("leaveTypes", types);
        Map<String, String> v = new HashMap<>(values);
        v.putIfAbsent("kind", "LEAVE");
        v.putIfAbsent("leaveType", "ANNUAL");
        m.put("values", v);
        m.put("errors", errors);
        m.put("fieldErrors", Forms.byField(errors));
        m.put("notice", notice == null ? "" : notice);
        m.put("maxKb", Integer.toString(attachments.maxBytes() / 1024));
        LocalDate today = LocalDate.now(DayRules.ZONE);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RequestService.RequestView x : mine) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", Long.toString(x.id()));
            row.put("kind", x.leaveTypeLabel() != null ? Forms.text(x.leaveTypeLabel(), en) : Forms.text(x.kindLabel(), en));
            row.put("dates", x.from().equals(x.to()) ? x.from().toString() : x.from() + " – " + x.to());
            row.put("days", Integer.toString(x.workingDays()));
            row.put("reason", x.reason());
            row.put("place", x.place() == null ? "" : x.place());
            row.put("statusCode", x.status().toLowerCase());
            row.put("status", Forms.status(x.status(), en));
            row.put("approver", x.approverName() == null ? (en ? "BKPSDM" : "BKPSDM") : x.approverName());
            row.put("note", x.decisionNote() == null ? "" : x.decisionNote());
            row.put("decided", Forms.when(x.decidedAt()));
            row.put("attachment", x.attachment() == null ? "" : x.attachment().filename());
            row.put("cancellable", "PENDING".equals(x.status())
                    || ("APPROVED".equals(x.status()) && x.from().isAfter(today)));
            rows.add(row);
        }
        m.put("requests", rows);
        m.put("approver", Forms.approver(r.caller()));
        PageResult.View view = PageResult.view("templates/requests.ftlh", m);
        return status == 200 ? view : view.withStatus(status);
    }
}
