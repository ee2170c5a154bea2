package id.serasan.personnel.internal.io;

import id.serasan.personnel.api.EmployeeInput;
import java.time.LocalDate;

/**
 * One valid row of an employee file: the employee and their first rank, position and education entries.
 *
 * @param row            the spreadsheet row number it came from
 * @param rank           the canonical rank code, or null when the file gives none
 * @param rankTmt        the rank's TMT (the TMT CPNS when the file gives none)
 * @param education      the education level in upper case, or null
 */
public record ImportedEmployee(int row, EmployeeInput employee, String rank, LocalDate rankTmt, String rankDecree,
                               Integer serviceYears, Integer serviceMonths, String education, String school,
                               String major, Integer graduationYear) {

    /** The MKG of the rank entry in months, or null when the file gives none. */
    public Integer mkgMonths() {
        if (serviceYears == null && serviceMonths == null) {
            return null;
        }
        return (serviceYears == null ? 0 : serviceYears) * 12 + (serviceMonths == null ? 0 : serviceMonths);
    }
}
