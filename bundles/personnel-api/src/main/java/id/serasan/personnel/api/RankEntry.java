package id.serasan.personnel.api;

import java.time.LocalDate;

/**
 * One step of an employee's rank history.
 *
 * @param id            the entry's id (null in a request)
 * @param rank          golongan/ruang, e.g. {@code III/a}; for PPPK the grade as a Roman numeral, e.g. {@code IX}
 * @param pangkat       the rank's name (derived for PNS; null for PPPK)
 * @param tmt           the effective date (TMT)
 * @param decreeNumber  the decree (SK) number
 * @param decreeDate    the decree's date
 * @param serviceYears  masa kerja golongan: years credited at this step
 * @param serviceMonths masa kerja golongan: months credited at this step
 */
public record RankEntry(Long id, String rank, String pangkat, LocalDate tmt, String decreeNumber,
                        LocalDate decreeDate, Integer serviceYears, Integer serviceMonths) {
}
