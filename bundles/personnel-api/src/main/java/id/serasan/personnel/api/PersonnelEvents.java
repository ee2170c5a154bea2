package id.serasan.personnel.api;

/**
 * Events the personnel module posts on OSGi EventAdmin (topics {@code serasan/personnel/<Event>}). Every event
 * carries {@link #NIP}, {@link #UNIT_CODE} and the platform's {@code actor}, {@code entityId} (the NIP) and
 * {@code at} properties.
 */
public final class PersonnelEvents {
    public static final String MODULE = "personnel";
    /** A new employee record. */
    public static final String EMPLOYEE_CREATED = "serasan/personnel/EmployeeCreated";
    /** The employee moved to another unit; {@link #FROM_UNIT_CODE} is the old unit. */
    public static final String EMPLOYEE_TRANSFERRED = "serasan/personnel/EmployeeTransferred";
    /** The current rank changed; {@link #RANK} is the new rank. */
    public static final String RANK_CHANGED = "serasan/personnel/RankChanged";
    /** The current position changed; {@link #POSITION_TYPE} and {@link #POSITION_NAME} are the new one. */
    public static final String POSITION_CHANGED = "serasan/personnel/PositionChanged";
    /** The employee left service (retired, dismissed, deceased); {@link #STATUS} says which. */
    public static final String EMPLOYEE_LEFT = "serasan/personnel/EmployeeLeft";

    public static final String NIP = "nip";
    public static final String UNIT_CODE = "unitCode";
    public static final String FROM_UNIT_CODE = "fromUnitCode";
    public static final String RANK = "rank";
    public static final String POSITION_TYPE = "positionType";
    public static final String POSITION_NAME = "positionName";
    public static final String STATUS = "status";

    private PersonnelEvents() {
    }
}
