package id.serasan.attendance.internal.store;

import java.time.LocalDate;

/**
 * One stored check-in (a row of {@code ATT_CHECKIN}).
 *
 * @param kind   {@code IN} or {@code OUT}
 * @param atMs   the time it counts for (epoch ms)
 * @param flags  review signals, comma-separated, empty when none
 * @param review {@code NONE}, {@code PENDING}, {@code ACCEPTED} or {@code REJECTED}
 */
public record CheckInRow(String nip, String clientId, String kind, LocalDate workDate, long atMs, Long deviceMs,
                         Long sentMs, long receivedMs, double latitude, double longitude, double accuracy,
                         double distance, String site, String unitCode, String deviceId, boolean offline,
                         String flags, String review) {
}
