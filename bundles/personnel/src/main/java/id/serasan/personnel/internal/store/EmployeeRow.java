package id.serasan.personnel.internal.store;

import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmployeeSummary;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.Rank;
import id.serasan.personnel.internal.rules.Career;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** One PERSONNEL_EMPLOYEE row joined with its unit. */
public record EmployeeRow(long id, String nip, String name, String frontTitle, String backTitle, String birthPlace,
                   LocalDate birthDate, Gender gender, String religion, String maritalStatus, String address,
                   String phone, String email, EmploymentType employmentType, EmployeeStatus status,
                   LocalDate cpnsDate, LocalDate pnsDate, String supervisorNip, String rankCode, int rankOrder,
                   LocalDate rankTmt, Integer rankMkgMonths, PositionType positionType, FunctionalLevel positionLevel, String positionName,
                   LocalDate positionTmt, int educationOrder, int structuralTrainings, int version, String unitCode,
                   String unitName, String unitPath) {

    static final String COLUMNS = "e.ID, e.NIP, e.NAME, e.FRONT_TITLE, e.BACK_TITLE, e.BIRTH_PLACE, e.BIRTH_DATE, "
            + "e.GENDER, e.RELIGION, e.MARITAL_STATUS, e.ADDRESS, e.PHONE, e.EMAIL, e.EMPLOYMENT_TYPE, e.STATUS, "
            + "e.CPNS_DATE, e.PNS_DATE, e.SUPERVISOR_NIP, e.RANK_CODE, e.RANK_ORDER, e.RANK_TMT, e.RANK_MKG_MONTHS, "
            + "e.POSITION_TYPE, "
            + "e.POSITION_LEVEL, e.POSITION_NAME, e.POSITION_TMT, e.EDUCATION_ORDER, e.STRUCTURAL_TRAININGS, "
            + "e.VERSION, u.CODE AS UNIT_CODE, u.NAME AS UNIT_NAME, e.UNIT_PATH";
    static final String FROM = " FROM PERSONNEL_EMPLOYEE e JOIN PERSONNEL_UNIT u ON u.ID = e.UNIT_ID";

    static EmployeeRow read(ResultSet rs) throws SQLException {
        Integer rankOrder = Sql.integer(rs, "RANK_ORDER");
        return new EmployeeRow(rs.getLong("ID"), rs.getString("NIP"), rs.getString("NAME"),
                rs.getString("FRONT_TITLE"), rs.getString("BACK_TITLE"), rs.getString("BIRTH_PLACE"),
                Sql.date(rs, "BIRTH_DATE"), Sql.enumOf(Gender.class, rs.getString("GENDER")), rs.getString("RELIGION"),
                rs.getString("MARITAL_STATUS"), rs.getString("ADDRESS"), rs.getString("PHONE"), rs.getString("EMAIL"),
                Sql.enumOf(EmploymentType.class, rs.getString("EMPLOYMENT_TYPE")),
                Sql.enumOf(EmployeeStatus.class, rs.getString("STATUS")), Sql.date(rs, "CPNS_DATE"),
                Sql.date(rs, "PNS_DATE"), rs.getString("SUPERVISOR_NIP"), rs.getString("RANK_CODE"),
                rankOrder == null ? 0 : rankOrder, Sql.date(rs, "RANK_TMT"), Sql.integer(rs, "RANK_MKG_MONTHS"),
                Sql.enumOf(PositionType.class, rs.getString("POSITION_TYPE")),
                Sql.enumOf(FunctionalLevel.class, rs.getString("POSITION_LEVEL")), rs.getString("POSITION_NAME"),
                Sql.date(rs, "POSITION_TMT"), rs.getInt("EDUCATION_ORDER"), rs.getInt("STRUCTURAL_TRAININGS"),
                rs.getInt("VERSION"), rs.getString("UNIT_CODE"), rs.getString("UNIT_NAME"), rs.getString("UNIT_PATH"));
    }

    static String fullName(String front, String name, String back) {
        StringBuilder b = new StringBuilder();
        if (front != null && !front.isBlank()) {
            b.append(front.trim()).append(' ');
        }
        b.append(name);
        if (back != null && !back.isBlank()) {
            b.append(", ").append(back.trim());
        }
        return b.toString();
    }

    public String fullName() {
        return fullName(frontTitle, name, backTitle);
    }

    /** What the derived dates depend on. */
    public Career career() {
        return new Career(employmentType, birthDate, cpnsDate,
                employmentType == EmploymentType.PPPK ? null : Rank.parse(rankCode), rankTmt, rankMkgMonths,
                positionType, positionLevel, positionName);
    }

    public EmployeeSummary summary() {
        return new EmployeeSummary(nip, name, fullName(), gender, birthDate, employmentType, status, unitCode, unitName,
                rankCode, rankTmt, positionType, positionLevel, positionName, supervisorNip);
    }
}
