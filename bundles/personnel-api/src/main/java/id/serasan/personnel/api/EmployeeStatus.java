package id.serasan.personnel.api;

/** Where an employee stands in service. Only {@link #ACTIVE} employees count in DUK and schedules. */
public enum EmployeeStatus {
    /** In service. */
    ACTIVE,
    /** On leave outside the state's responsibility (cuti di luar tanggungan negara). */
    LEAVE_OUTSIDE_STATE,
    /** Retired (pensiun). */
    RETIRED,
    /** Dismissed (diberhentikan). */
    DISMISSED,
    /** Deceased (wafat). */
    DECEASED;

    /** True when the status ends service: retired, dismissed or deceased. */
    public boolean leftService() {
        return this == RETIRED || this == DISMISSED || this == DECEASED;
    }
}
