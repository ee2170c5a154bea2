package id.serasan.attendance.internal.request;

import id.serasan.attendance.internal.checkin.CheckInService;
import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.CheckInRepository;
import id.serasan.attendance.internal.store.CheckInRow;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The supervisor's review of flagged check-ins (a late offline submission, a suspicious fix, an unbound phone): the
 * check-in counts while it waits; accepted, it stays; rejected, it no longer counts and the day is judged again
 * without it. The direct supervisor in personnel reviews, HR any; every decision is audited with its note.
 */
@Component(service = ReviewService.class)
public class ReviewService {
    /** How far back the review list looks, in days. */
    static final int LOOKBACK_DAYS = 62;
    private final AttendanceDatabase db;
    private final Staff staff;
    private final CheckInService checkIns;
    private final AuditService audit;
    private final CheckInRepository repo = new CheckInRepository();

    /** A decision on a check-in: accept (true) or reject (false, with a note). */
    public record ReviewInput(Boolean accept, String note) {
    }

    /** A check-in waiting for review, or just reviewed. */
    public record ReviewItem(String nip, String name, CheckInService.CheckInResult checkIn) {
    }

    @Activate
    public ReviewService(@Reference AttendanceDatabase db, @Reference Staff staff, @Reference CheckInService checkIns,
                         @Reference AuditService audit) {
        this.db = db;
        this.staff = staff;
        this.checkIns = checkIns;
        this.audit = audit;
    }

    /** The check-ins waiting for the caller's review: a supervisor's direct subordinates', HR everyone's. */
    public List<ReviewItem> waiting(SerasanPrincipal caller) {
        LocalDate from = LocalDate.now(DayRules.ZONE).minusDays(LOOKBACK_DAYS);
        List<String> nips = Approvals.hr(caller) ? null
                : caller.nip() == null ? List.of() : staff.subordinates(caller.nip());
        List<CheckInRow> rows = db.read(c -> repo.pendingReviews(c, nips, from, RequestService.LIST_LIMIT));
        List<ReviewItem> out = new ArrayList<>(rows.size());
        long now = System.currentTimeMillis();
        for (CheckInRow r : rows) {
            staff.member(r.nip()).ifPresent(m -> out.add(new ReviewItem(m.nip(), m.name(), checkIns.answer(m, r, now))));
        }
        return out;
    }

    /** Accepts or rejects a check-in waiting for review. 404 outside the caller's sight, 409 when not waiting. */
    public ReviewItem decide(SerasanPrincipal caller, String nip, String clientId, ReviewInput in) {
        if (in == null || in.accept() == null) {
            throw ProblemException.invalid(List.of(new FieldError("accept", "true (terima / accept) atau/or false"
                    + " (tolak / reject)")));
        }
        String note = Approvals.note(in.note(), !in.accept());
        Staff.Member m = staff.member(nip).orElseThrow(() -> notFound(clientId));
        if (!Approvals.mayDecide(caller, nip, m.supervisorNip())) {
            if (caller.nip() != null && caller.nip().equals(nip)) {
                throw ProblemException.forbidden("Presensi sendiri tidak dapat Anda tinjau / You cannot review your"
                        + " own check-in");
            }
            throw notFound(clientId);
        }
        String to = in.accept() ? "ACCEPTED" : "REJECTED";
        CheckInRow after = db.tx(c -> {
            CheckInRow before = repo.find(c, nip, clientId).orElseThrow(() -> notFound(clientId));
            if (!repo.setReview(c, nip, clientId, "PENDING", to)) {
                throw ProblemException.conflict("Presensi ini tidak menunggu tinjauan (" + before.review()
                        + ") / This check-in is not waiting for review");
            }
            if (!in.accept()) {
                repo.resummarise(c, nip, before.workDate());
            }
            CheckInRow stored = repo.find(c, nip, clientId).orElseThrow();
            Map<String, Object> after1 = new LinkedHashMap<>();
            after1.put("review", stored.review());
            after1.put("workDate", stored.workDate().toString());
            after1.put("flags", stored.flags());
            if (note != null) {
                after1.put("note", note);
            }
            audit.record(c, caller.username(), "attendance.checkin.review", "attendance-checkin",
                    nip + "/" + clientId, Map.of("review", before.review()), after1);
            return stored;
        });
        return new ReviewItem(m.nip(), m.name(), checkIns.answer(m, after, System.currentTimeMillis()));
    }

    static ProblemException notFound(String clientId) {
        return ProblemException.notFound("Presensi " + clientId + " tidak ditemukan / Check-in " + clientId
                + " not found");
    }
}
