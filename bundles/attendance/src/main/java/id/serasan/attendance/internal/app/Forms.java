package id.serasan.attendance.internal.app;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.spi.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the attendance pages' forms share: problems turned into messages beside their fields, dates, labels. */
final class Forms {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Forms() {
    }

    /** The problem's messages in the visitor's language; a field not on the form goes to the summary only. */
    static List<Map<String, String>> errors(ProblemException e, boolean en, Set<String> inputs) {
        List<Map<String, String>> out = new ArrayList<>();
        if (e.errors() != null && !e.errors().isEmpty()) {
            for (FieldError fe : e.errors()) {
                String field = fe.field() == null ? "" : fe.field();
                out.add(Map.of("field", inputs.contains(field) ? field : "", "message",
                        MonthPage.half(fe.message(), en)));
            }
        } else {
            out.add(Map.of("field", "", "message", MonthPage.half(e.detail() == null ? e.title() : e.detail(), en)));
        }
        return out;
    }

    static Map<String, String> byField(List<Map<String, String>> errors) {
        Map<String, String> m = new HashMap<>();
        errors.forEach(e -> {
            if (!e.get("field").isEmpty()) {
                m.putIfAbsent(e.get("field"), e.get("message"));
            }
        });
        return m;
    }

    /** A date field: null when empty; a bad one is a field error. */
    static LocalDate date(PageRequest r, String field, List<FieldError> errors) {
        String v = r.form(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Tulis tanggal sebagai TTTT-BB-HH / Write the date as YYYY-MM-DD"));
            return null;
        }
    }

    static Long id(String v) {
        try {
            return v == null ? null : Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String when(Instant t) {
        return t == null ? "" : WHEN.format(id.serasan.attendance.internal.day.DayRules.local(t.toEpochMilli()));
    }

    static String text(Text t, boolean en) {
        return t == null ? "" : en ? t.en() : t.id();
    }

    /** The status of a request or appeal in words. */
    static String status(String s, boolean en) {
        return switch (s) {
            case "PENDING" -> en ? "Waiting for the decision" : "Menunggu keputusan";
            case "APPROVED" -> en ? "Approved" : "Disetujui";
            case "ACCEPTED" -> en ? "Accepted" : "Diterima";
            case "REJECTED" -> en ? "Refused" : "Ditolak";
            case "CANCELLED" -> en ? "Cancelled" : "Dibatalkan";
            case "WITHDRAWN" -> en ? "Withdrawn" : "Ditarik";
            default -> s;
        };
    }

    /** Whether the caller decides for others (the approvals and team pages are in their menu). */
    static boolean approver(id.serasan.platform.api.security.SerasanPrincipal p) {
        return p != null && p.hasAny(id.serasan.platform.api.security.Role.SUPERVISOR,
                id.serasan.platform.api.security.Role.HR_OPERATOR, id.serasan.platform.api.security.Role.ADMIN);
    }

    static PageResult notLinked() {
        return PageResult.problem(403, Text.of("Belum dapat ditampilkan", "Not available"),
                Text.of("Akun ini belum ditautkan ke data pegawai. Hubungi operator BKPSDM.",
                        "This account is not linked to an employee record. Ask the BKPSDM operator."));
    }
}
