package id.serasan.attendance.internal.rules;

import java.math.BigDecimal;

/**
 * One band of lateness or early leave: from {@code fromMinute} to {@code toMinute} inclusive (null: no upper end),
 * cutting {@code cutPercent} of the month's TPP.
 *
 * @param code e.g. {@code TL1} or {@code PSW4}
 */
public record Band(String code, int fromMinute, Integer toMinute, BigDecimal cutPercent) {
    public Band {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a band needs its code");
        }
        if (fromMinute < 1 || (toMinute != null && toMinute < fromMinute)) {
            throw new IllegalArgumentException(code + ": minutes " + fromMinute + "–" + toMinute);
        }
        if (cutPercent == null || cutPercent.signum() < 0 || cutPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(code + ": cut " + cutPercent + "%");
        }
    }

    /** Whether {@code minutes} falls in this band. */
    public boolean contains(long minutes) {
        return minutes >= fromMinute && (toMinute == null || minutes <= toMinute);
    }
}
