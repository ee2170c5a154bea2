package id.serasan.attendance.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A month's TPP deduction from its days' verdicts: the sum of the days' cuts, at most the rule pack's monthly cap,
 * with one line per day that cut anything, naming the rule pack, the day, the band and why.
 */
public final class Deductions {
    private Deductions() {
    }

    /** One day that cut the TPP. */
    public record Line(java.time.LocalDate date, BigDecimal cutPercent, List<String> reasons) {
    }

    /**
     * The month.
     *
     * @param totalPercent what is cut, after the cap
     * @param uncapped     the sum before the cap
     * @param rulePack     the rule pack's name
     */
    public record Month(BigDecimal totalPercent, BigDecimal uncapped, boolean capped, String rulePack, List<Line> lines) {
    }

    public static Month of(RulePack pack, List<Verdict> days) {
        List<Line> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<Verdict> sorted = new ArrayList<>(days);
        sorted.sort(Comparator.comparing(Verdict::date));
        for (Verdict v : sorted) {
            if (v.cutPercent().signum() > 0) {
                sum = sum.add(v.cutPercent());
                lines.add(new Line(v.date(), v.cutPercent(), v.reasons()));
            }
        }
        boolean capped = sum.compareTo(pack.monthlyCap()) > 0;
        return new Month(capped ? pack.monthlyCap() : sum, sum, capped, pack.name(), lines);
    }
}
