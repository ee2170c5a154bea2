package id.serasan.personnel.internal.rules;

import id.serasan.personnel.internal.PersonnelConfig;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule pack in force, read from the configuration {@value PersonnelConfig#PID} and applied at once when it
 * changes. A pack that does not parse is refused with an error in the log and the rules in force stay (at start: the
 * shipped defaults), so a typo never stops the module. Every derived value (the record, the DUK, the schedules, the
 * dashboard) comes from {@link #derivations()}, so one rule holds everywhere.
 */
@Component(service = ConfiguredRules.class, configurationPid = PersonnelConfig.PID)
@Designate(ocd = PersonnelConfig.class)
public class ConfiguredRules {
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredRules.class);
    private volatile Derivations derivations;

    @Activate
    public ConfiguredRules(PersonnelConfig config) {
        modified(config);
    }

    @Modified
    void modified(PersonnelConfig config) {
        try {
            this.derivations = new Derivations(rulePack(config));
        } catch (IllegalArgumentException e) {
            LOG.error("{}: rule pack refused, keeping {}: {}", PersonnelConfig.PID,
                    derivations == null ? "the defaults" : "the rules in force", e.getMessage());
            if (derivations == null) {
                this.derivations = new Derivations(RulePack.DEFAULT);
            }
        }
    }

    /** The derivations under the rule pack in force now. */
    public Derivations derivations() {
        return derivations;
    }

    /** The rule pack a configuration describes; IllegalArgumentException when it does not parse. */
    static RulePack rulePack(PersonnelConfig c) {
        Map<String, RulePack.SalaryStepRule> steps = new LinkedHashMap<>();
        for (String rule : c.salaryStepSchedule()) {
            Map.Entry<String, RulePack.SalaryStepRule> e = RulePack.SalaryStepRule.parse(rule);
            steps.put(e.getKey(), e.getValue());
        }
        return new RulePack(c.rulePack(), c.retirementAgeDefault(), c.retirementAgeJpt(), c.retirementAgeAhliMadya(),
                c.retirementAgeAhliUtama(), Arrays.stream(c.retirementAgeByPosition()).map(RulePack.NamedAge::parse)
                        .toList(), c.promotionYearsInRank(), c.promotionWindowMonths(), steps);
    }
}
