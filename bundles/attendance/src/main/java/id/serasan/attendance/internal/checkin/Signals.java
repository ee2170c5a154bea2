package id.serasan.attendance.internal.checkin;

import id.serasan.attendance.internal.rules.Geo;
import java.util.EnumSet;
import java.util.Set;

/** The location and device signals of one check-in, against the employee's previous fix and bound device. */
public final class Signals {
    private Signals() {
    }

    /** A previous fix: where and when (the time it counted for). */
    public record Fix(double latitude, double longitude, long atMillis) {
    }

    /**
     * The signals.
     *
     * @param fix            this check-in's position
     * @param accuracy       its accuracy in metres
     * @param mock           whether the device reported a mock location
     * @param atMillis       the time it counts for
     * @param radius         the matched site's radius (metres)
     * @param previous       the employee's previous fix, or null
     * @param maxSpeed       the speed above which a move is impossible, metres per second
     * @param deviceId       this check-in's device
     * @param boundDevice    the employee's bound device, or null when none is bound yet (this one will bind)
     */
    public static Set<Flag> of(Geo.Point fix, double accuracy, boolean mock, long atMillis, int radius, Fix previous,
                               double maxSpeed, String deviceId, String boundDevice) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (mock) {
            flags.add(Flag.MOCK_LOCATION);
        }
        if (accuracy == 0) {
            flags.add(Flag.ZERO_ACCURACY);
        } else if (accuracy > radius) {
            flags.add(Flag.LOW_ACCURACY);
        }
        if (previous != null) {
            if (previous.latitude() == fix.latitude() && previous.longitude() == fix.longitude()) {
                flags.add(Flag.REPEATED_FIX);
            } else {
                double metres = Geo.distance(new Geo.Point(previous.latitude(), previous.longitude()), fix);
                // both fixes may be off by their accuracy; a move shorter than a kilometre is never judged
                double seconds = Math.max(1, Math.abs(atMillis - previous.atMillis()) / 1000.0);
                if (metres > 1000 && metres / seconds > maxSpeed) {
                    flags.add(Flag.IMPOSSIBLE_SPEED);
                }
            }
        }
        if (boundDevice != null && !boundDevice.equals(deviceId)) {
            flags.add(Flag.UNBOUND_DEVICE);
        }
        return flags;
    }
}
