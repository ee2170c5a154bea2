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
    /**
     * A request (leave, duty travel, flexible work, permission) was submitted, decided or cancelled:
     * {@link #REQUEST_KIND}, {@link #DECISION} (the new status), {@link #FROM}, {@link #TO}; {@link #WORK_DATE} is
     * the first day.
     *
     * @since 1.1
     */
    public static final String REQUEST_CHANGED = "serasan/attendance/RequestChanged";
    /**
     * An appeal against a day was submitted, decided or withdrawn: {@link #DECISION} (the new status).
     *
     * @since 1.1
     */
    public static final String APPEAL_CHANGED = "serasan/attendance/AppealChanged";

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
    /** {@code LEAVE}, {@code DUTY_TRAVEL}, {@code FLEXIBLE_WORK} or {@code PERMISSION}. @since 1.1 */
    public static final String REQUEST_KIND = "requestKind";
    /** The new status of a request or appeal, e.g. {@code APPROVED}, {@code REJECTED}. @since 1.1 */
    public static final String DECISION = "decision";
    /** The first and last day of a request (ISO dates). @since 1.1 */
    public static final String FROM = "from";
    public static final String TO = "to";

    private AttendanceEvents() {
    }
}
