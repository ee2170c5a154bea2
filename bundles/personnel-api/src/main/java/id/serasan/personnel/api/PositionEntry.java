package id.serasan.personnel.api;

import java.time.LocalDate;

/**
 * One step of an employee's position (jabatan) history.
 *
 * @param id           the entry's id (null in a request)
 * @param type         the kind of position
 * @param level        the functional level, only for {@link PositionType#FUNGSIONAL}
 * @param name         the position's name, e.g. {@code Analis Kepegawaian Ahli Muda}
 * @param unitCode     the unit it belongs to
 * @param tmt          the effective date (TMT)
 * @param decreeNumber the decree (SK) number
 * @param decreeDate   the decree's date
 */
public record PositionEntry(Long id, PositionType type, FunctionalLevel level, String name, String unitCode,
                            LocalDate tmt, String decreeNumber, LocalDate decreeDate) {
}
