package id.serasan.attendance.internal.calendar;

import id.serasan.attendance.api.AttendanceEvents;
import id.serasan.attendance.api.Holiday;
import id.serasan.attendance.api.WorkingCalendar;
import id.serasan.attendance.internal.config.AttendanceSettings;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.CalendarRepository;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.api.event.EventTopics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The working-day calendar: the working weekdays of the regular hours minus the holidays HR keeps. Holidays are
 * read into memory and read again after every change made here and at most {@value #RELOAD_MILLIS} ms after a
 * change made by another node, so the check-in path never queries them.
 */
@Component(service = {WorkingCalendar.class, CalendarService.class})
public class CalendarService implements WorkingCalendar {
    static final long RELOAD_MILLIS = 30_000;
    private static final int MAX_SCAN_DAYS = 3 * 366;

    private final AttendanceDatabase db;
    private final AttendanceSettings settings;
    private final AuditService audit;
    private final EventAdmin events;
    private final CalendarRepository repo = new CalendarRepository();
    private volatile Snapshot snapshot;

    private record Snapshot(NavigableMap<LocalDate, Holiday> days, long loadedAt) {
    }

    @Activate
    public CalendarService(@Reference AttendanceDatabase db, @Reference AttendanceSettings settings,
                           @Reference AuditService audit, @Reference EventAdmin events) {
        this.db = db;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    private NavigableMap<LocalDate, Holiday> days() {
        Snapshot s = snapshot;
        long now = System.currentTimeMillis();
        if (s == null || now - s.loadedAt() > RELOAD_MILLIS) {
            TreeMap<LocalDate, Holiday> m = new TreeMap<>();
            db.read(repo::holidays).forEach(h -> m.put(h.date(), h));
            s = new Snapshot(java.util.Collections.unmodifiableNavigableMap(m), now);
            snapshot = s;
        }
        return s.days();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return settings.get().weekOf(date).on(date.getDayOfWeek()).isPresent() && !days().containsKey(date);
    }

    @Override
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(days().get(date));
    }

    @Override
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return new ArrayList<>(days().subMap(from, true, to, true).values());
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate d = from;
        if (workingDays == 0) {
            for (int i = 0; !isWorkingDay(d); i++) {
                check(i);
                d = d.plusDays(1);
            }
            return d;
        }
        int left = workingDays;
        for (int i = 0; left > 0; i++) {
            check(i);
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static void check(int scanned) {
        if (scanned > MAX_SCAN_DAYS * 10) {
            throw new IllegalStateException("no working day found: the calendar has no working weekday");
        }
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** Adds a holiday (HR). 409 when the day has one already. */
    public Holiday add(String actor, Holiday h) {
        db.tx(c -> {
            if (repo.holiday(c, h.date()).isPresent()) {
                throw ProblemException.conflict("Tanggal " + h.date() + " sudah libur / " + h.date()
                        + " is a holiday already");
            }
            repo.insertHoliday(c, h, System.currentTimeMillis());
            audit.record(c, actor, "attendance.holiday.add", "holiday", h.date().toString(), null, h);
            return null;
        });
        changed(actor, h.date());
        return h;
    }

    /** Removes the holiday of {@code date} (HR). 404 when there is none. */
    public void remove(String actor, LocalDate date) {
        db.tx(c -> {
            Holiday before = repo.holiday(c, date).orElseThrow(() -> ProblemException.notFound(
                    "Tidak ada hari libur pada " + date + " / No holiday on " + date));
            repo.deleteHoliday(c, date);
            audit.record(c, actor, "attendance.holiday.remove", "holiday", date.toString(), before, null);
            return null;
        });
        changed(actor, date);
    }

    private void changed(String actor, LocalDate date) {
        snapshot = null;
        events.postEvent(new Event(AttendanceEvents.CALENDAR_CHANGED, Map.of(AttendanceEvents.WORK_DATE, date.toString(),
                EventTopics.ACTOR, actor, EventTopics.ENTITY_ID, date.toString(), EventTopics.AT,
                Instant.now().toString())));
    }
}
