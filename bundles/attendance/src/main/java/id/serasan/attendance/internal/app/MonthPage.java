package id.serasan.attendance.internal.app;

import id.serasan.attendance.internal.checkin.CheckInService;
import id.serasan.attendance.internal.checkin.Flag;
import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.day.DayService;
import id.serasan.attendance.internal.day.DayStatus;
import id.serasan.attendance.internal.rules.Deductions;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /presensi/bulan}: the logged-in employee's month, day by day, with the TPP deduction explained. */
@Component(service = Page.class)
public class MonthPage implements Page {
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private final CheckInService checkIns;
    private final DayService days;

    @Activate
    public MonthPage(@Reference CheckInService checkIns, @Reference DayService days) {
        this.checkIns = checkIns;
        this.days = days;
    }

    @Override
    public String path() {
        return "/presensi/bulan";
    }

    @Override
    public Text title() {
        return Text.of("Presensi saya", "My attendance");
    }

    @Override
    public Audience audience() {
        return Audience.staff();
    }

    @Override
    public PageResult get(PageRequest r) {
        YearMonth now = YearMonth.now(DayRules.ZONE);
        YearMonth month = now;
        String q = r.query("bulan");
        if (q != null && !q.isBlank()) {
            try {
                month = YearMonth.parse(q.trim());
            } catch (DateTimeParseException e) {
                return PageResult.problem(400, Text.of("Bulan tidak valid", "Invalid month"),
                        Text.of("Tulis bulan sebagai TTTT-BB, misalnya 2026-12.", "Write the month as YYYY-MM, e.g. 2026-12."));
            }
            if (month.isAfter(now) || month.getYear() < 2000) {
                month = now;
            }
        }
        DayService.MonthView v;
        try {
            v = days.month(checkIns.self(r.caller()), month, System.currentTimeMillis());
        } catch (ProblemException e) {
            return PageResult.problem(403, Text.of("Belum dapat ditampilkan", "Not available"),
                    Text.of("Akun ini belum ditautkan ke data pegawai. Hubungi operator BKPSDM.",
                            "This account is not linked to an employee record. Ask the BKPSDM operator."));
        }
        boolean en = "en".equals(r.lang());
        Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("id");
        Map<String, Object> model = new HashMap<>();
        model.put("name", v.name());
        model.put("nip", v.nip());
        model.put("monthLabel", month.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + month.getYear());
        model.put("previous", month.minusMonths(1).toString());
        model.put("next", month.isBefore(now) ? month.plusMonths(1).toString() : "");
        model.put("cut", v.cutPercent().toPlainString());
        model.put("uncapped", v.uncappedPercent().toPlainString());
        model.put("capped", v.capped());
        model.put("rulePack", half(v.rulePack(), en));
        List<Map<String, String>> deductions = new ArrayList<>();
        for (Deductions.Line l : v.deductions()) {
            deductions.add(Map.of("date", l.date().toString(), "cut", l.cutPercent().toPlainString(),
                    "reasons", l.reasons().stream().map(x -> half(x, en)).collect(Collectors.joining("; "))));
        }
        model.put("deductions", deductions);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = v.days().size() - 1; i >= 0; i--) {
            DayStatus d = v.days().get(i);
            Map<String, String> row = new HashMap<>();
            row.put("date", d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " " + d.date());
            row.put("in", d.checkIn() == null ? "—" : HHMM.format(DayRules.local(d.checkIn().toEpochMilli())));
            row.put("out", d.checkOut() == null ? "—" : HHMM.format(DayRules.local(d.checkOut().toEpochMilli())));
            row.put("status", label(d.code(), en) + (d.open() ? (en ? " (so far)" : " (sementara)") : ""));
            row.put("cut", d.cutPercent().signum() == 0 ? "—" : d.cutPercent().toPlainString() + "%");
            row.put("reasons", (d.holiday() != null ? d.holiday() + ". " : "")
                    + d.reasons().stream().map(x -> half(x, en)).collect(Collectors.joining("; ")));
            row.put("flags", d.flags().stream().map(f -> {
                try {
                    Text t = Flag.valueOf(f).text();
                    return en ? t.en() : t.id();
                } catch (IllegalArgumentException e) {
                    return f;
                }
            }).collect(Collectors.joining("; ")));
            row.put("appeal", !d.open() && d.cutPercent().signum() > 0 ? "/presensi/banding?tanggal=" + d.date() : "");
            rows.add(row);
        }
        model.put("days", rows);
        model.put("approver", Forms.approver(r.caller()));
        return PageResult.view("templates/month.ftlh", model);
    }

    /** The Indonesian or English half of an "Indonesian / English" text. */
    static String half(String s, boolean en) {
        int i = s.indexOf(" / ");
        if (i < 0) {
            return s;
        }
        return en ? s.substring(i + 3) : s.substring(0, i);
    }

    static String label(String code, boolean en) {
        return switch (code) {
            case "PRESENT" -> en ? "Present" : "Hadir";
            case "ABSENT" -> en ? "Absent" : "Tanpa keterangan";
            case "HOLIDAY" -> en ? "Holiday" : "Libur";
            case "DAY_OFF" -> en ? "Day off" : "Bukan hari kerja";
            case "NOT_YET" -> en ? "Not yet" : "Belum presensi";
            case "LEAVE" -> en ? "Leave" : "Cuti";
            case "DUTY_TRAVEL" -> en ? "Duty travel" : "Dinas luar";
            case "FLEXIBLE_WORK" -> en ? "Flexible work" : "Kerja fleksibel";
            case "PERMISSION" -> en ? "Permission" : "Izin";
            case "CORRECTED" -> en ? "Corrected (appeal)" : "Dikoreksi (banding)";
            default -> code;
        };
    }
}
