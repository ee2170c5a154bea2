package id.serasan.attendance.internal.app;

import id.serasan.attendance.api.Holiday;
import id.serasan.attendance.internal.calendar.CalendarService;
import id.serasan.attendance.internal.calendar.OutageService;
import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.day.DayService;
import id.serasan.attendance.internal.day.Recap;
import id.serasan.attendance.internal.rest.RecapCsv;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The HR and unit operator's attendance pages: the monthly recap with its downloads, holidays, outage windows. */
public final class HrPages {
    private HrPages() {
    }

    static Map<String, Object> base(PageRequest r, Map<String, String> values, List<Map<String, String>> errors,
                                    String notice) {
        Map<String, Object> m = new HashMap<>();
        m.put("values", values);
        m.put("errors", errors);
        m.put("fieldErrors", Forms.byField(errors));
        m.put("notice", notice == null ? "" : notice);
        m.put("approver", Forms.approver(r.caller()));
        return m;
    }

    static YearMonth month(String q) {
        YearMonth now = YearMonth.now(DayRules.ZONE);
        if (q == null || q.isBlank()) {
            return now;
        }
        try {
            YearMonth m = YearMonth.parse(q.trim());
            return m.getYear() < 2000 || m.isAfter(now) ? now : m;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The unit a recap is for: HR any (empty: the regency), a unit operator their own; null when not allowed. */
    static String unit(PageRequest r, Staff staff) {
        SerasanPrincipal p = r.caller();
        String u = r.query("unit") == null ? "" : r.query("unit").trim();
        if (p.hasAny(Role.HR_OPERATOR, Role.ADMIN)) {
            return u;
        }
        Staff.Member me = p.nip() == null ? null : staff.member(p.nip()).orElse(null);
        if (me == null || me.unitCode() == null) {
            return null;
        }
        return u.isEmpty() ? me.unitCode() : u;
    }

    /** {@code /presensi/rekap}: the month's recap of a unit (HR: any, or the regency), with CSV and XLSX. */
    @Component(service = Page.class)
    public static class RecapPage implements Page {
        private final DayService days;
        private final Staff staff;

        @Activate
        public RecapPage(@Reference DayService days, @Reference Staff staff) {
            this.days = days;
            this.staff = staff;
        }

        @Override
        public String path() {
            return "/presensi/rekap";
        }

        @Override
        public Text title() {
            return Text.of("Rekap presensi bulanan", "Monthly attendance recap");
        }

        @Override
        public Audience audience() {
            return Audience.roles(Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN);
        }

        @Override
        public PageResult get(PageRequest r) {
            YearMonth month = month(r.query("bulan"));
            String unit = unit(r, staff);
            if (month == null) {
                return PageResult.problem(400, Text.of("Bulan tidak valid", "Invalid month"),
                        Text.of("Tulis bulan sebagai TTTT-BB.", "Write the month as YYYY-MM."));
            }
            if (unit == null || (!unit.isEmpty() && staff.unit(unit).isEmpty()) || !inScope(r.caller(), unit)) {
                return PageResult.notFound();
            }
            Recap.RecapResult res = days.recap(unit.isEmpty() ? null : unit, month, System.currentTimeMillis());
            String format = r.query("format");
            String name = "rekap-" + (unit.isEmpty() ? "kabupaten" : unit.replaceAll("[^A-Za-z0-9-]", "_")) + "-"
                    + month;
            try {
                if ("csv".equals(format)) {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    OutputStreamWriter w = new OutputStreamWriter(b, StandardCharsets.UTF_8);
                    RecapCsv.write(res, w);
                    w.flush();
                    return PageResult.download(name + ".csv", "text/csv; charset=UTF-8", b.toByteArray());
                }
                if ("xlsx".equals(format)) {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    RecapCsv.xlsx(res, b);
                    return PageResult.download(name + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b.toByteArray());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            boolean en = "en".equals(r.lang());
            Map<String, Object> m = base(r, Map.of("unit", unit, "bulan", month.toString()), List.of(), null);
            m.put("month", month.toString());
            m.put("unit", unit);
            m.put("unitName", unit.isEmpty() ? (en ? "the whole regency" : "seluruh kabupaten")
                    : staff.unit(unit).map(u -> u.name()).orElse(unit));
            m.put("hr", r.caller().hasAny(Role.HR_OPERATOR, Role.ADMIN));
            m.put("through", res.through() == null ? "" : res.through().toString());
            m.put("rulePack", MonthPage.half(res.rulePack(), en));
            m.put("query", "bulan=" + month + (unit.isEmpty() ? "" : "&unit=" + unit));
            List<Map<String, String>> rows = new ArrayList<>();
            for (Recap.RecapLine l : res.lines()) {
                Map<String, String> row = new HashMap<>();
                row.put("name", l.name());
                row.put("nip", l.nip());
                row.put("unit", l.unitName() == null ? "" : l.unitName());
                row.put("working", Integer.toString(l.workingDays()));
                row.put("onTime", Integer.toString(l.onTime()));
                row.put("absent", Integer.toString(l.absent()));
                row.put("bands", l.bands().isEmpty() ? "—" : l.bands().toString().replaceAll("[{}]", "")
                        .replace("=", ": "));
                int excused = l.excused().values().stream().mapToInt(Integer::intValue).sum();
                row.put("excused", Integer.toString(excused));
                row.put("cut", l.cutPercent().toPlainString() + "%" + (l.capped() ? " *" : ""));
                rows.add(row);
            }
            m.put("rows", rows);
            return PageResult.view("templates/recap.ftlh", m);
        }

        private boolean inScope(SerasanPrincipal p, String unit) {
            if (p.hasAny(Role.HR_OPERATOR, Role.ADMIN)) {
                return true;
            }
            String mine = staff.member(p.nip()).map(Staff.Member::unitPath).orElse(null);
            String path = staff.unit(unit).map(u -> u.path()).orElse(null);
            return mine != null && path != null && (path.equals(mine) || path.startsWith(mine + "/"));
        }
    }

    /** {@code /presensi/libur}: the year's holidays and collective leave, added and removed by HR. */
    @Component(service = Page.class)
    public static class HolidaysPage implements Page {
        static final Set<String> INPUTS = Set.of("date", "name", "kind");
        private final CalendarService calendar;

        @Activate
        public HolidaysPage(@Reference CalendarService calendar) {
            this.calendar = calendar;
        }

        @Override
        public String path() {
            return "/presensi/libur";
        }

        @Override
        public Text title() {
            return Text.of("Hari libur dan cuti bersama", "Holidays and collective leave");
        }

        @Override
        public Audience audience() {
            return Audience.roles(Role.HR_OPERATOR, Role.ADMIN);
        }

        @Override
        public PageResult get(PageRequest r) {
            return render(r, Map.of(), List.of(), r.query("pesan"), 200);
        }

        @Override
        public PageResult post(PageRequest r) {
            boolean en = "en".equals(r.lang());
            Map<String, String> values = new HashMap<>();
            INPUTS.forEach(f -> {
                if (r.form(f) != null) {
                    values.put(f, r.form(f));
                }
            });
            try {
                List<FieldError> errors = new ArrayList<>();
                LocalDate date = Forms.date(r, "date", errors);
                if ("hapus".equals(r.form("aksi"))) {
                    if (date == null) {
                        throw ProblemException.badRequest("Tanggal tidak dikenal / Unknown date");
                    }
                    calendar.remove(r.caller().username(), date);
                    return PageResult.redirect("/presensi/libur?pesan=dihapus&tahun=" + date.getYear());
                }
                String name = r.form("name") == null ? "" : r.form("name").strip();
                if (date == null && errors.isEmpty()) {
                    errors.add(new FieldError("date", "Tanggal wajib diisi / The date is required"));
                }
                if (name.isEmpty()) {
                    errors.add(new FieldError("name", "Nama hari libur wajib diisi / The name is required"));
                } else if (name.length() > 200) {
                    errors.add(new FieldError("name", "Paling banyak 200 huruf / At most 200 characters"));
                }
                Holiday.Kind kind;
                try {
                    kind = Holiday.Kind.valueOf(r.form("kind") == null ? "NATIONAL" : r.form("kind"));
                } catch (IllegalArgumentException e) {
                    kind = null;
                    errors.add(new FieldError("kind", "Pilih jenisnya / Choose the kind"));
                }
                if (!errors.isEmpty()) {
                    throw ProblemException.invalid(errors);
                }
                calendar.add(r.caller().username(), new Holiday(date, name, kind));
                return PageResult.redirect("/presensi/libur?pesan=ditambah&tahun=" + date.getYear());
            } catch (ProblemException e) {
                return render(r, values, Forms.errors(e, en, INPUTS), null, e.status() == 409 ? 409 : 422);
            }
        }

        private PageResult render(PageRequest r, Map<String, String> values, List<Map<String, String>> errors,
                                  String notice, int status) {
            boolean en = "en".equals(r.lang());
            int year = LocalDate.now(DayRules.ZONE).getYear();
            try {
                year = r.query("tahun") == null ? year : Integer.parseInt(r.query("tahun").trim());
            } catch (NumberFormatException e) {
                // this year
            }
            year = Math.max(2000, Math.min(2100, year));
            Map<String, Object> m = base(r, values, errors, notice);
            m.put("year", Integer.toString(year));
            m.put("previous", Integer.toString(year - 1));
            m.put("next", Integer.toString(year + 1));
            List<Map<String, String>> kinds = new ArrayList<>();
            kinds.add(Map.of("id", "NATIONAL", "label", en ? "National holiday" : "Libur nasional"));
            kinds.add(Map.of("id", "COLLECTIVE_LEAVE", "label", en ? "Collective leave" : "Cuti bersama"));
            kinds.add(Map.of("id", "REGIONAL", "label", en ? "Regional holiday" : "Libur daerah"));
            m.put("kinds", kinds);
            List<Map<String, String>> rows = new ArrayList<>();
            for (Holiday h : calendar.holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                String kind = kinds.stream().filter(k -> k.get("id").equals(h.kind().name())).map(k -> k.get("label"))
                        .findFirst().orElse(h.kind().name());
                rows.add(Map.of("date", h.date().toString(), "day", h.date().getDayOfWeek().getDisplayName(
                        java.time.format.TextStyle.FULL, en ? java.util.Locale.ENGLISH
                                : java.util.Locale.forLanguageTag("id")), "name", h.name(), "kind", kind));
            }
            m.put("holidays", rows);
            PageResult.View v = PageResult.view("templates/holidays.ftlh", m);
            return status == 200 ? v : v.withStatus(status);
        }
    }

    /** {@code /presensi/gangguan}: declare and cancel outage windows (nobody is penalised inside one). */
    @Component(service = Page.class)
    public static class OutagesPage implements Page {
        static final Set<String> INPUTS = Set.of("date", "fromTime", "toTime", "units", "note");
        private final OutageService outages;
        private final Staff staff;

        @Activate
        public OutagesPage(@Reference OutageService outages, @Reference Staff staff) {
            this.outages = outages;
            this.staff = staff;
        }

        @Override
        public String path() {
            return "/presensi/gangguan";
        }

        @Override
        public Text title() {
            return Text.of("Gangguan sistem", "System outages");
        }

        @Override
        public Audience audience() {
            return Audience.roles(Role.HR_OPERATOR, Role.ADMIN);
        }

        @Override
        public PageResult get(PageRequest r) {
            return render(r, Map.of(), List.of(), r.query("pesan"), 200);
        }

        @Override
        public PageResult post(PageRequest r) {
            boolean en = "en".equals(r.lang());
            Map<String, String> values = new HashMap<>();
            INPUTS.forEach(f -> {
                if (r.form(f) != null) {
                    values.put(f, r.form(f));
                }
            });
            try {
                if ("batal".equals(r.form("aksi"))) {
                    Long id = Forms.id(r.form("id"));
                    if (id == null) {
                        throw ProblemException.badRequest("Tidak dikenal / Unknown");
                    }
                    outages.cancel(r.caller().username(), id);
                    return PageResult.redirect("/presensi/gangguan?pesan=dibatalkan");
                }
                List<FieldError> errors = new ArrayList<>();
                LocalDate date = Forms.date(r, "date", errors);
                if (date == null && errors.isEmpty()) {
                    errors.add(new FieldError("date", "Tanggal wajib diisi / The date is required"));
                }
                LocalTime from = time(r, "fromTime", errors);
                LocalTime to = time(r, "toTime", errors);
                String note = r.form("note") == null ? "" : r.form("note").strip();
                if (note.isEmpty()) {
                    errors.add(new FieldError("note", "Tulis keterangannya / Write what happened"));
                } else if (note.length() > 500) {
                    errors.add(new FieldError("note", "Paling banyak 500 huruf / At most 500 characters"));
                }
                List<String> units = new ArrayList<>();
                for (String u : (r.form("units") == null ? "" : r.form("units")).split("[,\\s]+")) {
                    if (!u.isBlank()) {
                        if (staff.unit(u.trim()).isEmpty()) {
                            errors.add(new FieldError("units", "Unit " + u.trim() + " tidak ada / No unit "
                                    + u.trim()));
                        }
                        units.add(u.trim());
                    }
                }
                if (!errors.isEmpty()) {
                    throw ProblemException.invalid(errors);
                }
                Instant a = date.atTime(from).atZone(DayRules.ZONE).toInstant();
                Instant b = (to.isAfter(from) ? date : date.plusDays(1)).atTime(to).atZone(DayRules.ZONE).toInstant();
                outages.declare(r.caller().username(), a, b, units, note);
                return PageResult.redirect("/presensi/gangguan?pesan=diumumkan");
            } catch (ProblemException e) {
                return render(r, values, Forms.errors(e, en, INPUTS), null, e.status() == 409 ? 409 : 422);
            }
        }

        private static LocalTime time(PageRequest r, String field, List<FieldError> errors) {
            String v = r.form(field);
            try {
                return LocalTime.parse(v == null ? "" : v.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "Tulis jam sebagai JJ:MM, mis. 07:00 / Write the time as HH:MM"));
                return LocalTime.MIDNIGHT;
            }
        }

        private PageResult render(PageRequest r, Map<String, String> values, List<Map<String, String>> errors,
                                  String notice, int status) {
            Map<String, Object> m = base(r, values, errors, notice);
            long now = System.currentTimeMillis();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (OutageService.Outage o : outages.list(LocalDate.now(DayRules.ZONE).minusDays(31))) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", Long.toString(o.id()));
                row.put("from", Forms.when(o.from()));
                row.put("to", Forms.when(o.to()));
                row.put("units", o.units() == null || o.units().isEmpty() ? r.text("Semua unit", "All units")
                        : String.join(", ", o.units()));
                row.put("note", o.note());
                row.put("by", o.createdBy());
                row.put("cancelled", o.cancelledAt() == null ? "" : Forms.when(o.cancelledAt()));
                row.put("cancellable", o.cancelledAt() == null);
                row.put("now", o.cancelledAt() == null && o.from().toEpochMilli() <= now && o.to().toEpochMilli() > now);
                rows.add(row);
            }
            m.put("outages", rows);
            PageResult.View v = PageResult.view("templates/outages.ftlh", m);
            return status == 200 ? v : v.withStatus(status);
        }
    }
}
