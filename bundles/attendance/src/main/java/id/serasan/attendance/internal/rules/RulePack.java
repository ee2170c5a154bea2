package id.serasan.attendance.internal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How lateness (TL), early leave (PSW) and absence cut the monthly TPP. The bands of each kind must start at minute
 * 1, follow each other without gap or overlap, and end with an open band, which also applies to a missing check-in
 * (TL) or check-out (PSW).
 *
 * @param name       what it is and which regulation it follows, shown with every deduction
 * @param absentCut  the cut for a working day with neither check-in nor check-out and no valid reason
 * @param monthlyCap the most a month's attendance cuts can add up to
 */
public record RulePack(String name, List<Band> late, List<Band> early, BigDecimal absentCut, BigDecimal monthlyCap) {
    /**
     * The default, labelled: the four-band scheme of Permentan 68/2012 (TL and PSW 1–30, 31–60, 61–90 and ≥ 91
     * minutes or no record: 0.5, 1, 1.5 and 2%; absent 4%). A regency loads its own (Muara Enim: Perbup 57/2022).
     */
    public static final RulePack DEFAULT = new RulePack(
            "Bawaan: skema empat pita Permentan 68/2012 (bukan Perbup Muara Enim) / Default: the four-band scheme of "
                    + "Permentan 68/2012 (not Muara Enim's own)",
            bands("TL"), bands("PSW"), new BigDecimal("4"), new BigDecimal("100"));

    private static List<Band> bands(String prefix) {
        return List.of(new Band(prefix + "1", 1, 30, new BigDecimal("0.5")),
                new Band(prefix + "2", 31, 60, new BigDecimal("1")),
                new Band(prefix + "3", 61, 90, new BigDecimal("1.5")),
                new Band(prefix + "4", 91, null, new BigDecimal("2")));
    }

    public RulePack {
        late = List.copyOf(late);
        early = List.copyOf(early);
        check("late", late);
        check("early", early);
        if (absentCut == null || absentCut.signum() < 0 || monthlyCap == null || monthlyCap.signum() <= 0
                || monthlyCap.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("absent cut " + absentCut + "%, monthly cap " + monthlyCap + "%");
        }
    }

    private static void check(String what, List<Band> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException(what + ": no bands");
        }
        int next = 1;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (b.fromMinute() != next) {
                throw new IllegalArgumentException(what + ": " + b.code() + " starts at minute " + b.fromMinute()
                        + ", expected " + next);
            }
            boolean last = i == bands.size() - 1;
            if (last != (b.toMinute() == null)) {
                throw new IllegalArgumentException(what + ": only the last band is open-ended (" + b.code() + ")");
            }
            next = last ? next : b.toMinute() + 1;
        }
    }

    /** The band of {@code minutes} late, or empty when not late (0 or fewer minutes). */
    public Optional<Band> lateBand(long minutes) {
        return band(late, minutes);
    }

    /** The band of leaving {@code minutes} early, or empty when not early. */
    public Optional<Band> earlyBand(long minutes) {
        return band(early, minutes);
    }

    /** The band of a missing check-in: the open one. */
    public Band noCheckIn() {
        return late.get(late.size() - 1);
    }

    /** The band of a missing check-out: the open one. */
    public Band noCheckOut() {
        return early.get(early.size() - 1);
    }

    private static Optional<Band> band(List<Band> bands, long minutes) {
        if (minutes <= 0) {
            return Optional.empty();
        }
        return bands.stream().filter(b -> b.contains(minutes)).findFirst();
    }
}
