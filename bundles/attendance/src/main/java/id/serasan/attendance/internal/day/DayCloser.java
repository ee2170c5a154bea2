package id.serasan.attendance.internal.day;

import id.serasan.attendance.api.AttendanceEvents;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.platform.api.event.EventTopics;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes working days: after midnight (office time) every day of the last week not closed yet is judged for every
 * active employee and a {@code DayClosed} event is posted per employee (status, cut), for the modules that build on
 * attendance (performance). A day is claimed by inserting its row in {@code ATT_CLOSED_DAY}, so on several nodes
 * sharing a database one node closes it, once. Corrections after closing (an appeal accepted, a request approved
 * late) show in days, months and recaps at once; the event is not posted again. The same run removes attachments
 * that no request or appeal named within a day of their upload.
 */
@Component(service = DayCloser.class, immediate = true)
public class DayCloser {
    static final int DAYS_BACK = 7;
    /** How long an attachment no request or appeal names is kept (a form refused after its upload). */
    static final long UNUSED_FILE_MILLIS = 86_400_000L;
    private final id.serasan.attendance.internal.store.RequestRepository files =
            new id.serasan.attendance.internal.store.RequestRepository();
    private static final Logger LOG = LoggerFactory.getLogger(DayCloser.class);
    private final AttendanceDatabase db;
    private final DayService days;
    private final EventAdmin events;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "serasan-attendance-day-closer");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public DayCloser(@Reference AttendanceDatabase db, @Reference DayService days, @Reference EventAdmin events) {
        this.db = db;
        this.days = days;
        this.events = events;
        timer.scheduleWithFixedDelay(this::run, 60, 600, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    void run() {
        try {
            LocalDate today = LocalDate.now(DayRules.ZONE);
            for (LocalDate d = today.minusDays(DAYS_BACK); d.isBefore(today); d = d.plusDays(1)) {
                close(d);
            }
            long before = System.currentTimeMillis() - UNUSED_FILE_MILLIS;
            int removed = db.tx(c -> files.deleteUnusedFiles(c, before));
            if (removed > 0) {
                LOG.info("attendance: {} attachments no request or appeal used removed", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("closing days failed; retried in 10 minutes", e);
        }
    }

    /** Closes {@code day} unless it is closed already; the number of events posted (0 when it was closed). */
    public int close(LocalDate day) {
        if (!claim(day)) {
            return 0;
        }
        long now = System.currentTimeMillis();
        List<DayService.ClosedDay> closed = days.closeDay(day, now);
        String at = Instant.ofEpochMilli(now).toString();
        for (DayService.ClosedDay c : closed) {
            events.postEvent(new Event(AttendanceEvents.DAY_CLOSED, Map.of(AttendanceEvents.NIP, c.nip(),
                    AttendanceEvents.WORK_DATE, c.date().toString(), AttendanceEvents.STATUS, c.code(),
                    AttendanceEvents.CUT_PERCENT, c.cutPercent().toPlainString(), EventTopics.ACTOR, "system",
                    EventTopics.ENTITY_ID, c.nip() + "/" + c.date(), EventTopics.AT, at)));
        }
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE ATT_CLOSED_DAY SET EMPLOYEES = ? WHERE WORK_DATE = ?")) {
                ps.setInt(1, closed.size());
                ps.setDate(2, java.sql.Date.valueOf(day));
                ps.executeUpdate();
            }
            return null;
        });
        LOG.info("attendance day {} closed: {} employees", day, closed.size());
        return closed.size();
    }

    private boolean claim(LocalDate day) {
        boolean closed = db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM ATT_CLOSED_DAY WHERE WORK_DATE = ?")) {
                q.setDate(1, java.sql.Date.valueOf(day));
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (closed) {
            return false;
        }
        try {
            db.tx(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO ATT_CLOSED_DAY (WORK_DATE, CLOSED_MS,"
                        + " EMPLOYEES) VALUES (?, ?, 0)")) {
                    ps.setDate(1, java.sql.Date.valueOf(day));
                    ps.setLong(2, System.currentTimeMillis());
                    ps.executeUpdate();
                }
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException q && q.getSQLState() != null && q.getSQLState().startsWith("23")) {
                    return false; // another node claimed it first
                }
            }
            throw e;
        }
    }
}
