package id.serasan.personnel.internal.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The numbers that regulations set for derived dates, with the name of the regulations they come from. Loaded
 * from configuration ({@code etc/id.serasan.personnel.cfg}); {@link #DEFAULT} is the pack shipped.
 *
 * @param name                   the regulations the pack encodes (shown with every derived value)
 * @param retirementAgeDefault   BUP of administrative positions, ahli pertama/muda and skill-level functionals
 * @param retirementAgeJpt       BUP of the three JPT levels
 * @param retirementAgeAhliMadya BUP of functional ahli madya
 * @param retirementAgeAhliUtama BUP of functional ahli utama
 * @param retirementByPosition   BUP set by another law for named functional positions (e.g. {@code Guru} → 60,
 *                               UU 14/2005); matched on the start of the position's name, first match wins,
 *                               before the level rules
 * @param promotionYearsInRank   years in a rank before a regular promotion
 * @param promotionWindowMonths  months whose first day is a promotion TMT window
 * @param salarySteps            per golongan ({@code I}..{@code IV}): at which masa kerja golongan the KGB steps
 */
public record RulePack(String name, int retirementAgeDefault, int retirementAgeJpt, int retirementAgeAhliMadya,
                       int retirementAgeAhliUtama, List<NamedAge> retirementByPosition, int promotionYearsInRank,
                       int[] promotionWindowMonths, Map<String, SalaryStepRule> salarySteps) {

    /** The golongan a salary-step rule is needed for. */
    public static final List<String> GOLONGAN = List.of("I", "II", "III", "IV");

    public static final RulePack DEFAULT = new RulePack("default", 58, 60, 60, 65,
            List.of(new NamedAge("Guru", 60)), 4, new int[] {2, 4, 6, 8, 10, 12},
            Map.of("I", new SalaryStepRule(2, 2), "II", new SalaryStepRule(1, 2), "III", new SalaryStepRule(2, 2),
                    "IV", new SalaryStepRule(2, 2)));

    /**
     * A retirement age for positions whose name starts with {@code prefix} (case-insensitive, whole words).
     */
    public record NamedAge(String prefix, int age) {
        public NamedAge {
            Objects.requireNonNull(prefix, "prefix");
            prefix = prefix.trim();
            if (prefix.isEmpty()) {
                throw new IllegalArgumentException("a position-name prefix is not empty");
            }
            checkAge(age);
        }

        /** Whether {@code positionName} starts with the prefix as whole words. */
        public boolean matches(String positionName) {
            if (positionName == null) {
                return false;
            }
            String n = positionName.trim().toLowerCase(Locale.ROOT);
            String p = prefix.toLowerCase(Locale.ROOT);
            return n.startsWith(p) && (n.length() == p.length() || !Character.isLetterOrDigit(n.charAt(p.length())));
        }

        /** Parses {@code Guru=60}. */
        public static NamedAge parse(String text) {
            int eq = text == null ? -1 : text.lastIndexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("retirementAgeByPosition: 'name prefix=age', e.g. Guru=60: " + text);
            }
            try {
                return new NamedAge(text.substring(0, eq), Integer.parseInt(text.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("retirementAgeByPosition: the age is a number: " + text, e);
            }
        }
    }

    /**
     * KGB steps of one golongan: the first step after entry at masa kerja golongan {@code firstYears}, then every
     * {@code everyYears} (golongan II under PP 15/2019: 1, 3, 5, …; the others: 2, 4, 6, …).
     */
    public record SalaryStepRule(int firstYears, int everyYears) {
        public SalaryStepRule {
            if (firstYears < 1 || everyYears < 1 || firstYears > 10 || everyYears > 10) {
                throw new IllegalArgumentException("salary steps: first step and interval are 1-10 years");
            }
        }

        /** The step years (MKG) in order: first, first + every, … */
        public int stepAtOrAfter(int mkgYears) {
            if (mkgYears <= firstYears) {
                return firstYears;
            }
            int k = (mkgYears - firstYears + everyYears - 1) / everyYears;
            return firstYears + k * everyYears;
        }

        /** Parses {@code II=1,2} into golongan {@code II}, first step 1, every 2. */
        public static Map.Entry<String, SalaryStepRule> parse(String text) {
            String[] kv = text == null ? new String[0] : text.split("=", 2);
            String[] nums = kv.length == 2 ? kv[1].split(",") : new String[0];
            if (nums.length != 2) {
                throw new IllegalArgumentException("salaryStepSchedule: 'GOLONGAN=first,every', e.g. II=1,2: " + text);
            }
            try {
                return Map.entry(kv[0].trim().toUpperCase(Locale.ROOT),
                        new SalaryStepRule(Integer.parseInt(nums[0].trim()), Integer.parseInt(nums[1].trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("salaryStepSchedule: years are numbers: " + text, e);
            }
        }
    }

    public RulePack {
        Objects.requireNonNull(name, "name");
        retirementByPosition = List.copyOf(retirementByPosition == null ? List.of() : retirementByPosition);
        promotionWindowMonths = promotionWindowMonths == null || promotionWindowMonths.length == 0
                ? new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
                : Arrays.stream(promotionWindowMonths).sorted().distinct().toArray();
        for (int m : promotionWindowMonths) {
            if (m < 1 || m > 12) {
                throw new IllegalArgumentException("promotionWindowMonths: months are 1-12: " + m);
            }
        }
        for (int v : new int[] {retirementAgeDefault, retirementAgeJpt, retirementAgeAhliMadya, retirementAgeAhliUtama}) {
            checkAge(v);
        }
        if (promotionYearsInRank < 1) {
            throw new IllegalArgumentException("promotionYearsInRank: at least one year");
        }
        salarySteps = new TreeMap<>(Objects.requireNonNull(salarySteps, "salarySteps"));
        for (String g : GOLONGAN) {
            if (!salarySteps.containsKey(g)) {
                throw new IllegalArgumentException("salaryStepSchedule: a rule for golongan " + g + " is missing");
            }
        }
        if (!GOLONGAN.containsAll(salarySteps.keySet())) {
            throw new IllegalArgumentException("salaryStepSchedule: golongan are I, II, III, IV: " + salarySteps.keySet());
        }
        salarySteps = Map.copyOf(salarySteps);
    }

    private static void checkAge(int v) {
        if (v < 40 || v > 80) {
            throw new IllegalArgumentException("a retirement age is between 40 and 80: " + v);
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
                + retirementAgeAhliUtama + " " + retirementByPosition + " KP " + promotionYearsInRank + "y "
                + Arrays.toString(promotionWindowMonths) + " KGB " + new TreeMap<>(salarySteps);
    }
}
