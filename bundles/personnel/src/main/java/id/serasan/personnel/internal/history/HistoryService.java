package id.serasan.personnel.internal.history;

import id.serasan.personnel.api.EducationEntry;
import id.serasan.personnel.api.FamilyMember;
import id.serasan.personnel.api.TrainingEntry;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.access.AccessPolicy;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.personnel.internal.store.EducationRepository;
import id.serasan.personnel.internal.store.EmployeeRepository;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.personnel.internal.store.FamilyRepository;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.Sql;
import id.serasan.personnel.internal.store.TrainingRepository;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.Validation;
import id.serasan.platform.api.audit.AuditService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Education, training (diklat) and family histories: listed by whoever sees the employee, changed by editors.
 * Education and leadership training are DUK inputs, so their changes rewrite the employee's current values.
 */
@Component(service = HistoryService.class)
public class HistoryService {
    public static final Set<String> TRAINING_KINDS = Set.of("STRUKTURAL", "FUNGSIONAL", "TEKNIS");
    public static final Set<String> RELATIONS = Set.of("SPOUSE", "CHILD", "PARENT");

    /** The histories this service keeps, by their name in the API path. */
    public enum Kind { EDUCATION, TRAININGS, FAMILY }

    /** A delete in one history table. */
    @FunctionalInterface
    private interface Delete {
        int run(Connection c, long employeeId, long id) throws SQLException;
    }

    private final PersonnelDatabase db;
    private final EmployeeRepository employees;
    private final EducationRepository education;
    private final TrainingRepository trainings;
    private final FamilyRepository family;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;

    @Activate
    public HistoryService(@Reference PersonnelDatabase db, @Reference EmployeeRepository employees,
                          @Reference EducationRepository education, @Reference TrainingRepository trainings,
                          @Reference FamilyRepository family, @Reference AccessPolicy access,
                          @Reference AuditService audit) {
        this.db = db;
        this.employees = employees;
        this.education = education;
        this.trainings = trainings;
        this.family = family;
        this.access = access;
        this.audit = audit;
        this.clock = PersonnelTime.clock();
    }

    public List<EducationEntry> education(Viewer viewer, String nip) {
        EmployeeRow r = access.visible(viewer, nip);
        return db.read(c -> education.list(c, r.id()));
    }

    public EducationEntry addEducation(Viewer viewer, String nip, EducationEntry b) {
        EmployeeRow r = access.editable(viewer, nip);
        new Validation().required("level", b.level())
                .check(b.level() == null || Duk.isEducationLevel(b.level()), "level",
                        "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3")
                .required("institution", b.institution()).maxLength("institution", b.institution(), 200)
                .maxLength("major", b.major(), 200)
                .check(b.graduationYear() == null || (b.graduationYear() >= 1940
                        && b.graduationYear() <= LocalDate.now(clock).getYear()), "graduationYear",
                        "tahun tidak masuk akal / implausible year")
                .throwIfInvalid();
        EducationEntry e = new EducationEntry(null, b.level().trim().toUpperCase(Locale.ROOT), b.institution().trim(),
                Sql.blankToNull(b.major()), b.graduationYear());
        long id = db.tx(c -> {
            long key = education.insert(c, r.id(), e);
            employees.refreshCurrent(c, r.id());
            audit.record(c, viewer.username(), "personnel.education.add", "employee", nip, null, e);
            return key;
        });
        return new EducationEntry(id, e.level(), e.institution(), e.major(), e.graduationYear());
    }

    public List<TrainingEntry> trainings(Viewer viewer, String nip) {
        EmployeeRow r = access.visible(viewer, nip);
        return db.read(c -> trainings.list(c, r.id()));
    }

    public TrainingEntry addTraining(Viewer viewer, String nip, TrainingEntry b) {
        EmployeeRow r = access.editable(viewer, nip);
        new Validation().required("kind", b.kind())
                .check(b.kind() == null || TRAINING_KINDS.contains(b.kind().trim().toUpperCase(Locale.ROOT)), "kind",
                        "STRUKTURAL, FUNGSIONAL, TEKNIS")
                .required("name", b.name()).maxLength("name", b.name(), 200)
                .check(b.hours() == null || (b.hours() > 0 && b.hours() <= 2000), "hours", "1-2000")
                .check(b.endDate() == null || !b.endDate().isAfter(LocalDate.now(clock)), "endDate",
                        "belum terjadi / in the future")
                .throwIfInvalid();
        TrainingEntry e = new TrainingEntry(null, b.kind().trim().toUpperCase(Locale.ROOT), b.name().trim(),
                b.endDate(), b.hours());
        long id = db.tx(c -> {
            long key = trainings.insert(c, r.id(), e);
            employees.refreshCurrent(c, r.id());
            audit.record(c, viewer.username(), "personnel.training.add", "employee", nip, null, e);
            return key;
        });
        return new TrainingEntry(id, e.kind(), e.name(), e.endDate(), e.hours());
    }

    public List<FamilyMember> family(Viewer viewer, String nip) {
        EmployeeRow r = access.visible(viewer, nip);
        return db.read(c -> family.list(c, r.id()));
    }

    public FamilyMember addFamily(Viewer viewer, String nip, FamilyMember b) {
        EmployeeRow r = access.editable(viewer, nip);
        new Validation().required("relation", b.relation())
                .check(b.relation() == null || RELATIONS.contains(b.relation().trim().toUpperCase(Locale.ROOT)),
                        "relation", "SPOUSE, CHILD, PARENT")
                .required("name", b.name()).maxLength("name", b.name(), 120)
                .check(b.birthDate() == null || !b.birthDate().isAfter(LocalDate.now(clock)), "birthDate",
                        "belum terjadi / in the future")
                .throwIfInvalid();
        FamilyMember e = new FamilyMember(null, b.relation().trim().toUpperCase(Locale.ROOT), b.name().trim(),
                b.birthDate(), b.gender());
        long id = db.tx(c -> {
            long key = family.insert(c, r.id(), e);
            audit.record(c, viewer.username(), "personnel.family.add", "employee", nip, null, e);
            return key;
        });
        return new FamilyMember(id, e.relation(), e.name(), e.birthDate(), e.gender());
    }

    /** Deletes one education, training or family entry of the employee; 404 when it has no such entry. */
    public void delete(Viewer viewer, String nip, Kind kind, long id) {
        EmployeeRow r = access.editable(viewer, nip);
        Delete delete = switch (kind) {
            case EDUCATION -> education::delete;
            case TRAININGS -> trainings::delete;
            case FAMILY -> family::delete;
        };
        db.tx(c -> {
            if (delete.run(c, r.id(), id) == 0) {
                throw ProblemException.notFound("Entri " + id + " tidak ada / Entry " + id + " not found");
            }
            employees.refreshCurrent(c, r.id());
            audit.record(c, viewer.username(), "personnel." + kind.name().toLowerCase(Locale.ROOT) + ".delete",
                    "employee", nip, Map.of("id", id), null);
            return null;
        });
    }
}
