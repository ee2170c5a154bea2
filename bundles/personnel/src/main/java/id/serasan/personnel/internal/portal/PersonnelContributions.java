package id.serasan.personnel.internal.portal;

import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.schedule.DukAndSchedules;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.DashboardWidget;
import id.serasan.platform.api.spi.DatasetDescriptor;
import id.serasan.platform.api.spi.DatasetProvider;
import id.serasan.platform.api.spi.NavigationItem;
import id.serasan.platform.api.spi.NavigationProvider;
import id.serasan.platform.api.spi.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The personnel module's portal menu entries, its dashboard tile (counts within the caller's own scope) and an
 * open-data dataset of aggregated head counts (unit, rank group, gender, employment type: no personal data).
 */
@Component(service = {NavigationProvider.class, DashboardWidget.class, DatasetProvider.class})
public class PersonnelContributions implements NavigationProvider, DashboardWidget, DatasetProvider {
    private final DukAndSchedules schedules;
    private final PersonnelDatabase db;
    private final EmployeeRepository employees;

    @Activate
    public PersonnelContributions(@Reference DukAndSchedules schedules, @Reference PersonnelDatabase db,
                                  @Reference EmployeeRepository employees) {
        this.schedules = schedules;
        this.db = db;
        this.employees = employees;
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("personnel.me", Text.of("Data saya", "My record"), "/personnel/me", 100,
                        Audience.staff()),
                new NavigationItem("personnel.employees", Text.of("Pegawai", "Employees"), "/personnel/employees", 110,
                        Audience.roles(Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR)),
                new NavigationItem("personnel.duk", Text.of("DUK", "Seniority list (DUK)"), "/personnel/duk", 120,
                        Audience.roles(Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR)),
                new NavigationItem("personnel.corrections", Text.of("Usulan perbaikan data", "Data corrections"),
                        "/personnel/corrections", 130, Audience.roles(Role.ADMIN, Role.HR_OPERATOR)));
    }

    @Override
    public String id() {
        return "personnel.summary";
    }

    @Override
    public Text title() {
        return Text.of("Kepegawaian", "Personnel");
    }

    @Override
    public Audience audience() {
        return Audience.roles(Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR);
    }

    @Override
    public Map<String, Object> data(SerasanPrincipal caller) {
        DukAndSchedules.Summary sum = schedules.summary(Viewer.of(caller));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("activeEmployees", sum.activeEmployees());
        out.put("retirementsNext12Months", sum.retirementsNext12Months());
        out.put("promotionsNext6Months", sum.promotionsNext6Months());
        return out;
    }

    @Override
    public DatasetDescriptor descriptor() {
        return new DatasetDescriptor("jumlah-asn-per-unit",
                Text.of("Jumlah ASN aktif per unit, golongan, jenis kelamin dan jenis pegawai",
                        "Active civil servants by unit, rank group, gender and employment type"),
                Text.of("Rekap jumlah pegawai aktif Pemerintah Kabupaten Muara Enim; tanpa data pribadi.",
                        "Head counts of the regency's active employees; no personal data."),
                List.of("unit_code", "unit_name", "rank_group", "gender", "employment_type", "count"), "CC-BY-4.0",
                Instant.now());
    }

    @Override
    public List<List<Object>> rows() {
        Map<List<Object>, Long> grouped = new LinkedHashMap<>();
        for (EmployeeRepository.HeadCount h : db.read(employees::headCounts)) {
            String rank = h.rankCode();
            String group = rank == null ? "-" : rank.contains("/") ? rank.substring(0, rank.indexOf('/')) : "PPPK";
            grouped.merge(List.of(h.unitCode(), h.unitName(), group, h.gender(), h.employmentType()), h.count(),
                    Long::sum);
        }
        List<List<Object>> rows = new ArrayList<>();
        grouped.forEach((k, n) -> {
            List<Object> row = new ArrayList<>(k);
            row.add(n);
            rows.add(row);
        });
        return rows;
    }
}
