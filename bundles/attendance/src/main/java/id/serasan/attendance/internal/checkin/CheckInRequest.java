package id.serasan.attendance.internal.checkin;

import id.serasan.platform.api.openapi.Field;
import java.time.Instant;

/**
 * A check-in or check-out from a phone (the web app or a native app).
 *
 * @param clientId     generated on the phone, one per check-in: a retried or offline-queued check-in with the same
 *                     id is recorded once
 * @param kind         {@code IN} (masuk) or {@code OUT} (pulang)
 * @param deviceTime   the phone's clock when the employee tapped the button
 * @param sentTime     the phone's clock when this request was sent (corrects a wrong phone clock)
 * @param mockLocation what a native app reads from Android's mock-location flag (a browser cannot see it)
 * @param nip          optional; when given it must be the caller's own NIP
 */
public record CheckInRequest(
        @Field(required = true, maxLength = 64, pattern = "[A-Za-z0-9._:-]{8,64}", description = "Id buatan ponsel, unik per presensi / Phone-generated id, unique per check-in") String clientId,
        @Field(required = true, pattern = "IN|OUT", description = "IN (masuk) atau OUT (pulang)") String kind,
        @Field(required = true, minimum = -90, maximum = 90, description = "Lintang WGS84 / WGS84 latitude") Double latitude,
        @Field(required = true, minimum = -180, maximum = 180, description = "Bujur WGS84 / WGS84 longitude") Double longitude,
        @Field(required = true, minimum = 0, maximum = 100000, description = "Akurasi GPS dalam meter / GPS accuracy in metres") Double accuracy,
        @Field(description = "Lokasi palsu menurut Android (aplikasi native) / Android mock-location flag (native apps)")
        Boolean mockLocation,
        @Field(required = true, maxLength = 64, description = "Id perangkat yang stabil / A stable device id") String deviceId,
        @Field(description = "Jam ponsel saat tombol ditekan / Phone clock at the tap") Instant deviceTime,
        @Field(description = "Jam ponsel saat dikirim / Phone clock when sent") Instant sentTime,
        @Field(description = "Opsional, harus NIP sendiri / Optional, must be your own NIP") String nip) {
}
