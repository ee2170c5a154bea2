package id.serasan.attendance.internal.rules;

/** What an employee asks for: each kind excuses its working days as its own day type once approved. */
public enum RequestKind {
    /** Leave (cuti), of a {@link LeaveType}. */
    LEAVE(DayType.LEAVE, "Cuti", "Leave"),
    /** Duty travel (dinas luar): the check-in point moves to the duty location. */
    DUTY_TRAVEL(DayType.DUTY_TRAVEL, "Dinas luar", "Duty travel"),
    /** Flexible work (PermenPANRB 4/2025): another place (home, another office), approved in advance. */
    FLEXIBLE_WORK(DayType.FLEXIBLE_WORK, "Kerja fleksibel (WFH/FWA)", "Flexible work (WFH/FWA)"),
    /** Permission for whole days (izin), e.g. with a letter. */
    PERMISSION(DayType.PERMISSION, "Izin", "Permission");

    private final DayType dayType;
    private final String id;
    private final String en;

    RequestKind(DayType dayType, String id, String en) {
        this.dayType = dayType;
        this.id = id;
        this.en = en;
    }

    /** The day type an approved request of this kind gives its days. */
    public DayType dayType() {
        return dayType;
    }

    /** The name in Bahasa Indonesia. */
    public String id() {
        return id;
    }

    /** The name in English. */
    public String en() {
        return en;
    }

    /** Whether the employee may check in outside the office's geofence on an approved day. */
    public boolean movesCheckIn() {
        return this == DUTY_TRAVEL || this == FLEXIBLE_WORK;
    }
}
