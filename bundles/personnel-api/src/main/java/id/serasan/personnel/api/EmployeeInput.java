package id.serasan.personnel.api;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/personnel/employees} and {@code PUT /api/v1/personnel/employees/{nip}}.
 * Required on create: nip, name, birthPlace, birthDate, gender, employmentType, cpnsDate, unitCode. On update
 * every field is sent (a full replacement; the NIP cannot change); {@code version} guards against lost updates.
 * {@code rank}/{@code rankTmt} and {@code position*} on create record the first history entries.
 */
public record EmployeeInput(String nip, String frontTitle, String name, String backTitle, String birthPlace,
                            LocalDate birthDate, Gender gender, String religion, String maritalStatus,
                            String address, String phone, String email, EmploymentType employmentType,
                            EmployeeStatus status, LocalDate cpnsDate, LocalDate pnsDate, String unitCode,
                            String supervisorNip, String rank, LocalDate rankTmt, PositionType positionType,
                            FunctionalLevel positionLevel, String positionName, LocalDate positionTmt,
                            Integer version) {
}
