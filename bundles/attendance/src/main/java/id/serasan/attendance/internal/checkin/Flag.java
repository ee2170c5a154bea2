package id.serasan.attendance.internal.checkin;

import id.serasan.platform.api.spi.Text;

/**
 * A review signal stored with a check-in. None of them refuses a check-in: the record is kept and the supervisor
 * (or HR) reviews it. The geofence is the one hard rule (outside it a check-in is refused and kept as an attempt).
 */
public enum Flag {
    /** The phone reported a mock (fake) location: only native apps can see this. */
    MOCK_LOCATION("Lokasi palsu dilaporkan perangkat", "The device reported a mock location"),
    /** The fix's accuracy is worse than the site's radius. */
    LOW_ACCURACY("Akurasi GPS lebih buruk dari radius kantor", "GPS accuracy worse than the office radius"),
    /** An accuracy of exactly 0 m, which real receivers never report. */
    ZERO_ACCURACY("Akurasi GPS tepat 0 m (tidak wajar)", "GPS accuracy of exactly 0 m (implausible)"),
    /** Exactly the coordinates of the employee's previous fix: a frozen or replayed location. */
    REPEATED_FIX("Koordinat sama persis dengan sebelumnya", "Exactly the same coordinates as the previous fix"),
    /** Moving faster than possible since the previous fix. */
    IMPOSSIBLE_SPEED("Berpindah terlalu cepat sejak presensi sebelumnya", "Moved impossibly fast since the previous fix"),
    /** Not the device bound to the employee. */
    UNBOUND_DEVICE("Bukan perangkat yang terdaftar", "Not the registered device"),
    /** The phone's clock was far off the server's. */
    CLOCK_SKEW("Jam ponsel tidak tepat (sudah dikoreksi)", "The phone's clock was off (corrected)"),
    /** The phone's time could not be trusted; the receipt time counts. */
    DEVICE_TIME_IGNORED("Jam ponsel tidak dapat dipercaya; dipakai waktu terima", "Phone time not trusted; receipt time used"),
    /** Sent offline and received late (or on a later day). */
    OFFLINE_LATE("Dikirim terlambat dari mode luring", "Sent late from offline mode");

    private final Text text;

    Flag(String id, String en) {
        this.text = new Text(id, en);
    }

    /** The signal in words. */
    public Text text() {
        return text;
    }
}
