package id.serasan.attendance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The regency's working-day calendar as an OSGi service: the working week of the office hours (Monday to Friday
 * by default) minus the holidays and collective leave days the HR operator keeps. Other modules count deadlines
 * in working days with it (PPID's 10 working days, performance periods); a holiday added by HR applies at once.
 */
@ProviderType
public interface WorkingCalendar {
    /** True when {@code date} is a working day: a working weekday and no holiday. */
    boolean isWorkingDay(LocalDate date);

    /** The holiday on {@code date}, if there is one. */
    Optional<Holiday> holiday(LocalDate date);

    /** The holidays from {@code from} to {@code to}, both inclusive, in date order. */
    List<Holiday> holidays(LocalDate from, LocalDate to);

    /**
     * The day {@code workingDays} working days after {@code from}: {@code from} itself does not count, so a
     * request received on Friday with a 1-working-day deadline is due on Monday (no holiday between).
     * {@code workingDays = 0} gives {@code from} if it is a working day, else the next working day.
     *
     * @throws IllegalArgumentException when {@code workingDays} is negative
     */
    LocalDate addWorkingDays(LocalDate from, int workingDays);

    /** The working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
