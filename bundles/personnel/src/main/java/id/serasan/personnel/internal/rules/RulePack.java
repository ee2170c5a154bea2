package id.serasan.personnel.internal.rules;

import java.util.Arrays;
import java.util.Objects;

/**
 * The numbers that regulations set for derived dates, with the name of the regulations they come from. Loaded
 * from configuration ({@code etc/id.serasan.personnel.cfg}); {@link #DEFAULT} is the pack shipped.
 */
public record RulePack(String name, int retirementAgeDefault, int retirementAgeJpt, int retirementAgeAhliMadya,
                       int retirementAgeAhliUtama, int promotionYearsInRank, int[] promotionWindowMonths,
                       int salaryStepYears) {

    public static final RulePack DEFAULT = new RulePack("default", 58, 60, 60, 65, 4, new int[] {2, 4, 6, 8, 10, 12}, 2);

    public RulePack {
        Objects.requireNonNull(name, "name");
        promotionWindowMonths = promotionWindowMonths == null || promotionWindowMonths.length == 0
                ? new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
                : Arrays.stream(promotionWindowMonths).filter(m -> m >= 1 && m <= 12).sorted().distinct().toArray();
        if (promotionWindowMonths.length == 0) {
            throw new IllegalArgumentException("promotionWindowMonths: months are 1-12");
        }
        for (int v : new int[] {retirementAgeDefault, retirementAgeJpt, retirementAgeAhliMadya, retirementAgeAhliUtama}) {
            if (v < 40 || v > 80) {
                throw new IllegalArgumentException("a retirement age is between 40 and 80: " + v);
            }
        }
        if (promotionYearsInRank < 1 || salaryStepYears < 1) {
            throw new IllegalArgumentException("promotion and salary-step intervals are at least one year");
        }
    }

    @Override
    public int[] promotionWindowMonths() {
        return promotionWindowMonths.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RulePack p && p.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return name + " BUP " + retirementAgeDefault + "/" + retirementAgeJpt + "/" + retirementAgeAhliMadya + "/"
                + retirementAgeAhliUtama + " KP " + promotionYearsInRank + "y " + Arrays.toString(promotionWindowMonths)
                + " KGB " + salaryStepYears + "y";
    }
}
