package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.EducationEntry;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.search.EmployeeQuery;
import id.serasan.personnel.internal.search.EmployeeSearch;
import id.serasan.personnel.internal.store.EducationRepository;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.RankRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Export of a search result in the exchange format of {@link Column}: what it writes, the import reads back. */
@Component(service = EmployeeExport.class)
public class EmployeeExport {
    private final EmployeeSearch search;
    private final PersonnelDatabase db;
    private final RankRepository ranks;
    private final EducationRepository education;

    @Activate
    public EmployeeExport(@Reference EmployeeSearch search, @Reference PersonnelDatabase db,
                          @Reference RankRepository ranks, @Reference EducationRepository education) {
        this.search = search;
        this.db = db;
        this.ranks = ranks;
        this.education = education;
    }

    /** The header and one row per employee matching {@code q} within the viewer's scope. */
    public List<String[]> rows(Viewer viewer, EmployeeQuery q) {
        List<EmployeeRow> employees = new ArrayList<>();
        search.forEach(viewer, q, employees::add);
        Map<Long, RankEntry> rank = db.read(ranks::latestDecrees);
        Map<Long, EducationEntry> edu = db.read(education::highestByEmployee);
        List<String[]> out = new ArrayList<>(employees.size() + 1);
        out.add(Column.headers());
        RankEntry noRank = new RankEntry(null, null, null, null, null, null, null, null);
        EducationEntry noEducation = new EducationEntry(null, null, null, null, null);
        for (EmployeeRow r : employees) {
            RankEntry rk = rank.getOrDefault(r.id(), noRank);
            EducationEntry ed = edu.getOrDefault(r.id(), noEducation);
            out.add(new String[] {r.nip(), r.name(), r.frontTitle(), r.backTitle(), r.birthPlace(), str(r.birthDate()),
                r.gender() == Gender.MALE ? "L" : "P", r.religion(), r.maritalStatus(), r.address(), r.phone(), r.email(),
                r.employmentType().name(), status(r.status()), str(r.cpnsDate()), str(r.pnsDate()), r.unitCode(),
                r.unitName(), r.supervisorNip(), r.rankCode(), str(r.rankTmt()), rk.decreeNumber(),
                str(rk.serviceYears()), str(rk.serviceMonths()),
                r.positionType() == null ? null : r.positionType().name(),
                r.positionLevel() == null ? null : r.positionLevel().name(), r.positionName(), str(r.positionTmt()),
                ed.level(), ed.institution(), ed.major(), str(ed.graduationYear())});
        }
        return out;
    }

    /** The status as SIMPEG/SIASN files write it. */
    static String status(id.serasan.personnel.api.EmployeeStatus s) {
        return switch (s) {
            case ACTIVE -> "AKTIF";
            case LEAVE_OUTSIDE_STATE -> "CLTN";
            case RETIRED -> "PENSIUN";
            case DISMISSED -> "DIBERHENTIKAN";
            case DECEASED -> "WAFAT";
        };
    }

    static String str(Object v) {
        return v == null ? null : (v instanceof LocalDate d ? d.toString() : Objects.toString(v));
    }

    public static void writeCsv(List<String[]> rows, OutputStream os) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        for (String[] r : rows) {
            Csv.writeRecord(w, r);
        }
        w.flush();
    }

    public static void writeXlsx(List<String[]> rows, OutputStream os) throws IOException {
        Xlsx.write(rows, os);
    }
}
