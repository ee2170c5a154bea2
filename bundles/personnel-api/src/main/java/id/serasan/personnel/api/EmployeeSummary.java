package id.serasan.personnel.api;

import java.time.LocalDate;

/**
 * An employee as listed in searches and the DUK: identity, unit, and the current rank and position derived from
 * the histories.
 */
public record EmployeeSummary(String nip, String name, String fullName, Gender gender, LocalDate birthDate,
                              EmploymentType employmentType, EmployeeStatus status, String unitCode, String unitName,
                              String rank, LocalDate rankTmt, PositionType positionType, FunctionalLevel positionLevel,
                              String positionName, String supervisorNip) {
}
