package id.serasan.attendance.internal.rules;

/** What kind of day it is for one employee, before any check-in is looked at. */
public enum DayType {
    /** A working day: the hours (or the shift) apply. */
    WORKDAY,
    /** Not a working day for this employee (weekend, no shift on the roster). */
    DAY_OFF,
    /** A national holiday or collective leave day of the calendar. */
    HOLIDAY,
    /** Approved leave (cuti). */
    LEAVE,
    /** Approved duty travel (dinas luar): checked in at the duty location, never late or absent. */
    DUTY_TRAVEL,
    /** Approved permission for the day (izin), e.g. with a letter. */
    PERMISSION,
    /** Approved flexible work (WFH/FWA, PermenPANRB 4/2025): checked in from the approved place, never late or absent. */
    FLEXIBLE_WORK,
    /** An appeal against the day was accepted by the supervisor: nothing is held against the employee. */
    CORRECTED
}
