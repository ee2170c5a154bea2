package id.serasan.attendance.internal.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One employee's working day as kept in {@code ATT_DAY}: the first check-in, the last check-out, the latest fix and
 * the review signals seen that day.
 *
 * @param firstInMs  the first check-in's time, or null
 * @param lastOutMs  the last check-out's time, or null
 * @param lastMs     the latest check-in or check-out's time
 * @param flags      the signals of the day's check-ins, comma-separated, in first-seen order
 */
public record DaySummary(String nip, LocalDate workDate, Long firstInMs, String firstInId, Long lastOutMs,
                         String lastOutId, long lastMs, double lastLatitude, double lastLongitude, int checkIns,
                         String flags) {

    /** The summary of a first check-in or check-out of the day. */
    public static DaySummary of(CheckInRow r) {
        boolean in = "IN".equals(r.kind());
        return new DaySummary(r.nip(), r.workDate(), in ? r.atMs() : null, in ? r.clientId() : null,
                in ? null : r.atMs(), in ? null : r.clientId(), r.atMs(), r.latitude(), r.longitude(), 1, r.flags());
    }

    /** This day with {@code r} added (a rejected check-in is not added). */
    public DaySummary with(CheckInRow r) {
        if ("REJECTED".equals(r.review())) {
            return this;
        }
        boolean in = "IN".equals(r.kind());
        Long fi = firstInMs;
        String fiId = firstInId;
        Long lo = lastOutMs;
        String loId = lastOutId;
        if (in && (fi == null || r.atMs() < fi)) {
            fi = r.atMs();
            fiId = r.clientId();
        }
        if (!in && (lo == null || r.atMs() > lo)) {
            lo = r.atMs();
            loId = r.clientId();
        }
        boolean later = r.atMs() >= lastMs;
        return new DaySummary(nip, workDate, fi, fiId, lo, loId, later ? r.atMs() : lastMs,
                later ? r.latitude() : lastLatitude, later ? r.longitude() : lastLongitude, checkIns + 1,
                union(flags, r.flags()));
    }

    static String union(String a, String b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        if (a == null || a.isEmpty()) {
            return b;
        }
        Set<String> all = new LinkedHashSet<>(Arrays.asList(a.split(",")));
        all.addAll(Arrays.asList(b.split(",")));
        String u = String.join(",", all);
        return u.length() <= 300 ? u : u.substring(0, 300);
    }
}
