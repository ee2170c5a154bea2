package id.serasan.attendance.internal.request;

import id.serasan.attendance.api.AttendanceEvents;
import id.serasan.attendance.internal.calendar.CalendarService;
import id.serasan.attendance.internal.checkin.CheckInService;
import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.attendance.internal.config.AttendanceSettings;
import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.day.DayService;
import id.serasan.attendance.internal.day.DayStatus;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.RequestRepository;
import id.serasan.attendance.internal.store.RequestRepository.AppealRow;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.api.event.EventTopics;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Appeals: an employee disputes one working day's status (a missed check-in because the phone broke, a wrong
 * geofence) with a reason and evidence; the supervisor in personnel (HR when there is none) accepts or refuses it
 * with a note, and the decision is audited. An accepted appeal corrects the day: nothing is held against the
 * employee. One open or accepted appeal per day; a refused one may be followed by a new one with better evidence.
 */
@Component(service = AppealService.class)
public class AppealService {
    private final AttendanceDatabase db;
    private final AttendanceSettings settings;
    private final CalendarService calendar;
    private final Staff staff;
    private final CheckInService checkIns;
    private final DayService days;
    private final Excuses excuses;
    private final Attachments attachments;
    private final AuditService audit;
    private final EventAdmin events;
    private final RequestRepository repo = new RequestRepository();

    /** An appeal to submit. */
    public record AppealInput(LocalDate date, String reason, Long attachmentId) {
    }

    /** A decision: accept (true) or refuse (false, with a note). */
    public record AppealDecision(Boolean accept, String note) {
    }

    /** An appeal as shown, with the day as it stands now. */
    public record AppealView(long id, String nip, String name, LocalDate date, String reason,
                             Attachments.FileView attachment, String approverNip, String approverName, String status,
                             Instant createdAt, String decidedBy, Instant decidedAt, String decisionNote,
                             DayStatus day) {
    }

    @Activate
    public AppealService(@Reference AttendanceDatabase db, @Reference AttendanceSettings settings,
                         @Reference CalendarService calendar, @Reference Staff staff,
                         @Reference CheckInService checkIns, @Reference DayService days, @Reference Excuses excuses,
                         @Reference Attachments attachments, @Reference AuditService audit,
                         @Reference EventAdmin events) {
        this.db = db;
        this.settings = settings;
        this.calendar = calendar;
        this.staff = staff;
        this.checkIns = checkIns;
        this.days = days;
        this.excuses = excuses;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
    }

    /** Submits an appeal of the caller. 422 for a day that cannot be appealed; 409 when one is open already. */
    public AppealView submit(SerasanPrincipal caller, AppealInput in) {
        if (in == null) {
            throw ProblemException.badRequest("Kirim {\"date\",\"reason\"} / Send {\"date\",\"reason\"}");
        }
        Staff.Member m = checkIns.self(caller);
        LocalDate today = LocalDate.now(DayRules.ZONE);
        int window = settings.get().requests().appealDays();
        List<FieldError> errors = new ArrayList<>();
        String reason = in.reason() == null ? "" : in.reason().strip();
        if (reason.isEmpty()) {
            errors.add(new FieldError("reason", "Tulis alasan banding / Write why you appeal"));
        } else if (reason.length() > Approvals.MAX_NOTE) {
            errors.add(new FieldError("reason", "Paling banyak " + Approvals.MAX_NOTE + " huruf / At most "
                    + Approvals.MAX_NOTE + " characters"));
        }
        if (in.date() == null) {
            errors.add(new FieldError("date", "Tanggal wajib diisi / The date is required"));
        } else if (in.date().isAfter(today)) {
            errors.add(new FieldError("date", "Hari yang belum terjadi tidak dapat dibanding / A day still to come"
                    + " cannot be appealed"));
        } else if (in.date().isBefore(today.minusDays(window))) {
            errors.add(new FieldError("date", "Banding paling lama " + window + " hari setelah harinya / An appeal"
                    + " is made within " + window + " days of the day"));
        } else if (!calendar.isWorkingDay(in.date())) {
            errors.add(new FieldError("date", "Bukan hari kerja / Not a working day"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long now = System.currentTimeMillis();
        AppealRow saved = db.tx(c -> {
            attachments.checkAttachable(c, m.nip(), in.attachmentId());
            if (!repo.openAppeals(c, m.nip(), in.date()).isEmpty()) {
                throw ProblemException.conflict("Sudah ada banding untuk " + in.date() + " / There is an appeal for "
                        + in.date() + " already");
            }
            String approver = m.supervisorNip() == null || m.supervisorNip().equals(m.nip()) ? null
                    : m.supervisorNip();
            long id = repo.insertAppeal(c, new AppealRow(0, m.nip(), in.date(), reason, in.attachmentId(), approver,
                    "PENDING", caller.username(), now, null, null, null));
            AppealRow stored = repo.appeal(c, id).orElseThrow();
            audit.record(c, caller.username(), "attendance.appeal.submit", "attendance-appeal", Long.toString(id),
                    null, stored);
            return stored;
        });
        post(saved, caller.username());
        return db.read(c -> view(c, saved));
    }

    /** The caller's own appeals, newest first. */
    public List<AppealView> mine(SerasanPrincipal caller) {
        Staff.Member m = checkIns.self(caller);
        return db.read(c -> {
            List<AppealView> out = new ArrayList<>();
            for (AppealRow a : repo.appealsOf(c, m.nip(), RequestService.LIST_LIMIT)) {
                out.add(view(c, a));
            }
            return out;
        });
    }

    /** The appeals waiting for the caller's decision. */
    public List<AppealView> waiting(SerasanPrincipal caller) {
        return db.read(c -> {
            List<AppealView> out = new ArrayList<>();
            for (AppealRow a : repo.pendingAppeals(c, caller.nip(), Approvals.hr(caller))) {
                if (Approvals.mayDecide(caller, a.nip(), a.approverNip())) {
                    out.add(view(c, a));
                }
            }
            return out;
        });
    }

    public AppealView get(SerasanPrincipal caller, long id) {
        return db.read(c -> view(c, visible(c, caller, id)));
    }

    /** Accepts or refuses a pending appeal; audited. */
    public AppealView decide(SerasanPrincipal caller, long id, AppealDecision v) {
        if (v == null || v.accept() == null) {
            throw ProblemException.invalid(List.of(new FieldError("accept", "true (terima / accept) atau/or false"
                    + " (tolak / refuse)")));
        }
        String note = Approvals.note(v.note(), !v.accept());
        String to = v.accept() ? "ACCEPTED" : "REJECTED";
        AppealRow after = db.tx(c -> {
            AppealRow a = visible(c, caller, id);
            if (caller.nip() != null && caller.nip().equals(a.nip())) {
                throw ProblemException.forbidden("Banding sendiri tidak dapat Anda putuskan / You cannot decide your"
                        + " own appeal");
            }
            if (!Approvals.mayDecide(caller, a.nip(), a.approverNip())) {
                throw ProblemException.forbidden("Hanya atasan langsung atau BKPSDM yang memutuskan / Only the direct"
                        + " supervisor or BKPSDM decides");
            }
            if (!repo.moveAppeal(c, id, "PENDING", to, caller.username(), System.currentTimeMillis(), note)) {
                throw ProblemException.conflict("Banding #" + id + " sudah " + a.status() + " / Appeal #" + id
                        + " is " + a.status() + " already");
            }
            AppealRow stored = repo.appeal(c, id).orElseThrow();
            audit.record(c, caller.username(), "attendance.appeal.decide", "attendance-appeal", Long.toString(id), a,
                    stored);
            return stored;
        });
        excuses.changed();
        post(after, caller.username());
        return db.read(c -> view(c, after));
    }

    /** Withdraws the caller's own pending appeal. */
    public AppealView withdraw(SerasanPrincipal caller, long id) {
        Staff.Member m = checkIns.self(caller);
        AppealRow after = db.tx(c -> {
            AppealRow a = repo.appeal(c, id).filter(x -> x.nip().equals(m.nip()))
                    .orElseThrow(() -> notFound(id));
            if (!repo.moveAppeal(c, id, "PENDING", "WITHDRAWN", caller.username(), System.currentTimeMillis(), null)) {
                throw ProblemException.conflict("Banding #" + id + " sudah " + a.status() + " / Appeal #" + id
                        + " is " + a.status() + " already");
            }
            AppealRow stored = repo.appeal(c, id).orElseThrow();
            audit.record(c, caller.username(), "attendance.appeal.withdraw", "attendance-appeal", Long.toString(id),
                    a, stored);
            return stored;
        });
        post(after, caller.username());
        return db.read(c -> view(c, after));
    }

    /** The content of the appeal's evidence, if the caller may see the appeal. */
    public Attachments.FileView attachment(SerasanPrincipal caller, long id) {
        return db.read(c -> {
            AppealRow a = visible(c, caller, id);
            Attachments.FileView f = attachments.view(c, a.fileId());
            if (f == null) {
                throw ProblemException.notFound("Banding ini tanpa lampiran / This appeal has no attachment");
            }
            return f;
        });
    }

    public byte[] attachmentContent(SerasanPrincipal caller, long id) {
        return db.read(c -> {
            AppealRow a = visible(c, caller, id);
            if (a.fileId() == null) {
                throw ProblemException.notFound("Banding ini tanpa lampiran / This appeal has no attachment");
            }
            return repo.content(c, a.fileId());
        });
    }

    private AppealRow visible(Connection c, SerasanPrincipal caller, long id) throws SQLException {
        AppealRow a = repo.appeal(c, id).orElseThrow(() -> notFound(id));
        if (!Approvals.maySee(caller, staff, a.nip(), a.approverNip())) {
            throw notFound(id);
        }
        return a;
    }

    private AppealView view(Connection c, AppealRow a) throws SQLException {
        DayStatus day = staff.member(a.nip()).map(m -> days.day(m, a.workDate(), System.currentTimeMillis()))
                .orElse(null);
        return new AppealView(a.id(), a.nip(), Approvals.name(staff, a.nip()), a.workDate(), a.reason(),
                attachments.view(c, a.fileId()), a.approverNip(), Approvals.name(staff, a.approverNip()), a.status(),
                Instant.ofEpochMilli(a.createdMs()), a.decidedBy(), Approvals.instant(a.decidedMs()),
                a.decisionNote(), day);
    }

    private void post(AppealRow a, String actor) {
        events.postEvent(new Event(AttendanceEvents.APPEAL_CHANGED, Map.of(AttendanceEvents.NIP, a.nip(),
                AttendanceEvents.WORK_DATE, a.workDate().toString(), AttendanceEvents.DECISION, a.status(),
                EventTopics.ACTOR, actor, EventTopics.ENTITY_ID, Long.toString(a.id()), EventTopics.AT,
                Instant.now().toString())));
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("Banding " + id + " tidak ditemukan / Appeal " + id + " not found");
    }
}
