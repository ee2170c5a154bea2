package id.serasan.personnel.api;

/**
 * A completed education.
 *
 * @param level          SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3
 * @param institution    school or university
 * @param major          field of study (may be empty for schools)
 * @param graduationYear year of graduation
 */
public record EducationEntry(Long id, String level, String institution, String major, Integer graduationYear) {
}
