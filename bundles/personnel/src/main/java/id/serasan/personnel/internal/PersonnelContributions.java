package id.serasan.personnel.internal;

import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.DashboardWidget;
import id.serasan.platform.api.spi.DatasetDescriptor;
import id.serasan.platform.api.spi.DatasetProvider;
import id.serasan.platform.api.spi.NavigationItem;
import id.serasan.platform.api.spi.NavigationProvider;
import id.serasan.platform.api.spi.Text;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    private final PersonnelService personnel;

    @Activate
    public PersonnelContributions(@Reference PersonnelService personnel) {
        this.personnel = personnel;
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
        PersonnelService.Summary sum = personnel.summary(Viewer.of(caller));
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
        return personnel.db().read(c -> {
            List<List<Object>> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT u.CODE, u.NAME, e.RANK_CODE, e.GENDER, e.EMPLOYMENT_TYPE, "
                    + "COUNT(*) FROM PERSONNEL_EMPLOYEE e JOIN PERSONNEL_UNIT u ON u.ID = e.UNIT_ID WHERE e.STATUS = 'ACTIVE' "
                    + "GROUP BY u.CODE, u.NAME, e.RANK_CODE, e.GENDER, e.EMPLOYMENT_TYPE");
                 ResultSet rs = ps.executeQuery()) {
                Map<List<Object>, Long> grouped = new LinkedHashMap<>();
                while (rs.next()) {
                    String rank = rs.getString(3);
                    String group = rank == null ? "-" : rank.contains("/") ? rank.substring(0, rank.indexOf('/'))
                            : "PPPK";
                    List<Object> key = List.of(rs.getString(1), rs.getString(2), group, rs.getString(4), rs.getString(5));
                    grouped.merge(key, rs.getLong(6), Long::sum);
                }
                grouped.forEach((k, n) -> {
                    List<Object> row = new ArrayList<>(k);
                    row.add(n);
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
