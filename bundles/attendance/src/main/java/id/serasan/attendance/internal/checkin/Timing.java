package id.serasan.attendance.internal.checkin;

import java.util.EnumSet;
import java.util.Set;

/**
 * When a check-in happened, judged from the phone's clock and the server's. A phone sends the time of the
 * check-in ({@code device}) and its clock's time when it sends ({@code sent}); the difference between {@code sent}
 * and the receipt is the phone clock's error at that moment, which corrects the check-in's time - so a check-in
 * queued offline on a phone whose clock is 20 minutes fast still counts at the right minute. A phone that does not
 * send {@code sent} (an old client) has its device time taken as it is. A time in the future is never believed.
 *
 * @param atMillis the time the check-in counts for
 * @param offline  true when it arrived later than the online window after it was made
 * @param flags    {@link Flag#CLOCK_SKEW}, {@link Flag#DEVICE_TIME_IGNORED}, {@link Flag#OFFLINE_LATE}
 */
public record Timing(long atMillis, boolean offline, Set<Flag> flags) {
    /** Slack for a phone clock a little ahead of the server's, milliseconds. */
    static final long FUTURE_SLACK = 5_000;

    public Timing {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    /**
     * Judges the times of one check-in.
     *
     * @param device      the phone's time of the check-in (epoch ms), or null
     * @param sent        the phone's time when it sent the request, or null
     * @param received    the server's time of receipt
     * @param skewLimit   a clock error above this is flagged
     * @param onlineLimit arriving later than this after the check-in makes it offline
     * @param lateLimit   an offline check-in arriving later than this is flagged for review
     * @param sameWorkDay whether two instants fall on the same working day (an offline check-in sent on a later day
     *                    is flagged whatever the delay)
     */
    public static Timing judge(Long device, Long sent, long received, long skewLimit, long onlineLimit, long lateLimit,
                               java.util.function.BiPredicate<Long, Long> sameWorkDay) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (device == null) {
            return new Timing(received, false, flags);
        }
        long at = device;
        if (sent != null) {
            long error = received - sent;
            if (Math.abs(error) > skewLimit) {
                flags.add(Flag.CLOCK_SKEW);
            }
            at = device + error;
            if (sent < device) {
                // sent before it was made: the clock was changed in between, the correction cannot be trusted
                flags.add(Flag.DEVICE_TIME_IGNORED);
                return new Timing(received, false, flags);
            }
        }
        if (at > received + FUTURE_SLACK) {
            flags.add(Flag.DEVICE_TIME_IGNORED);
            return new Timing(received, false, flags);
        }
        at = Math.min(at, received);
        long delay = received - at;
        boolean offline = delay > onlineLimit;
        if (offline && (delay > lateLimit || !sameWorkDay.test(at, received))) {
            flags.add(Flag.OFFLINE_LATE);
        }
        return new Timing(at, offline, flags);
    }
}
