package id.serasan.attendance.internal.app;

import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.NavigationItem;
import id.serasan.platform.api.spi.NavigationProvider;
import id.serasan.platform.api.spi.Text;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The attendance module's entries in the portal's staff menu (the few used daily; the team's day, holidays and
 * outages are in the attendance pages' own menu).
 */
@Component(service = NavigationProvider.class)
public class AttendanceNavigation implements NavigationProvider {
    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("attendance.month", Text.of("Presensi saya", "My attendance"), "/presensi/bulan", 200,
                        Audience.staff()),
                new NavigationItem("attendance.requests", Text.of("Cuti dan izin", "Leave and permission"),
                        "/presensi/permohonan", 210, Audience.staff()),
                new NavigationItem("attendance.approvals", Text.of("Persetujuan presensi", "Attendance approvals"),
                        "/presensi/persetujuan", 220, Audience.roles(Role.SUPERVISOR, Role.HR_OPERATOR, Role.ADMIN)),
                new NavigationItem("attendance.recap", Text.of("Rekap presensi", "Attendance recap"), "/presensi/rekap",
                        240, Audience.roles(Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN)));
    }
}
