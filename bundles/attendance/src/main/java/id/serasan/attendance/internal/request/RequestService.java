package id.serasan.attendance.internal.request;

import id.serasan.attendance.api.AttendanceEvents;
import id.serasan.attendance.internal.calendar.CalendarService;
import id.serasan.attendance.internal.checkin.CheckInService;
import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.attendance.internal.config.AttendanceSettings;
import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.rules.AnnualLeave;
import id.serasan.attendance.internal.rules.LeaveType;
import id.serasan.attendance.internal.rules.RequestKind;
import id.serasan.attendance.internal.rules.RequestRules;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.RequestRepository;
import id.serasan.attendance.internal.store.RequestRepository.RequestRow;
import id.serasan.personnel.api.Nip;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.api.event.EventTopics;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.Text;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Requests: leave (the types of PP 11/2017, with the annual balance and its carry-over), duty travel, flexible work
 * and permission. The employee submits one with its letter; the supervisor in personnel (HR when there is none)
 * approves or refuses it with a note; the employee may cancel it while pending, or once approved before its first
 * day. Every change is audited with what was stored, and an approved day is never late or absent
 * ({@link Excuses}).
 */
@Component(service = RequestService.class)
public class RequestService {
    static final int LIST_LIMIT = 500;
    /** Years of service assumed when the NIP does not tell (not a PNS NIP): long enough for every leave type. */
    static final int UNKNOWN_SERVICE_YEARS = 99;
    private final AttendanceDatabase db;
    private final AttendanceSettings settings;
    private final CalendarService calendar;
    private final Staff staff;
    private final CheckInService checkIns;
    private final Excuses excuses;
    private final Attachments attachments;
    private final AuditService audit;
    private final EventAdmin events;
    private final RequestRepository repo = new RequestRepository();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    /** A request to submit. {@code kind}: LEAVE, DUTY_TRAVEL, FLEXIBLE_WORK, PERMISSION; {@code leaveType} for leave. */
    public record RequestInput(String kind, String leaveType, LocalDate from, LocalDate to, String reason,
                               String place, Long attachmentId) {
    }

    /** A decision: approve (true) or refuse (false, with a note). */
    public record RequestDecision(Boolean approve, String note) {
    }

    /** A request as shown. */
    public record RequestView(long id, String nip, String name, String kind, Text kindLabel, String leaveType,
                              Text leaveTypeLabel, LocalDate from, LocalDate to, int workingDays, String reason,
                              String place, Attachments.FileView attachment, String approverNip, String approverName,
                              String status, Instant createdAt, String decidedBy, Instant decidedAt,
                              String decisionNote) {
    }

    /** An employee's annual leave in a year. */
    public record LeaveBalance(String nip, int year, Integer yearsOfService, int entitlement, int carried, int taken,
                               int available) {
    }

    @Activate
    public RequestService(@Reference AttendanceDatabase db, @Reference AttendanceSettings settings,
                          @Reference CalendarService calendar, @Reference Staff staff,
                          @Reference CheckInService checkIns, @Reference Excuses excuses,
                          @Reference Attachments attachments, @Reference AuditService audit,
                          @Reference EventAdmin events) {
        this.db = db;
        this.settings = settings;
        this.calendar = calendar;
        this.staff = staff;
        this.checkIns = checkIns;
        this.excuses = excuses;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
    }

    /** Submits a request of the caller. 422 with every field's problem; 409 when it overlaps another. */
    public RequestView submit(SerasanPrincipal caller, RequestInput in) {
        if (in == null) {
            throw ProblemException.badRequest("Kirim {\"kind\",\"from\",\"to\",\"reason\"} / Send"
                    + " {\"kind\",\"from\",\"to\",\"reason\"}");
        }
        Staff.Member m = checkIns.self(caller);
        List<FieldError> errors = new ArrayList<>();
        RequestKind kind = parse(RequestKind.class, "kind", in.kind(), errors);
        LeaveType leaveType = parse(LeaveType.class, "leaveType", in.leaveType(), errors);
        LocalDate today = LocalDate.now(DayRules.ZONE);
        int working = in.from() == null || in.to() == null || in.to().isBefore(in.from())
                || in.to().isAfter(in.from().plusYears(4)) ? 0 : workingDays(in.from(), in.to());
        Integer years = in.from() == null ? null : yearsOfService(m.nip(), in.from());
        String reason = in.reason() == null ? null : in.reason().strip();
        String place = in.place() == null || in.place().isBlank() ? null : in.place().strip();
        synchronized (locks.computeIfAbsent(m.nip(), k -> new Object())) {
            AnnualLeave.Balance annual = kind == RequestKind.LEAVE && leaveType == LeaveType.ANNUAL && in.from() != null
                    ? db.read(c -> balance(c, m.nip(), in.from().getYear(), in.from())) : null;
            for (RequestRules.Problem p : RequestRules.check(new RequestRules.Draft(kind, leaveType, in.from(), in.to(),
                    working, reason, place, in.attachmentId() != null), today, settings.get().requests().backdateDays(),
                    years, annual)) {
                errors.add(new FieldError(p.field(), p.message()));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            long now = System.currentTimeMillis();
            RequestRow saved = db.tx(c -> {
                attachments.checkAttachable(c, m.nip(), in.attachmentId());
                List<RequestRow> clash = repo.overlapping(c, m.nip(), in.from(), in.to());
                if (!clash.isEmpty()) {
                    RequestRow o = clash.get(0);
                    throw ProblemException.conflict("Tanggal ini sudah ada dalam permohonan #" + o.id() + " ("
                            + o.from() + " s.d. " + o.to() + ") / These dates are in request #" + o.id() + " already");
                }
                RequestRow r = new RequestRow(0, m.nip(), kind.name(), leaveType == null ? null : leaveType.name(),
                        in.from(), in.to(), working, reason, place, in.attachmentId(), approver(m), "PENDING",
                        caller.username(), now, null, null, null);
                long id = repo.insertRequest(c, r);
                RequestRow stored = repo.request(c, id).orElseThrow();
                audit.record(c, caller.username(), "attendance.request.submit", "attendance-request",
                        Long.toString(id), null, stored);
                return stored;
            });
            post(saved, caller.username());
            return db.read(c -> view(c, saved));
        }
    }

    /** The employee behind the caller (404 {@code not-linked} without one). */
    public Staff.Member self(SerasanPrincipal caller) {
        return checkIns.self(caller);
    }

    /** The caller's own requests, newest first. */
    public List<RequestView> mine(SerasanPrincipal caller) {
        Staff.Member m = checkIns.self(caller);
        return db.read(c -> {
            List<RequestView> out = new ArrayList<>();
            for (RequestRow r : repo.requestsOf(c, m.nip(), LIST_LIMIT)) {
                out.add(view(c, r));
            }
            return out;
        });
    }

    /** The requests waiting for the caller's decision (HR: also those of employees without a supervisor). */
    public List<RequestView> waiting(SerasanPrincipal caller) {
        return db.read(c -> {
            List<RequestView> out = new ArrayList<>();
            for (RequestRow r : repo.pendingRequests(c, caller.nip(), Approvals.hr(caller))) {
                if (Approvals.mayDecide(caller, r.nip(), r.approverNip())) {
                    out.add(view(c, r));
                }
            }
            return out;
        });
    }

    /** One request, if the caller may see it (else 404). */
    public RequestView get(SerasanPrincipal caller, long id) {
        return db.read(c -> view(c, visible(c, caller, id)));
    }

    /** Approves or refuses a pending request. 403 for one's own; 409 when it is no longer pending. */
    public RequestView decide(SerasanPrincipal caller, long id, RequestDecision d) {
        if (d == null || d.approve() == null) {
            throw ProblemException.invalid(List.of(new FieldError("approve", "true (setujui / approve) atau/or false"
                    + " (tolak / refuse)")));
        }
        String note = Approvals.note(d.note(), !d.approve());
        String to = d.approve() ? "APPROVED" : "REJECTED";
        RequestRow after = db.tx(c -> {
            RequestRow r = visible(c, caller, id);
            if (caller.nip() != null && caller.nip().equals(r.nip())) {
                throw ProblemException.forbidden("Permohonan sendiri tidak dapat Anda putuskan / You cannot decide"
                        + " your own request");
            }
            if (!Approvals.mayDecide(caller, r.nip(), r.approverNip())) {
                throw ProblemException.forbidden("Hanya atasan langsung atau BKPSDM yang memutuskan / Only the direct"
                        + " supervisor or BKPSDM decides");
            }
            if (!repo.moveRequest(c, id, "PENDING", to, caller.username(), System.currentTimeMillis(), note)) {
                throw ProblemException.conflict("Permohonan #" + id + " sudah " + r.status() + " / Request #" + id
                        + " is " + r.status() + " already");
            }
            RequestRow stored = repo.request(c, id).orElseThrow();
            audit.record(c, caller.username(), "attendance.request.decide", "attendance-request", Long.toString(id),
                    r, stored);
            return stored;
        });
        excuses.changed();
        post(after, caller.username());
        return db.read(c -> view(c, after));
    }

    /** Cancels the caller's own request: pending, or approved and not begun. */
    public RequestView cancel(SerasanPrincipal caller, long id) {
        Staff.Member m = checkIns.self(caller);
        LocalDate today = LocalDate.now(DayRules.ZONE);
        RequestRow after = db.tx(c -> {
            RequestRow r = repo.request(c, id).filter(x -> x.nip().equals(m.nip()))
                    .orElseThrow(() -> notFound(id));
            boolean ok = "PENDING".equals(r.status())
                    || ("APPROVED".equals(r.status()) && r.from().isAfter(today));
            if (!ok || !repo.moveRequest(c, id, r.status(), "CANCELLED", caller.username(),
                    System.currentTimeMillis(), null)) {
                throw ProblemException.conflict("Permohonan #" + id + " tidak dapat dibatalkan lagi (" + r.status()
                        + (r.status().equals("APPROVED") ? ", sudah dimulai" : "") + ") / Request #" + id
                        + " can no longer be cancelled");
            }
            RequestRow stored = repo.request(c, id).orElseThrow();
            audit.record(c, caller.username(), "attendance.request.cancel", "attendance-request", Long.toString(id),
                    r, stored);
            return stored;
        });
        excuses.changed();
        post(after, caller.username());
        return db.read(c -> view(c, after));
    }

    /** The annual-leave balance of the caller's year. */
    public LeaveBalance balance(SerasanPrincipal caller, int year) {
        Staff.Member m = checkIns.self(caller);
        return balanceOf(m.nip(), year);
    }

    /** The annual-leave balance of an employee. */
    public LeaveBalance balanceOf(String nip, int year) {
        LocalDate on = LocalDate.now(DayRules.ZONE).getYear() == year ? LocalDate.now(DayRules.ZONE)
                : LocalDate.of(year, 12, 31);
        AnnualLeave.Balance b = db.read(c -> balance(c, nip, year, on));
        return new LeaveBalance(nip, year, yearsOfService(nip, on), b.entitlement(), b.carried(), b.taken(),
                b.available());
    }

    private AnnualLeave.Balance balance(Connection c, String nip, int year, LocalDate on) throws SQLException {
        int first = repo.firstAnnualYear(c, nip).orElse(year);
        Map<Integer, Integer> taken = new java.util.HashMap<>();
        for (int y = Math.min(first, year); y <= year; y++) {
            taken.put(y, repo.annualDays(c, nip, y));
        }
        return AnnualLeave.forYear(year, first, y -> {
            Integer n = yearsOfService(nip, y == year ? on : LocalDate.of(y, 12, 31));
            return n == null ? UNKNOWN_SERVICE_YEARS : n;
        }, y -> taken.getOrDefault(y, 0));
    }

    /** Completed years of service on {@code on}, from the NIP's TMT CPNS month; null when the NIP does not tell. */
    static Integer yearsOfService(String nip, LocalDate on) {
        YearMonth cpns;
        try {
            cpns = Nip.parse(nip).cpnsMonth();
        } catch (RuntimeException e) {
            return null;
        }
        if (cpns == null) {
            return null;
        }
        Period p = Period.between(cpns.atDay(1), on);
        return p.isNegative() ? 0 : p.getYears();
    }

    /** Working days from {@code from} to {@code to}, both included, on the regency's calendar. */
    int workingDays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private String approver(Staff.Member m) {
        String s = m.supervisorNip();
        return s == null || s.equals(m.nip()) ? null : s;
    }

    private RequestRow visible(Connection c, SerasanPrincipal caller, long id) throws SQLException {
        RequestRow r = repo.request(c, id).orElseThrow(() -> notFound(id));
        if (!Approvals.maySee(caller, staff, r.nip(), r.approverNip())) {
            throw notFound(id);
        }
        return r;
    }

    /** The request's attachment, if the caller may see the request. */
    public Attachments.FileView attachment(SerasanPrincipal caller, long id) {
        return db.read(c -> {
            RequestRow r = visible(c, caller, id);
            Attachments.FileView f = attachments.view(c, r.fileId());
            if (f == null) {
                throw ProblemException.notFound("Permohonan ini tanpa lampiran / This request has no attachment");
            }
            return f;
        });
    }

    /** The content of the request's attachment, if the caller may see the request. */
    public byte[] attachmentContent(SerasanPrincipal caller, long id) {
        return db.read(c -> {
            RequestRow r = visible(c, caller, id);
            if (r.fileId() == null) {
                throw ProblemException.notFound("Permohonan ini tanpa lampiran / This request has no attachment");
            }
            return repo.content(c, r.fileId());
        });
    }

    private RequestView view(Connection c, RequestRow r) throws SQLException {
        RequestKind k = RequestKind.valueOf(r.kind());
        LeaveType t = r.leaveType() == null ? null : LeaveType.valueOf(r.leaveType());
        return new RequestView(r.id(), r.nip(), Approvals.name(staff, r.nip()), r.kind(), new Text(k.id(), k.en()),
                r.leaveType(), t == null ? null : new Text(t.id(), t.en()), r.from(), r.to(), r.workingDays(),
                r.reason(), r.place(), attachments.view(c, r.fileId()), r.approverNip(),
                Approvals.name(staff, r.approverNip()), r.status(), Instant.ofEpochMilli(r.createdMs()),
                r.decidedBy(), Approvals.instant(r.decidedMs()), r.decisionNote());
    }

    private void post(RequestRow r, String actor) {
        events.postEvent(new Event(AttendanceEvents.REQUEST_CHANGED, Map.of(AttendanceEvents.NIP, r.nip(),
                AttendanceEvents.WORK_DATE, r.from().toString(), AttendanceEvents.FROM, r.from().toString(),
                AttendanceEvents.TO, r.to().toString(), AttendanceEvents.REQUEST_KIND, r.kind(),
                AttendanceEvents.DECISION, r.status(), EventTopics.ACTOR, actor, EventTopics.ENTITY_ID,
                Long.toString(r.id()), EventTopics.AT, Instant.now().toString())));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E x : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(x.name());
            }
            errors.add(new FieldError(field, "Salah satu dari / One of: " + allowed));
            return null;
        }
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("Permohonan " + id + " tidak ditemukan / Request " + id + " not found");
    }
}
