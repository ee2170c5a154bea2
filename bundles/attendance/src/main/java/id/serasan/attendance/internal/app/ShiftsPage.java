package id.serasan.attendance.internal.app;

import id.serasan.attendance.internal.calendar.RosterService;
import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.attendance.internal.day.DayRules;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /presensi/sif?unit=&nip=&bulan=}: a unit's shifts (a form of rows, blank rows to add) and one employee's
 * roster of a month (one choice per day). HR any unit; a unit operator their own.
 */
@Component(service = Page.class)
public class ShiftsPage implements Page {
    static final int BLANK_ROWS = 3;
    private final RosterService rosters;
    private final Staff staff;

    @Activate
    public ShiftsPage(@Reference RosterService rosters, @Reference Staff staff) {
        this.rosters = rosters;
        this.staff = staff;
    }

    @Override
    public String path() {
        return "/presensi/sif";
    }

    @Override
    public Text title() {
        return Text.of("Sif dan jadwal", "Shifts and rosters");
    }

    @Override
    public Audience audience() {
        return Audience.roles(Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN);
    }

    @Override
    public PageResult get(PageRequest r) {
        return render(r, r.query("unit"), r.query("nip"), r.query("bulan"), List.of(), null, r.query("pesan"), 200);
    }

    @Override
    public PageResult post(PageRequest r) {
        boolean en = "en".equals(r.lang());
        String unit = r.form("unit");
        String nip = r.form("nip");
        String month = r.form("bulan");
        try {
            if (!mayWrite(r.caller(), unit)) {
                return PageResult.notFound();
            }
            if ("sif".equals(r.form("aksi"))) {
                List<RosterService.ShiftInput> in = new ArrayList<>();
                for (int i = 0; i < RosterService.MAX_SHIFTS; i++) {
                    String code = r.form("code" + i);
                    if (code == null) {
                        break;
                    }
                    if (!code.isBlank()) {
                        in.add(new RosterService.ShiftInput(code.trim(), r.form("name" + i), r.form("start" + i),
                                r.form("end" + i)));
                    }
                }
                rosters.setShifts(r.caller().username(), unit, in);
                return PageResult.redirect("/presensi/sif?unit=" + unit + "&pesan=sif");
            }
            Staff.Member m = staff.member(nip == null ? "" : nip.trim()).orElse(null);
            if (m == null || !unit.equals(m.unitCode())) {
                throw ProblemException.invalid(List.of(new FieldError("nip",
                        "Pegawai tidak ada di unit ini / No such employee in this unit")));
            }
            YearMonth ym = YearMonth.parse(month);
            Map<String, String> days = new LinkedHashMap<>();
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                String v = r.form("d" + d);
                if (v != null && !v.isBlank()) {
                    days.put(ym.atDay(d).toString(), v);
                }
            }
            rosters.setRoster(r.caller().username(), m.nip(), unit, ym, days);
            return PageResult.redirect("/presensi/sif?unit=" + unit + "&nip=" + m.nip() + "&bulan=" + ym
                    + "&pesan=jadwal");
        } catch (ProblemException e) {
            return render(r, unit, nip, month, Forms.errors(e, en, java.util.Set.of("nip")), null, null,
                    e.status() == 409 ? 409 : 422);
        } catch (java.time.format.DateTimeParseException e) {
            return render(r, unit, nip, month, List.of(Map.of("field", "", "message", en ? "Invalid month"
                    : "Bulan tidak valid")), null, null, 422);
        }
    }

    private boolean mayWrite(SerasanPrincipal p, String unit) {
        if (unit == null || staff.unit(unit).isEmpty()) {
            return false;
        }
        if (p.hasAny(Role.HR_OPERATOR, Role.ADMIN)) {
            return true;
        }
        String mine = p.nip() == null ? null : staff.member(p.nip()).map(Staff.Member::unitPath).orElse(null);
        String path = staff.unit(unit).get().path();
        return mine != null && (path.equals(mine) || path.startsWith(mine + "/"));
    }

    private PageResult render(PageRequest r, String unitQ, String nipQ, String monthQ, List<Map<String, String>> errors,
                              Map<String, String> values, String notice, int status) {
        boolean en = "en".equals(r.lang());
        SerasanPrincipal p = r.caller();
        String unit = unitQ == null ? "" : unitQ.trim();
        if (unit.isEmpty() && !p.hasAny(Role.HR_OPERATOR, Role.ADMIN) && p.nip() != null) {
            unit = staff.member(p.nip()).map(Staff.Member::unitCode).orElse("");
        }
        Map<String, Object> m = HrPages.base(r, values == null ? Map.of() : values, errors, notice);
        m.put("unit", unit);
        boolean ok = !unit.isEmpty() && mayWrite(p, unit);
        m.put("ok", ok);
        m.put("unitName", ok ? staff.unit(unit).get().name() : "");
        List<Map<String, String>> shiftRows = new ArrayList<>();
        List<Map<String, String>> options = new ArrayList<>();
        if (ok) {
            for (RosterService.ShiftView s : rosters.shifts(unit)) {
                shiftRows.add(Map.of("code", s.code(), "name", s.name(), "start", s.start(), "end", s.end(),
                        "night", s.crossesMidnight() ? "true" : ""));
                options.add(Map.of("id", s.code(), "label", s.code() + " — " + s.name() + " (" + s.start() + "–"
                        + s.end() + ")"));
            }
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            shiftRows.add(Map.of("code", "", "name", "", "start", "", "end", "", "night", ""));
        }
        m.put("shifts", shiftRows);
        m.put("options", options);
        YearMonth month = HrPages.month(monthQ);
        if (month == null) {
            month = YearMonth.now(DayRules.ZONE);
        }
        m.put("month", month.toString());
        String nip = nipQ == null ? "" : nipQ.trim();
        m.put("nip", nip);
        Staff.Member emp = nip.isEmpty() ? null : staff.member(nip).orElse(null);
        boolean showRoster = ok && emp != null && unit.equals(emp.unitCode());
        m.put("employee", showRoster ? emp.name() : "");
        List<Map<String, String>> days = new ArrayList<>();
        if (showRoster) {
            Map<LocalDate, String> current = rosters.roster(emp.nip(), month).days();
            Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("id");
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                Map<String, String> row = new HashMap<>();
                row.put("n", Integer.toString(d));
                row.put("label", date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " " + date);
                row.put("code", current.getOrDefault(date, ""));
                days.add(row);
            }
        }
        m.put("days", days);
        m.put("unknownEmployee", !nip.isEmpty() && !showRoster);
        PageResult.View v = PageResult.view("templates/shifts.ftlh", m);
        return status == 200 ? v : v.withStatus(status);
    }
}
