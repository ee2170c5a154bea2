package id.serasan.personnel.internal;

import id.serasan.personnel.api.EducationEntry;
import id.serasan.personnel.api.FamilyMember;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.TrainingEntry;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.Validation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Education, training (diklat) and family histories: listed by whoever sees the employee, changed by editors. */
@Component(service = HistoryService.class)
public class HistoryService {
    static final Set<String> TRAINING_KINDS = Set.of("STRUKTURAL", "FUNGSIONAL", "TEKNIS");
    static final Set<String> RELATIONS = Set.of("SPOUSE", "CHILD", "PARENT");

    private final PersonnelService personnel;

    @Activate
    public HistoryService(@Reference PersonnelService personnel) {
        this.personnel = personnel;
    }

    public List<EducationEntry> education(Viewer viewer, String nip) {
        EmployeeRow r = personnel.visible(viewer, nip);
        return personnel.db().read(c -> education(c, r.id()));
    }

    static List<EducationEntry> education(Connection c, long employeeId) throws SQLException {
        List<EducationEntry> out = new ArrayList<>();
        try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, EDU_LEVEL, INSTITUTION, MAJOR, "
                + "GRADUATION_YEAR FROM PERSONNEL_EDUCATION WHERE EMPLOYEE_ID = ? ORDER BY GRADUATION_YEAR, ID"),
                employeeId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EducationEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Db.integer(rs, "GRADUATION_YEAR")));
            }
        }
        return out;
    }

    public EducationEntry addEducation(Viewer viewer, String nip, EducationEntry b) {
        EmployeeRow r = personnel.editable(viewer, nip);
        new Validation().required("level", b.level())
                .check(b.level() == null || Duk.isEducationLevel(b.level()), "level",
                        "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3")
                .required("institution", b.institution()).maxLength("institution", b.institution(), 200)
                .maxLength("major", b.major(), 200)
                .check(b.graduationYear() == null || (b.graduationYear() >= 1940
                        && b.graduationYear() <= personnel.today().getYear()), "graduationYear",
                        "tahun tidak masuk akal / implausible year")
                .throwIfInvalid();
        EducationEntry e = new EducationEntry(null, b.level().trim().toUpperCase(Locale.ROOT), b.institution().trim(),
                PersonnelService.blankToNull(b.major()), b.graduationYear());
        long id = personnel.db().tx(c -> {
            long key = insertEducation(c, r.id(), e);
            PersonnelService.refreshCurrent(c, r.id());
            personnel.audit().record(c, viewer.username(), "personnel.education.add", "employee", nip, null,
                    AuditJson.of(e));
            return key;
        });
        return new EducationEntry(id, e.level(), e.institution(), e.major(), e.graduationYear());
    }

    static long insertEducation(Connection c, long employeeId, EducationEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_EDUCATION (EMPLOYEE_ID, EDU_LEVEL, "
                + "INSTITUTION, MAJOR, GRADUATION_YEAR) VALUES (?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, employeeId);
            ps.setString(2, e.level());
            ps.setString(3, e.institution());
            Db.setNullable(ps, 4, e.major(), Types.VARCHAR);
            Db.setNullable(ps, 5, e.graduationYear(), Types.INTEGER);
            ps.executeUpdate();
            return key(ps);
        }
    }

    public List<TrainingEntry> trainings(Viewer viewer, String nip) {
        EmployeeRow r = personnel.visible(viewer, nip);
        return personnel.db().read(c -> {
            List<TrainingEntry> out = new ArrayList<>();
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, KIND, NAME, END_DATE, HOURS FROM "
                    + "PERSONNEL_TRAINING WHERE EMPLOYEE_ID = ? ORDER BY END_DATE, ID"), r.id());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TrainingEntry(rs.getLong(1), rs.getString(2), rs.getString(3), Db.date(rs, "END_DATE"),
                            Db.integer(rs, "HOURS")));
                }
            }
            return out;
        });
    }

    public TrainingEntry addTraining(Viewer viewer, String nip, TrainingEntry b) {
        EmployeeRow r = personnel.editable(viewer, nip);
        new Validation().required("kind", b.kind())
                .check(b.kind() == null || TRAINING_KINDS.contains(b.kind().trim().toUpperCase(Locale.ROOT)), "kind",
                        "STRUKTURAL, FUNGSIONAL, TEKNIS")
                .required("name", b.name()).maxLength("name", b.name(), 200)
                .check(b.hours() == null || (b.hours() > 0 && b.hours() <= 2000), "hours", "1-2000")
                .check(b.endDate() == null || !b.endDate().isAfter(personnel.today()), "endDate",
                        "belum terjadi / in the future")
                .throwIfInvalid();
        TrainingEntry e = new TrainingEntry(null, b.kind().trim().toUpperCase(Locale.ROOT), b.name().trim(),
                b.endDate(), b.hours());
        long id = personnel.db().tx(c -> {
            long key = insertTraining(c, r.id(), e);
            PersonnelService.refreshCurrent(c, r.id());
            personnel.audit().record(c, viewer.username(), "personnel.training.add", "employee", nip, null,
                    AuditJson.of(e));
            return key;
        });
        return new TrainingEntry(id, e.kind(), e.name(), e.endDate(), e.hours());
    }

    static long insertTraining(Connection c, long employeeId, TrainingEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_TRAINING (EMPLOYEE_ID, KIND, NAME, "
                + "END_DATE, HOURS) VALUES (?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, employeeId);
            ps.setString(2, e.kind());
            ps.setString(3, e.name());
            Db.setNullable(ps, 4, e.endDate(), Types.DATE);
            Db.setNullable(ps, 5, e.hours(), Types.INTEGER);
            ps.executeUpdate();
            return key(ps);
        }
    }

    public List<FamilyMember> family(Viewer viewer, String nip) {
        EmployeeRow r = personnel.visible(viewer, nip);
        return personnel.db().read(c -> {
            List<FamilyMember> out = new ArrayList<>();
            try (PreparedStatement ps = Db.bind(c.prepareStatement("SELECT ID, RELATION, NAME, BIRTH_DATE, GENDER FROM "
                    + "PERSONNEL_FAMILY WHERE EMPLOYEE_ID = ? ORDER BY ID"), r.id()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FamilyMember(rs.getLong(1), rs.getString(2), rs.getString(3), Db.date(rs, "BIRTH_DATE"),
                            Db.enumOf(Gender.class, rs.getString("GENDER"))));
                }
            }
            return out;
        });
    }

    public FamilyMember addFamily(Viewer viewer, String nip, FamilyMember b) {
        EmployeeRow r = personnel.editable(viewer, nip);
        new Validation().required("relation", b.relation())
                .check(b.relation() == null || RELATIONS.contains(b.relation().trim().toUpperCase(Locale.ROOT)),
                        "relation", "SPOUSE, CHILD, PARENT")
                .required("name", b.name()).maxLength("name", b.name(), 120)
                .check(b.birthDate() == null || !b.birthDate().isAfter(personnel.today()), "birthDate",
                        "belum terjadi / in the future")
                .throwIfInvalid();
        FamilyMember e = new FamilyMember(null, b.relation().trim().toUpperCase(Locale.ROOT), b.name().trim(),
                b.birthDate(), b.gender());
        long id = personnel.db().tx(c -> {
            long key;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERSONNEL_FAMILY (EMPLOYEE_ID, RELATION, NAME, "
                    + "BIRTH_DATE, GENDER) VALUES (?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, r.id());
                ps.setString(2, e.relation());
                ps.setString(3, e.name());
                Db.setNullable(ps, 4, e.birthDate(), Types.DATE);
                Db.setNullable(ps, 5, e.gender(), Types.VARCHAR);
                ps.executeUpdate();
                key = key(ps);
            }
            personnel.audit().record(c, viewer.username(), "personnel.family.add", "employee", nip, null,
                    AuditJson.of(e));
            return key;
        });
        return new FamilyMember(id, e.relation(), e.name(), e.birthDate(), e.gender());
    }

    /** Deletes one education, training or family entry of the employee. */
    public void delete(Viewer viewer, String nip, String kind, long id) {
        EmployeeRow r = personnel.editable(viewer, nip);
        String table = switch (kind) {
            case "education" -> "PERSONNEL_EDUCATION";
            case "trainings" -> "PERSONNEL_TRAINING";
            case "family" -> "PERSONNEL_FAMILY";
            default -> throw new IllegalArgumentException(kind);
        };
        personnel.db().tx(c -> {
            try (PreparedStatement ps = Db.bind(c.prepareStatement("DELETE FROM " + table
                    + " WHERE ID = ? AND EMPLOYEE_ID = ?"), id, r.id())) {
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.notFound("Entri " + id + " tidak ada / Entry " + id + " not found");
                }
            }
            PersonnelService.refreshCurrent(c, r.id());
            personnel.audit().record(c, viewer.username(), "personnel." + kind + ".delete", "employee", nip,
                    "{\"id\":" + id + "}", null);
            return null;
        });
    }

    static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
