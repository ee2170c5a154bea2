package id.serasan.personnel.api;

import java.time.LocalDate;

/**
 * An employee's record with the values derived from the histories (current rank and position, length of service,
 * schedules). Derived values are computed by the rule pack in force ({@code id.serasan.personnel} configuration).
 *
 * @param version optimistic-lock version; send it back in the body of a {@code PUT} (a stale one answers 409)
 */
public record Employee(String nip, String frontTitle, String name, String backTitle, String fullName,
                       String birthPlace, LocalDate birthDate, Gender gender, String religion, String maritalStatus,
                       String address, String phone, String email, EmploymentType employmentType,
                       EmployeeStatus status, LocalDate cpnsDate, LocalDate pnsDate, String unitCode, String unitName,
                       String supervisorNip, RankEntry currentRank, PositionEntry currentPosition, Derived derived,
                       int version) {

    /**
     * Values computed from the record and its histories.
     *
     * @param serviceYears             length of service (masa kerja) since TMT CPNS: whole years
     * @param serviceMonths            and months
     * @param nextPromotionEligible    first date a regular promotion (kenaikan pangkat) may take effect; null at the
     *                                 top rank or for PPPK
     * @param nextPromotionRank        the rank it leads to
     * @param nextSalaryStep           next periodic salary step (KGB) date
     * @param retirementAge            the retirement age (BUP) of the current position
     * @param retirementDate           TMT of retirement: the first day of the month after reaching the BUP
     * @param rulePack                 the rule pack the values were computed with
     */
    public record Derived(int serviceYears, int serviceMonths, LocalDate nextPromotionEligible,
                          String nextPromotionRank, LocalDate nextSalaryStep, int retirementAge,
                          LocalDate retirementDate, String rulePack) {
    }
}
