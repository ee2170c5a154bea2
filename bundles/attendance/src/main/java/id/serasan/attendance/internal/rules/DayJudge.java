package id.serasan.attendance.internal.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges one employee's day under a rule pack: minutes late from the expected start to the first check-in, minutes
 * early from the last check-out to the expected end, in whole minutes (07:30:59 is on time, 07:31:00 one minute
 * late), each mapped to its band. A missing check-in counts as the open TL band, a missing check-out as the open
 * PSW band, neither on a working day as absent. Approved days (leave, duty travel, flexible work, permission, an accepted appeal), holidays and days off
 * are never late or absent. Time inside a declared outage (a system disruption) is never counted against anyone.
 */
public final class DayJudge {
    private final RulePack pack;

    public DayJudge(RulePack pack) {
        this.pack = pack;
    }

    /** A window of system disruption, in the office's local time: start inclusive, end exclusive. */
    public record Outage(LocalDateTime from, LocalDateTime to) {
        public Outage {
            if (from == null || to == null || !to.isAfter(from)) {
                throw new IllegalArgumentException("outage " + from + "–" + to);
            }
        }

        boolean covers(LocalDateTime t) {
            return !t.isBefore(from) && t.isBefore(to);
        }

        /** How much of {@code [a, b)} lies in this window. */
        Duration overlap(LocalDateTime a, LocalDateTime b) {
            LocalDateTime s = a.isAfter(from) ? a : from;
            LocalDateTime e = b.isBefore(to) ? b : to;
            return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
        }
    }

    /**
     * One day.
     *
     * @param start    the expected start (office hours or shift); null when the day has none
     * @param end      the expected end
     * @param checkIn  the first check-in, or null
     * @param checkOut the last check-out, or null
     * @param outages  declared disruptions that day
     */
    public Verdict judge(LocalDate date, DayType type, LocalDateTime start, LocalDateTime end, LocalDateTime checkIn,
                         LocalDateTime checkOut, List<Outage> outages) {
        List<String> reasons = new ArrayList<>();
        switch (type) {
            case DAY_OFF -> {
                return excused(date, Verdict.Status.DAY_OFF, "Hari libur kerja / Not a working day");
            }
            case HOLIDAY -> {
                return excused(date, Verdict.Status.HOLIDAY, "Hari libur nasional atau cuti bersama / Holiday");
            }
            case LEAVE -> {
                return excused(date, Verdict.Status.LEAVE, "Cuti yang disetujui / Approved leave");
            }
            case DUTY_TRAVEL -> {
                return excused(date, Verdict.Status.DUTY_TRAVEL, "Dinas luar yang disetujui / Approved duty travel");
            }
            case PERMISSION -> {
                return excused(date, Verdict.Status.PERMISSION, "Izin yang disetujui / Approved permission");
            }
            case FLEXIBLE_WORK -> {
                return excused(date, Verdict.Status.FLEXIBLE_WORK,
                        "Kerja fleksibel yang disetujui / Approved flexible work");
            }
            case CORRECTED -> {
                return excused(date, Verdict.Status.CORRECTED, "Banding diterima atasan / Appeal accepted");
            }
            default -> {
                // a working day: judged below
            }
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a working day needs its hours: " + start + "–" + end);
        }
        if (checkIn != null && checkOut != null && checkOut.isBefore(checkIn)) {
            throw new IllegalArgumentException("check-out " + checkOut + " before check-in " + checkIn);
        }
        boolean startDisrupted = outages.stream().anyMatch(o -> o.covers(start));
        boolean endDisrupted = outages.stream().anyMatch(o -> o.covers(end.minusNanos(1)));
        if (checkIn == null && checkOut == null && !startDisrupted && !endDisrupted) {
            reasons.add("Tidak ada presensi masuk maupun pulang / No check-in and no check-out");
            return new Verdict(date, Verdict.Status.ABSENT, 0, 0, null, null, pack.absentCut(), reasons);
        }
        long late = 0;
        Band lateBand = null;
        if (checkIn == null) {
            if (startDisrupted) {
                reasons.add("Tidak ada presensi masuk, saat gangguan sistem / No check-in, during a system disruption");
            } else {
                lateBand = pack.noCheckIn();
                reasons.add(lateBand.code() + ": tidak ada presensi masuk / no check-in");
            }
        } else if (checkIn.isAfter(start)) {
            late = minutes(Duration.between(start, checkIn).minus(disrupted(outages, start, checkIn)));
            lateBand = pack.lateBand(late).orElse(null);
            if (lateBand != null) {
                reasons.add(lateBand.code() + ": terlambat " + late + " menit / " + late + " minutes late");
            }
        }
        long early = 0;
        Band earlyBand = null;
        if (checkOut == null) {
            if (endDisrupted) {
                reasons.add("Tidak ada presensi pulang, saat gangguan sistem / No check-out, during a system "
                        + "disruption");
            } else {
                earlyBand = pack.noCheckOut();
                reasons.add(earlyBand.code() + ": tidak ada presensi pulang / no check-out");
            }
        } else if (checkOut.isBefore(end)) {
            early = minutes(Duration.between(checkOut, end).minus(disrupted(outages, checkOut, end)));
            earlyBand = pack.earlyBand(early).orElse(null);
            if (earlyBand != null) {
                reasons.add(earlyBand.code() + ": pulang " + early + " menit lebih awal / left " + early
                        + " minutes early");
            }
        }
        BigDecimal cut = BigDecimal.ZERO;
        if (lateBand != null) {
            cut = cut.add(lateBand.cutPercent());
        }
        if (earlyBand != null) {
            cut = cut.add(earlyBand.cutPercent());
        }
        if (reasons.isEmpty()) {
            reasons.add("Tepat waktu / On time");
        }
        return new Verdict(date, Verdict.Status.PRESENT, late, early, lateBand, earlyBand, cut, reasons);
    }

    private static Duration disrupted(List<Outage> outages, LocalDateTime a, LocalDateTime b) {
        return outages.stream().map(o -> o.overlap(a, b)).reduce(Duration.ZERO, Duration::plus);
    }

    /** Whole minutes of a duration, never negative. */
    static long minutes(Duration d) {
        return d.isNegative() ? 0 : d.toMinutes();
    }

    private static Verdict excused(LocalDate date, Verdict.Status status, String reason) {
        return new Verdict(date, status, 0, 0, null, null, BigDecimal.ZERO, List.of(reason));
    }
}
