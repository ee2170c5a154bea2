package id.serasan.personnel.internal.schedule;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.rules.Career;
import id.serasan.personnel.internal.rules.ConfiguredRules;
import id.serasan.personnel.internal.rules.Derivations;
import id.serasan.personnel.internal.rules.Duk;
import id.serasan.personnel.internal.search.EmployeeQuery;
import id.serasan.personnel.internal.search.EmployeeSearch;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The lists derived from the active employees within the caller's scope, under the rule pack in force: the DUK
 * (seniority list, {@link Duk}), the schedules of promotions, salary steps and retirements ({@link Derivations}), and
 * the dashboard's counts. Each reads the employee table once, in NIP order, and orders in memory.
 */
@Component(service = DukAndSchedules.class)
public class DukAndSchedules {
    private final EmployeeSearch search;
    private final ConfiguredRules rules;
    private final Clock clock;

    /** A DUK line. */
    public record DukLine(int number, String nip, String fullName, String rank, LocalDate rankTmt,
                          String positionName, int serviceYears, int serviceMonths, LocalDate birthDate,
                          String unitCode) {
    }

    /** A dated item of a schedule (promotion, salary step, retirement). */
    public record ScheduleItem(LocalDate date, String nip, String fullName, String unitCode, String rank,
                               String detail) {
    }

    public enum ScheduleKind { PROMOTIONS, SALARY_STEPS, RETIREMENTS }

    /** Counts for the dashboard. */
    public record Summary(long activeEmployees, long retirementsNext12Months, long promotionsNext6Months) {
    }

    @Activate
    public DukAndSchedules(@Reference EmployeeSearch search, @Reference ConfiguredRules rules) {
        this.search = search;
        this.rules = rules;
        this.clock = PersonnelTime.clock();
    }

    /** The DUK of the active PNS in {@code unitCode} (with its sub-units) or the whole regency, within scope. */
    public Page<DukLine> duk(Viewer viewer, String unitCode, int page, int size) {
        List<EmployeeRow> rows = new ArrayList<>();
        search.forEach(viewer, EmployeeQuery.active(unitCode, EmploymentType.PNS), rows::add);
        List<Duk.Entry> entries = new ArrayList<>(rows.size());
        Map<String, EmployeeRow> byNip = new HashMap<>();
        for (EmployeeRow r : rows) {
            byNip.put(r.nip(), r);
            entries.add(new Duk.Entry(r.nip(), r.rankOrder(), r.rankTmt(), r.positionType(), r.positionLevel(),
                    r.cpnsDate(), r.structuralTrainings(), r.educationOrder(), r.birthDate()));
        }
        entries.sort(Duk.ORDER);
        LocalDate today = LocalDate.now(clock);
        List<DukLine> out = new ArrayList<>();
        int from = (int) Math.min((long) page * size, entries.size());
        int to = Math.min(from + size, entries.size());
        for (int i = from; i < to; i++) {
            EmployeeRow r = byNip.get(entries.get(i).nip());
            Period p = Derivations.serviceLength(r.cpnsDate(), today);
            out.add(new DukLine(i + 1, r.nip(), r.fullName(), r.rankCode(), r.rankTmt(), r.positionName(),
                    p.getYears(), p.getMonths(), r.birthDate(), r.unitCode()));
        }
        return new Page<>(out, page, size, entries.size());
    }

    /** Active employees' promotions, salary steps or retirements falling in {@code [from, to]}, by date. */
    public Page<ScheduleItem> schedule(Viewer viewer, ScheduleKind kind, LocalDate from, LocalDate to, String unitCode,
                                       int page, int size) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(10).isBefore(to)) {
            throw ProblemException.invalid(List.of(new FieldError("to",
                    "rentang from..to wajib, paling lama 10 tahun / from..to required, at most 10 years")));
        }
        Derivations d = rules.derivations();
        List<ScheduleItem> items = new ArrayList<>();
        search.forEach(viewer, EmployeeQuery.active(unitCode, null), r -> {
            switch (kind) {
                case PROMOTIONS -> {
                    Derivations.Promotion p = d.promotion(r.career());
                    if (p.date() != null && !p.date().isBefore(from) && !p.date().isAfter(to)) {
                        items.add(new ScheduleItem(p.date(), r.nip(), r.fullName(), r.unitCode(), r.rankCode(),
                                r.rankCode() + " → " + p.to().code()));
                    }
                }
                case SALARY_STEPS -> {
                    for (Derivations.SalaryStep s : d.salarySteps(r.career(), from, to)) {
                        items.add(new ScheduleItem(s.date(), r.nip(), r.fullName(), r.unitCode(), r.rankCode(),
                                "KGB, masa kerja golongan / MKG " + s.mkgYears() + " th/y"));
                    }
                }
                case RETIREMENTS -> {
                    Career career = r.career();
                    LocalDate date = d.retirementDate(career);
                    if (date != null && !date.isBefore(from) && !date.isAfter(to)) {
                        items.add(new ScheduleItem(date, r.nip(), r.fullName(), r.unitCode(), r.rankCode(),
                                "BUP " + d.retirementAge(career)));
                    }
                }
                default -> throw new IllegalStateException(kind.name());
            }
        });
        items.sort(Comparator.comparing(ScheduleItem::date).thenComparing(ScheduleItem::nip));
        int a = (int) Math.min((long) page * size, items.size());
        int b = Math.min(a + size, items.size());
        return new Page<>(items.subList(a, b), page, size, items.size());
    }

    /** Active employees in scope, retirements in the next 12 months and promotions in the next 6, in one pass. */
    public Summary summary(Viewer viewer) {
        Derivations d = rules.derivations();
        LocalDate today = LocalDate.now(clock);
        long[] n = new long[3];
        search.forEach(viewer, EmployeeQuery.active(null, null), r -> {
            n[0]++;
            Career career = r.career();
            LocalDate retire = d.retirementDate(career);
            if (retire != null && !retire.isBefore(today) && !retire.isAfter(today.plusYears(1))) {
                n[1]++;
            }
            LocalDate promo = d.promotion(career).date();
            if (promo != null && !promo.isBefore(today) && !promo.isAfter(today.plusMonths(6))) {
                n[2]++;
            }
        });
        return new Summary(n[0], n[1], n[2]);
    }
}
