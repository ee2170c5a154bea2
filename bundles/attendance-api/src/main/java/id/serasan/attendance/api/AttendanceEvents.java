package id.serasan.attendance.api;

/**
 * Events the attendance module posts on OSGi EventAdmin (topics {@code serasan/attendance/<Event>}). Every event
 * carries {@link #NIP}, {@link #WORK_DATE} (ISO date) and the platform's {@code actor}, {@code entityId} and
 * {@code at} properties.
 */
public final class AttendanceEvents {
    public static final String MODULE = "attendance";
    /** A check-in or check-out was stored (durably); {@link #KIND}, {@link #FLAGS}. */
    public static final String CHECK_IN_RECORDED = "serasan/attendance/CheckInRecorded";
    /** A working day was closed for an employee (after its end): {@link #STATUS} and {@link #CUT_PERCENT}. */
    public static final String DAY_CLOSED = "serasan/attendance/DayClosed";
    /** The HR operator changed the working-day calendar (a holiday added or removed); {@link #WORK_DATE}. */
    public static final String CALENDAR_CHANGED = "serasan/attendance/CalendarChanged";

    public static final String NIP = "nip";
    public static final String WORK_DATE = "workDate";
    /** {@code IN} or {@code OUT}. */
    public static final String KIND = "kind";
    /** The check-in's review signals, comma-separated (empty when none). */
    public static final String FLAGS = "flags";
    /** The day's status code, e.g. {@code PRESENT}, {@code TL2}, {@code ABSENT}, {@code LEAVE}. */
    public static final String STATUS = "status";
    /** The day's TPP cut in percent, as a string (e.g. {@code "1.25"}). */
    public static final String CUT_PERCENT = "cutPercent";

    private AttendanceEvents() {
    }
}
