package id.serasan.attendance.internal.app;

import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.day.DayService;
import id.serasan.attendance.internal.day.DayStatus;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /presensi/tim}: a team's day, one line per employee (in, out, status): a supervisor's direct
 * subordinates, a unit operator's unit, HR any unit ({@code ?unit=}). {@code ?tanggal=} for another day.
 */
@Component(service = Page.class)
public class TeamPage implements Page {
    static final int MAX_LINES = 300;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private final Staff staff;
    private final DayService days;

    @Activate
    public TeamPage(@Reference Staff staff, @Reference DayService days) {
        this.staff = staff;
        this.days = days;
    }

    @Override
    public String path() {
        return "/presensi/tim";
    }

    @Override
    public Text title() {
        return Text.of("Presensi tim hari ini", "The team's attendance today");
    }

    @Override
    public Audience audience() {
        return Audience.roles(Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN);
    }

    @Override
    public PageResult get(PageRequest r) {
        boolean en = "en".equals(r.lang());
        LocalDate today = LocalDate.now(DayRules.ZONE);
        LocalDate date = today;
        String q = r.query("tanggal");
        if (q != null && !q.isBlank()) {
            try {
                date = LocalDate.parse(q.trim());
            } catch (DateTimeParseException e) {
                return PageResult.problem(400, Text.of("Tanggal tidak valid", "Invalid date"),
                        Text.of("Tulis tanggal sebagai TTTT-BB-HH.", "Write the date as YYYY-MM-DD."));
            }
            if (date.isAfter(today)) {
                date = today;
            }
        }
        SerasanPrincipal p = r.caller();
        String unit = r.query("unit") == null ? "" : r.query("unit").trim();
        List<String> nips = new ArrayList<>();
        String scope;
        boolean hr = p.hasAny(Role.HR_OPERATOR, Role.ADMIN);
        if (hr && !unit.isEmpty()) {
            if (staff.unit(unit).isEmpty()) {
                return PageResult.notFound();
            }
            staff.members(unit).forEach(s -> nips.add(s.nip()));
            scope = staff.unit(unit).get().name();
        } else if (p.has(Role.UNIT_OPERATOR) && p.nip() != null && staff.member(p.nip()).isPresent()
                && (unit.isEmpty() || unit.equals(staff.member(p.nip()).get().unitCode()))) {
            Staff.Member me = staff.member(p.nip()).get();
            staff.members(me.unitCode()).forEach(s -> nips.add(s.nip()));
            scope = me.unitName();
        } else if (p.nip() != null && unit.isEmpty()) {
            nips.addAll(staff.subordinates(p.nip()));
            scope = en ? "Your direct subordinates" : "Bawahan langsung Anda";
        } else {
            scope = "";
        }
        long now = System.currentTimeMillis();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (String nip : nips.subList(0, Math.min(nips.size(), MAX_LINES))) {
            Staff.Member m = staff.member(nip).orElse(null);
            if (m == null || !m.active()) {
                continue;
            }
            DayStatus d = days.day(m, date, now);
            String label = MonthPage.label(d.code(), en);
            counts.merge(label, 1, Integer::sum);
            Map<String, String> row = new HashMap<>();
            row.put("name", m.name());
            row.put("nip", m.nip());
            row.put("in", d.checkIn() == null ? "—" : HHMM.format(DayRules.local(d.checkIn().toEpochMilli())));
            row.put("out", d.checkOut() == null ? "—" : HHMM.format(DayRules.local(d.checkOut().toEpochMilli())));
            row.put("status", label + (d.open() ? (en ? " (so far)" : " (sementara)") : ""));
            row.put("flags", d.flags().isEmpty() ? "" : (en ? "flagged" : "bertanda"));
            rows.add(row);
        }
        rows.sort((a, b) -> a.get("name").compareToIgnoreCase(b.get("name")));
        Map<String, Object> model = new HashMap<>();
        model.put("date", date.toString());
        model.put("previous", date.minusDays(1).toString());
        model.put("next", date.isBefore(today) ? date.plusDays(1).toString() : "");
        model.put("unit", unit);
        model.put("hr", hr);
        model.put("scope", scope);
        model.put("rows", rows);
        List<Map<String, String>> summary = new ArrayList<>();
        counts.forEach((k, v) -> summary.add(Map.of("label", k, "count", Integer.toString(v))));
        model.put("summary", summary);
        model.put("truncated", nips.size() > MAX_LINES);
        model.put("approver", true);
        return PageResult.view("templates/team.ftlh", model);
    }
}
