package id.serasan.attendance.internal.checkin;

import id.serasan.attendance.internal.config.AttendanceSettings;
import id.serasan.attendance.internal.rules.Geo;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.CalendarRepository;
import id.serasan.attendance.internal.store.CalendarRepository.SiteRow;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Geofences: where each employee may check in. A unit's office is its own site rows when HR has set them (a
 * radius or a polygon, several buildings allowed), else the unit's coordinates from personnel with the default
 * radius; an employee may have extra sites (a school they also teach at). Site rows are kept in memory and read
 * again at once after a change here (and within {@value #RELOAD_MILLIS} ms after one on another node): a geofence
 * change applies to the next check-in.
 */
@Component(service = SiteService.class)
public class SiteService {
    static final long RELOAD_MILLIS = 30_000;
    private final AttendanceDatabase db;
    private final AttendanceSettings settings;
    private final AuditService audit;
    private final Staff staff;
    private final CalendarRepository repo = new CalendarRepository();
    private volatile List<SiteRow> cache;
    private volatile long loadedAt;

    /** A site as the API shows and takes it. */
    public record SiteView(Long id, String unitCode, String nip, String name, double latitude, double longitude,
                           int radiusMetres, List<double[]> polygon, String source) {
    }

    @Activate
    public SiteService(@Reference AttendanceDatabase db, @Reference AttendanceSettings settings,
                       @Reference AuditService audit, @Reference Staff staff) {
        this.db = db;
        this.settings = settings;
        this.audit = audit;
        this.staff = staff;
    }

    private List<SiteRow> rows() {
        long now = System.currentTimeMillis();
        List<SiteRow> c = cache;
        if (c == null || now - loadedAt > RELOAD_MILLIS) {
            c = List.copyOf(db.read(repo::sites));
            cache = c;
            loadedAt = now;
        }
        return c;
    }

    /** The sites of {@code m}: the unit's office (own rows or personnel's coordinates) and the employee's own. */
    public List<Site> sitesOf(Staff.Member m) {
        List<Site> out = new ArrayList<>();
        boolean unitRows = false;
        for (SiteRow r : rows()) {
            if (m.unitCode() != null && m.unitCode().equals(r.unitCode())) {
                out.add(site(r));
                unitRows = true;
            } else if (m.nip().equals(r.nip())) {
                out.add(site(r));
            }
        }
        if (!unitRows && m.unitLatitude() != null && m.unitLongitude() != null) {
            out.add(new Site(m.unitName() == null ? m.unitCode() : m.unitName(),
                    new Geo.Point(m.unitLatitude(), m.unitLongitude()), settings.get().defaultRadiusMetres(), List.of()));
        }
        return out;
    }

    /** The sites of a unit as HR sees them: its own rows, or else the one taken from personnel. */
    public List<SiteView> unitSites(String unitCode) {
        List<SiteView> own = rows().stream().filter(r -> unitCode.equals(r.unitCode())).map(SiteService::view).toList();
        if (!own.isEmpty()) {
            return own;
        }
        return staff.unit(unitCode).filter(u -> u.latitude() != null && u.longitude() != null)
                .map(u -> List.of(new SiteView(null, unitCode, null, u.name(), u.latitude(), u.longitude(),
                        settings.get().defaultRadiusMetres(), List.of(), "personnel")))
                .orElse(List.of());
    }

    /** An employee's extra sites. */
    public List<SiteView> employeeSites(String nip) {
        return rows().stream().filter(r -> nip.equals(r.nip())).map(SiteService::view).toList();
    }

    /** Replaces a unit's office sites (HR); an empty list goes back to personnel's coordinates. */
    public List<SiteView> setUnitSites(String actor, String unitCode, List<SiteView> sites) {
        if (staff.unit(unitCode).isEmpty()) {
            throw ProblemException.notFound("Unit " + unitCode + " tidak ada / No unit " + unitCode);
        }
        List<SiteRow> rows = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            rows.add(row(sites.get(i), "sites[" + i + "]", unitCode, null));
        }
        db.tx(c -> {
            List<SiteView> before = repo.sites(c).stream().filter(r -> unitCode.equals(r.unitCode()))
                    .map(SiteService::view).toList();
            repo.deleteUnitSites(c, unitCode);
            for (SiteRow r : rows) {
                repo.insertSite(c, r);
            }
            List<SiteView> after = repo.sites(c).stream().filter(r -> unitCode.equals(r.unitCode()))
                    .map(SiteService::view).toList();
            audit.record(c, actor, "attendance.sites.set", "unit", unitCode, before, after);
            return null;
        });
        cache = null;
        return unitSites(unitCode);
    }

    /** Adds an extra site of one employee (HR). */
    public SiteView addEmployeeSite(String actor, String nip, SiteView site) {
        if (staff.member(nip).isEmpty()) {
            throw ProblemException.notFound("Pegawai " + nip + " tidak ada / No employee " + nip);
        }
        SiteRow r = row(site, "site", null, nip);
        long id = db.tx(c -> {
            long newId = repo.insertSite(c, r);
            audit.record(c, actor, "attendance.site.add", "employee", nip, null,
                    view(new SiteRow(newId, null, nip, r.name(), r.latitude(), r.longitude(), r.radius(), r.polygon(),
                            r.updatedMs())));
            return newId;
        });
        cache = null;
        return employeeSites(nip).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** Removes an employee's extra site (HR). */
    public void removeEmployeeSite(String actor, String nip, long id) {
        db.tx(c -> {
            SiteRow before = repo.sites(c).stream().filter(r -> r.id() == id && nip.equals(r.nip())).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("Lokasi " + id + " tidak ada / No site " + id));
            repo.deleteSite(c, id);
            audit.record(c, actor, "attendance.site.remove", "employee", nip, view(before), null);
            return null;
        });
        cache = null;
    }

    private static SiteRow row(SiteView s, String field, String unitCode, String nip) {
        List<FieldError> errors = new ArrayList<>();
        if (s == null) {
            throw ProblemException.invalid(List.of(new FieldError(field, "Wajib diisi / Required")));
        }
        if (s.name() == null || s.name().isBlank() || s.name().length() > 120) {
            errors.add(new FieldError(field + ".name", "1–120 karakter / 1–120 characters"));
        }
        if (!(s.latitude() >= -90 && s.latitude() <= 90)) {
            errors.add(new FieldError(field + ".latitude", "Antara -90 dan 90 / Between -90 and 90"));
        }
        if (!(s.longitude() >= -180 && s.longitude() <= 180)) {
            errors.add(new FieldError(field + ".longitude", "Antara -180 dan 180 / Between -180 and 180"));
        }
        if (s.radiusMetres() < 10 || s.radiusMetres() > 5000) {
            errors.add(new FieldError(field + ".radiusMetres", "10–5000 meter / 10–5000 metres"));
        }
        String polygon = null;
        if (s.polygon() != null && !s.polygon().isEmpty()) {
            if (s.polygon().size() < 3 || s.polygon().size() > 100
                    || s.polygon().stream().anyMatch(p -> p == null || p.length != 2 || !(p[0] >= -90 && p[0] <= 90)
                    || !(p[1] >= -180 && p[1] <= 180))) {
                errors.add(new FieldError(field + ".polygon",
                        "3–100 titik [lintang, bujur] / 3–100 points [latitude, longitude]"));
            } else {
                polygon = Site.formatPolygon(s.polygon().stream().map(p -> new Geo.Point(p[0], p[1])).toList());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SiteRow(0, unitCode, nip, s.name().strip(), s.latitude(), s.longitude(), s.radiusMetres(), polygon,
                System.currentTimeMillis());
    }

    private static Site site(SiteRow r) {
        return new Site(r.name(), new Geo.Point(r.latitude(), r.longitude()), r.radius(), Site.parsePolygon(r.polygon()));
    }

    private static SiteView view(SiteRow r) {
        return new SiteView(r.id(), r.unitCode(), r.nip(), r.name(), r.latitude(), r.longitude(), r.radius(),
                Site.parsePolygon(r.polygon()).stream().map(p -> new double[] {p.latitude(), p.longitude()}).toList(),
                "attendance");
    }
}
