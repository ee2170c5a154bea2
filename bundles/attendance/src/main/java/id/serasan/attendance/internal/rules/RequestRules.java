package id.serasan.attendance.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a request before it reaches the supervisor: its dates (how far back and ahead, how long), its reason and
 * place, the leave type's conditions (years of service, longest leave, a letter) and the annual-leave balance.
 * Every problem names its field, in Bahasa Indonesia and English.
 */
public final class RequestRules {
    /** The longest request other than leave, in calendar days: longer ones are split into several. */
    public static final int MAX_OTHER_DAYS = 31;
    /** How far ahead a request may start, in days. */
    public static final int MAX_AHEAD_DAYS = 366;
    public static final int MAX_REASON = 1000;
    public static final int MAX_PLACE = 300;

    private RequestRules() {
    }

    /**
     * A request as submitted.
     *
     * @param workingDays the working days between from and to (both included) on the employee's calendar
     * @param attachment  whether a letter is attached
     */
    public record Draft(RequestKind kind, LeaveType leaveType, LocalDate from, LocalDate to, int workingDays,
                        String reason, String place, boolean attachment) {
    }

    /** One problem with a field. */
    public record Problem(String field, String message) {
    }

    /**
     * The problems of {@code d}, empty when it may be submitted.
     *
     * @param today          the office's date
     * @param backdateDays   how many days in the past a request may start (sick leave after the fact, a trip
     *                       reported late); flexible work never (it is approved in advance)
     * @param yearsOfService completed years of service on the first day, or null when unknown
     * @param annual         the annual-leave balance of the first day's year (null: not annual leave)
     */
    public static List<Problem> check(Draft d, LocalDate today, int backdateDays, Integer yearsOfService,
                                      AnnualLeave.Balance annual) {
        List<Problem> out = new ArrayList<>();
        if (d.kind() == null) {
            out.add(new Problem("kind", "Pilih jenis permohonan / Choose the kind of request"));
        }
        if (d.from() == null) {
            out.add(new Problem("from", "Tanggal mulai wajib diisi / The first day is required"));
        }
        if (d.to() == null) {
            out.add(new Problem("to", "Tanggal selesai wajib diisi / The last day is required"));
        }
        if (blank(d.reason())) {
            out.add(new Problem("reason", "Alasan wajib diisi / The reason is required"));
        } else if (d.reason().length() > MAX_REASON) {
            out.add(new Problem("reason", "Paling banyak " + MAX_REASON + " huruf / At most " + MAX_REASON
                    + " characters"));
        }
        if (d.place() != null && d.place().length() > MAX_PLACE) {
            out.add(new Problem("place", "Paling banyak " + MAX_PLACE + " huruf / At most " + MAX_PLACE
                    + " characters"));
        }
        if (d.kind() == RequestKind.LEAVE && d.leaveType() == null) {
            out.add(new Problem("leaveType", "Pilih jenis cuti / Choose the type of leave"));
        }
        if (d.kind() != null && d.kind() != RequestKind.LEAVE && d.leaveType() != null) {
            out.add(new Problem("leaveType", "Jenis cuti hanya untuk permohonan cuti / A leave type is only for leave"));
        }
        if (d.kind() != null && d.kind().movesCheckIn() && blank(d.place())) {
            out.add(new Problem("place", d.kind() == RequestKind.DUTY_TRAVEL
                    ? "Tempat tugas wajib diisi / The duty location is required"
                    : "Tempat kerja wajib diisi (mis. rumah) / The place of work is required (e.g. home)"));
        }
        if (d.kind() == RequestKind.DUTY_TRAVEL && !d.attachment()) {
            out.add(new Problem("attachment", "Lampirkan surat tugas / Attach the letter of assignment"));
        }
        if (d.from() == null || d.to() == null || d.kind() == null) {
            return out;
        }
        if (d.to().isBefore(d.from())) {
            out.add(new Problem("to", "Tanggal selesai sebelum tanggal mulai / The last day is before the first"));
            return out;
        }
        if (d.kind() == RequestKind.FLEXIBLE_WORK && d.from().isBefore(today)) {
            out.add(new Problem("from", "Kerja fleksibel diajukan sebelum harinya / Flexible work is asked for"
                    + " before the day"));
        } else if (d.from().isBefore(today.minusDays(backdateDays))) {
            out.add(new Problem("from", "Paling lama " + backdateDays + " hari ke belakang / At most " + backdateDays
                    + " days back"));
        }
        if (d.from().isAfter(today.plusDays(MAX_AHEAD_DAYS))) {
            out.add(new Problem("from", "Paling jauh " + MAX_AHEAD_DAYS + " hari ke depan / At most "
                    + MAX_AHEAD_DAYS + " days ahead"));
        }
        long calendarDays = ChronoUnit.DAYS.between(d.from(), d.to()) + 1;
        if (d.kind() != RequestKind.LEAVE && calendarDays > MAX_OTHER_DAYS) {
            out.add(new Problem("to", "Satu permohonan paling lama " + MAX_OTHER_DAYS + " hari; ajukan lagi untuk"
                    + " sisanya / One request covers at most " + MAX_OTHER_DAYS + " days; submit another for the rest"));
        }
        if (d.workingDays() < 1) {
            out.add(new Problem("to", "Tidak ada hari kerja pada tanggal ini / No working day in these dates"));
        }
        if (d.kind() == RequestKind.LEAVE && d.leaveType() != null) {
            LeaveType t = d.leaveType();
            if (yearsOfService != null && yearsOfService < t.minYearsOfService()) {
                out.add(new Problem("leaveType", t.id() + " baru boleh setelah " + t.minYearsOfService()
                        + " tahun masa kerja (Anda " + yearsOfService + ") / " + t.en() + " needs "
                        + t.minYearsOfService() + " years of service (you have " + yearsOfService + ")"));
            }
            if (t.tooLong(d.from(), d.to())) {
                String[] longest = t.longestText().split(" / ");
                out.add(new Problem("to", t.id() + " paling lama " + longest[0] + " / " + t.en() + " lasts at most "
                        + longest[1]));
            }
            if (t.needsLetter(calendarDays) && !d.attachment()) {
                out.add(new Problem("attachment", t == LeaveType.SICK
                        ? "Cuti sakit 2 hari atau lebih perlu surat dokter / Sick leave of 2 days or more needs a"
                        + " doctor's letter"
                        : "Lampirkan surat pendukung / Attach the supporting letter"));
            }
            if (t == LeaveType.ANNUAL && annual != null && d.workingDays() >= 1
                    && !AnnualLeave.fits(annual, d.workingDays())) {
                out.add(new Problem("to", "Sisa cuti tahunan " + annual.available() + " hari kerja, diminta "
                        + d.workingDays() + " / " + annual.available() + " working days of annual leave left, "
                        + d.workingDays() + " asked"));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
