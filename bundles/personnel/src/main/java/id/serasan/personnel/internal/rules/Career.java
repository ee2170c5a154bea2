package id.serasan.personnel.internal.rules;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.Rank;
import java.time.LocalDate;

/**
 * What the derived dates depend on: the employee's type, birth date and current rank and position.
 *
 * @param rank          the current PNS rank; null for PPPK (their grades are not golongan) and when none is recorded
 * @param rankTmt       TMT of the current rank
 * @param rankMkgMonths masa kerja golongan recorded on the current rank's decree, in months; null when not recorded
 * @param positionName  the current position's name (some laws set the BUP by name, e.g. teachers)
 */
public record Career(EmploymentType type, LocalDate birthDate, LocalDate cpnsDate, Rank rank, LocalDate rankTmt,
                     Integer rankMkgMonths, PositionType positionType, FunctionalLevel positionLevel,
                     String positionName) {

    /** PPPK are not PNS: no PNS promotion, salary step or retirement age. */
    public boolean pppk() {
        return type == EmploymentType.PPPK;
    }
}
