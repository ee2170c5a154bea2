package id.serasan.attendance.internal.rules;

/**
 * Why a working day is excused for one employee (an approved request, an accepted appeal): never late, never
 * absent.
 *
 * @param type   the day type it gives a working day
 * @param reason the explanation shown with the day (Indonesian / English)
 * @param source {@code request} or {@code appeal}
 * @param id     the request's or appeal's id
 * @param place  the duty location or place of flexible work, or null
 */
public record Excuse(DayType type, String reason, String source, long id, String place) {
    public Excuse {
        if (type == DayType.WORKDAY || type == DayType.DAY_OFF || type == DayType.HOLIDAY) {
            throw new IllegalArgumentException("not an excuse: " + type);
        }
    }
}
