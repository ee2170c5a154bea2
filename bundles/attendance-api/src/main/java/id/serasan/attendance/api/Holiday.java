package id.serasan.attendance.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off for everyone in the regency's calendar.
 *
 * @param date the day
 * @param name its name, e.g. "Hari Raya Idul Fitri 1448 H"
 * @param kind national holiday, collective leave (cuti bersama) or a regional day off
 */
public record Holiday(LocalDate date, String name, Kind kind) {
    /** What kind of day off. */
    public enum Kind {
        /** A national holiday (hari libur nasional), set by the SKB of three ministers each year. */
        NATIONAL,
        /** Collective leave (cuti bersama): counts against each civil servant's annual leave. */
        COLLECTIVE_LEAVE,
        /** A day off the regency declares for itself. */
        REGIONAL
    }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
