package id.serasan.personnel.api;

import java.time.LocalDate;

/**
 * A family member (for allowances and survivors' pensions).
 *
 * @param relation SPOUSE, CHILD or PARENT
 */
public record FamilyMember(Long id, String relation, String name, LocalDate birthDate, Gender gender) {
}
