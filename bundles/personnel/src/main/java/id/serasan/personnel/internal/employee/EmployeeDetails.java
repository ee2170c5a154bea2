package id.serasan.personnel.internal.employee;

import id.serasan.personnel.api.Employee;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.rules.Career;
import id.serasan.personnel.internal.rules.ConfiguredRules;
import id.serasan.personnel.internal.rules.Derivations;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.personnel.internal.store.PersonnelDatabase;
import id.serasan.personnel.internal.store.PositionRepository;
import id.serasan.personnel.internal.store.RankRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An employee's full record as the API shows it: the row, the current rank and position entries (the latest of
 * each history) and the values derived under the rule pack in force, computed on every read.
 */
@Component(service = EmployeeDetails.class)
public class EmployeeDetails {
    private final PersonnelDatabase db;
    private final RankRepository ranks;
    private final PositionRepository positions;
    private final ConfiguredRules rules;
    private final Clock clock;

    @Activate
    public EmployeeDetails(@Reference PersonnelDatabase db, @Reference RankRepository ranks,
                           @Reference PositionRepository positions, @Reference ConfiguredRules rules) {
        this.db = db;
        this.ranks = ranks;
        this.positions = positions;
        this.rules = rules;
        this.clock = PersonnelTime.clock();
    }

    public Employee of(EmployeeRow r) {
        return db.read(c -> {
            List<RankEntry> rankHistory = ranks.list(c, r.id(), r.employmentType());
            List<PositionEntry> positionHistory = positions.list(c, r.id());
            RankEntry rank = rankHistory.isEmpty() ? null : rankHistory.get(rankHistory.size() - 1);
            PositionEntry pos = positionHistory.isEmpty() ? null : positionHistory.get(positionHistory.size() - 1);
            return new Employee(r.nip(), r.frontTitle(), r.name(), r.backTitle(), r.fullName(), r.birthPlace(),
                    r.birthDate(), r.gender(), r.religion(), r.maritalStatus(), r.address(), r.phone(), r.email(),
                    r.employmentType(), r.status(), r.cpnsDate(), r.pnsDate(), r.unitCode(), r.unitName(),
                    r.supervisorNip(), rank, pos, derived(r.career()), r.version());
        });
    }

    /** The derived values of a career today, each with its rule, under the rule pack in force. */
    Employee.Derived derived(Career career) {
        Derivations d = rules.derivations();
        LocalDate today = LocalDate.now(clock);
        Period service = Derivations.serviceLength(career.cpnsDate(), today);
        Derivations.Promotion promo = d.promotion(career);
        Derivations.SalaryStep step = d.nextSalaryStep(career, today);
        return new Employee.Derived(service.getYears(), service.getMonths(), promo.basis(), promo.date(),
                promo.to() == null ? null : promo.to().code(), promo.rule(), step == null ? null : step.date(),
                step == null ? null : step.mkgYears(), d.salaryStepRule(career), d.retirementAge(career),
                d.retirementDate(career), d.retirementRule(career), d.rules().name());
    }
}
