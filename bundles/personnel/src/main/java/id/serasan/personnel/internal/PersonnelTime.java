package id.serasan.personnel.internal;

import java.time.Clock;
import java.time.ZoneId;

/** The module's time zone: Muara Enim keeps Western Indonesian Time (WIB); dates such as TMT are days there. */
public final class PersonnelTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private PersonnelTime() {
    }

    /** The system clock in {@link #ZONE}; components take it in their activation and a fixed one in tests. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
