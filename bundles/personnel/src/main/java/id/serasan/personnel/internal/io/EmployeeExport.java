package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.Gender;
import id.serasan.personnel.internal.Db;
import id.serasan.personnel.internal.EmployeeRow;
import id.serasan.personnel.internal.PersonnelService;
import id.serasan.personnel.internal.PersonnelService.Query;
import id.serasan.personnel.internal.Viewer;
import id.serasan.personnel.internal.rules.Duk;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Export of a search result in the exchange format of {@link Column}: what it writes, the import reads back. */
public final class EmployeeExport {
    private final PersonnelService personnel;

    public EmployeeExport(PersonnelService personnel) {
        this.personnel = personnel;
    }

    /** The header and one row per employee matching {@code q} within the viewer's scope. */
    public List<String[]> rows(Viewer viewer, Query q) {
        List<EmployeeRow> employees = new ArrayList<>();
        personnel.forEach(viewer, q, employees::add);
        Map<Long, String[]> rank = new HashMap<>();
        Map<Long, String[]> edu = new HashMap<>();
        personnel.db().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT EMPLOYEE_ID, DECREE_NUMBER, SERVICE_YEARS, "
                    + "SERVICE_MONTHS FROM PERSONNEL_RANK_HISTORY ORDER BY EMPLOYEE_ID, TMT, ID");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rank.put(rs.getLong(1), new String[] {rs.getString(2), str(Db.integer(rs, "SERVICE_YEARS")),
                        str(Db.integer(rs, "SERVICE_MONTHS"))});
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT EMPLOYEE_ID, EDU_LEVEL, INSTITUTION, MAJOR, "
                    + "GRADUATION_YEAR FROM PERSONNEL_EDUCATION ORDER BY EMPLOYEE_ID, ID");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] now = {rs.getString(2), rs.getString(3), rs.getString(4), str(Db.integer(rs, "GRADUATION_YEAR"))};
                    String[] was = edu.get(rs.getLong(1));
                    if (was == null || Duk.educationOrder(now[0]) >= Duk.educationOrder(was[0])) {
                        edu.put(rs.getLong(1), now);
                    }
                }
            }
            return null;
        });
        List<String[]> out = new ArrayList<>(employees.size() + 1);
        out.add(Column.headers());
        for (EmployeeRow r : employees) {
            String[] rk = rank.getOrDefault(r.id(), new String[3]);
            String[] ed = edu.getOrDefault(r.id(), new String[4]);
            out.add(new String[] {r.nip(), r.name(), r.frontTitle(), r.backTitle(), r.birthPlace(), str(r.birthDate()),
                r.gender() == Gender.MALE ? "L" : "P", r.religion(), r.maritalStatus(), r.address(), r.phone(), r.email(),
                r.employmentType().name(), status(r.status()), str(r.cpnsDate()), str(r.pnsDate()), r.unitCode(),
                r.unitName(), r.supervisorNip(), r.rankCode(), str(r.rankTmt()), rk[0], rk[1], rk[2],
                r.positionType() == null ? null : r.positionType().name(),
                r.positionLevel() == null ? null : r.positionLevel().name(), r.positionName(), str(r.positionTmt()),
                ed[0], ed[1], ed[2], ed[3]});
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
