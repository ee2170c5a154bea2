/**
 * Presensi (attendance) public types other modules build on: the regency's working-day calendar
 * ({@link id.serasan.attendance.api.WorkingCalendar}, kept by the HR operator: national holidays and collective
 * leave on top of the working week) and the events the attendance module posts
 * ({@link id.serasan.attendance.api.AttendanceEvents}).
 */
@Export
@Version("1.1.0")
package id.serasan.attendance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
