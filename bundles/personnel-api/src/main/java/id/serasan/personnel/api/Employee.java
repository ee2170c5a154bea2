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
     * Values computed from the record and its histories, each with a one-line explanation of the rule behind it
     * (Bahasa Indonesia / English).
     *
     * @param serviceYears          length of service (masa kerja) since TMT CPNS: whole years
     * @param serviceMonths         and months
     * @param promotionBasis        how the next promotion is decided
     * @param nextPromotionEligible first date a regular promotion (kenaikan pangkat) may take effect; null unless
     *                              the basis is {@link PromotionBasis#REGULAR} and a higher rank exists
     * @param nextPromotionRank     the rank it leads to (also for {@link PromotionBasis#CREDIT_POINTS})
     * @param promotionRule         the rule behind the promotion values, in plain words
     * @param nextSalaryStep        next periodic salary step (KGB) date; null for PPPK and without a rank
     * @param nextSalaryStepMkgYears the masa kerja golongan (years) reached at that step
     * @param salaryStepRule        the rule behind the salary-step values, in plain words
     * @param retirementAge         the retirement age (BUP) of the current position; null for PPPK
     * @param retirementDate        TMT of retirement: the first day of the month after reaching the BUP; null for
     *                              PPPK (their contract governs)
     * @param retirementRule        the rule behind the retirement values, in plain words
     * @param rulePack              the rule pack the values were computed with
     */
    public record Derived(int serviceYears, int serviceMonths, PromotionBasis promotionBasis,
                          LocalDate nextPromotionEligible, String nextPromotionRank, String promotionRule,
                          LocalDate nextSalaryStep, Integer nextSalaryStepMkgYears, String salaryStepRule,
                          Integer retirementAge, LocalDate retirementDate, String retirementRule, String rulePack) {
    }
}
