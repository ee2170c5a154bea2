package id.serasan.attendance.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The attendance module's configuration, PID {@value #PID} ({@code etc/id.serasan.attendance.cfg}). Working hours,
 * the rule pack of TL/PSW bands and cuts, geofence defaults and the limits of the check-in path are configuration,
 * not code; changes apply at once. Hours are checked against the national frame (Perpres 21/2023: 37.5 h a week
 * from 07:30; in Ramadan 32.5 h from 08:00): a configuration that breaks it is refused and the last good one stays.
 */
@ObjectClassDefinition(id = AttendanceConfig.PID, name = "Serasan attendance",
        description = "Working hours, the TL/PSW rule pack, geofence defaults and check-in limits")
public @interface AttendanceConfig {
    String PID = "id.serasan.attendance";

    @AttributeDefinition(description = "Regular hours per weekday: 'DAY=HH:MM-HH:MM/break minutes'; days not listed"
            + " are days off. Must add up to 37.5 h and start no earlier than 07:30")
    String[] hours() default {"MONDAY=07:30-16:00/60", "TUESDAY=07:30-16:00/60", "WEDNESDAY=07:30-16:00/60",
        "THURSDAY=07:30-16:00/60", "FRIDAY=07:30-16:30/90"};

    @AttributeDefinition(description = "Ramadan hours, same form; must add up to 32.5 h and start no earlier than 08:00")
    String[] ramadanHours() default {"MONDAY=08:00-15:00/30", "TUESDAY=08:00-15:00/30", "WEDNESDAY=08:00-15:00/30",
        "THURSDAY=08:00-15:00/30", "FRIDAY=08:00-15:30/60"};

    @AttributeDefinition(description = "Ramadan periods 'YYYY-MM-DD/YYYY-MM-DD' (first and last day), as the"
            + " government announces them")
    String[] ramadan() default {"2026-02-18/2026-03-19", "2027-02-08/2027-03-09"};

    @AttributeDefinition(description = "Name of the rule pack: which regulation the bands and cuts follow, shown"
            + " with every deduction")
    String rulePack() default "Bawaan: skema empat pita Permentan 68/2012 (bukan Perbup Muara Enim) / Default: the"
            + " four-band scheme of Permentan 68/2012 (not Muara Enim's own)";

    @AttributeDefinition(description = "Lateness (TL) bands 'CODE=from-to:cut%' in order, from minute 1; the last is"
            + " open ('CODE=91-:2') and also applies to a missing check-in")
    String[] lateBands() default {"TL1=1-30:0.5", "TL2=31-60:1", "TL3=61-90:1.5", "TL4=91-:2"};

    @AttributeDefinition(description = "Early-leave (PSW) bands, same form; the last also applies to a missing"
            + " check-out")
    String[] earlyBands() default {"PSW1=1-30:0.5", "PSW2=31-60:1", "PSW3=61-90:1.5", "PSW4=91-:2"};

    @AttributeDefinition(description = "TPP cut for a working day without any record or valid reason, in percent")
    String absentCut() default "4";

    @AttributeDefinition(description = "Most the month's attendance cuts can add up to, in percent")
    String monthlyCap() default "100";

    @AttributeDefinition(description = "Geofence radius of an office taken from personnel's unit coordinates, metres")
    int defaultRadiusMetres() default 100;

    @AttributeDefinition(description = "A phone clock this far off the server's (measured when it sends) is flagged,"
            + " seconds")
    int clockSkewSeconds() default 120;

    @AttributeDefinition(description = "A check-in received later than this after it was made counts as sent"
            + " offline, seconds")
    int offlineAfterSeconds() default 120;

    @AttributeDefinition(description = "An offline check-in received more than this many minutes after it was made"
            + " (or on a later day) is flagged for the supervisor's review")
    int lateOfflineMinutes() default 60;

    @AttributeDefinition(description = "Speed between two fixes of one employee above which the second is flagged,"
            + " km/h")
    int impossibleSpeedKmh() default 200;

    @AttributeDefinition(description = "Most check-ins written in one database commit (group commit)")
    int batchSize() default 256;

    @AttributeDefinition(description = "How long a check-in waits for its commit before the phone is told to retry"
            + " (503), milliseconds")
    int commitTimeoutMillis() default 10_000;

    @AttributeDefinition(description = "How long another module's data (an employee's unit, a unit's coordinates)"
            + " is reused before it is read again, seconds (transfers reach attendance at once through events)")
    int directoryCacheSeconds() default 60;

    @AttributeDefinition(description = "How many days in the past a request (leave, duty travel, permission) may"
            + " start; flexible work is always asked for in advance")
    int requestBackdateDays() default 7;

    @AttributeDefinition(description = "How many days after a working day its status may be appealed")
    int appealDays() default 30;

    @AttributeDefinition(description = "Largest attachment of a request or appeal (PDF, JPEG, PNG), kilobytes")
    int attachmentMaxKilobytes() default 2048;
}
