package id.serasan.personnel.internal.command;

import id.serasan.personnel.api.Employee;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.career.CareerService;
import id.serasan.personnel.internal.employee.EmployeeService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "employee-show",
        description = "Shows one employee with derived dates and histories / Menampilkan data seorang pegawai")
@Service
public class EmployeeShowCommand implements Action {
    @Reference
    EmployeeService employees;

    @Reference
    CareerService careers;

    @Argument(index = 0, name = "nip", required = true, description = "the employee's NIP")
    String nip;

    @Override
    public Object execute() {
        Viewer v = Viewer.system("console");
        Employee e = employees.get(v, nip);
        Employee.Derived d = e.derived();
        System.out.println(e.fullName() + "  (NIP " + e.nip() + ")");
        System.out.println("  Lahir / Born        : " + e.birthPlace() + ", " + e.birthDate() + "  " + e.gender());
        System.out.println("  Jenis / Type        : " + e.employmentType() + "  status " + e.status());
        System.out.println("  Unit                : " + e.unitCode() + "  " + e.unitName());
        System.out.println("  Atasan / Supervisor : " + (e.supervisorNip() == null ? "-" : e.supervisorNip()));
        System.out.println("  TMT CPNS / PNS      : " + e.cpnsDate() + " / " + (e.pnsDate() == null ? "-" : e.pnsDate()));
        System.out.println("  Masa kerja / Service: " + d.serviceYears() + " th " + d.serviceMonths() + " bl");
        System.out.println("  KP berikut / Next promotion : " + (d.nextPromotionEligible() == null ? "-"
                : d.nextPromotionEligible() + " -> " + d.nextPromotionRank()));
        System.out.println("  KGB berikut / Next salary step: " + d.nextSalaryStep());
        System.out.println("  Pensiun / Retirement : " + d.retirementDate() + " (BUP " + d.retirementAge() + ")");
        System.out.println("  Aturan / Rule pack   : " + d.rulePack());
        System.out.println("Riwayat pangkat / Rank history:");
        for (RankEntry r : careers.ranks(v, nip)) {
            System.out.println("  " + r.tmt() + "  " + r.rank() + (r.pangkat() == null ? "" : " " + r.pangkat())
                    + (r.decreeNumber() == null ? "" : "  SK " + r.decreeNumber()));
        }
        System.out.println("Riwayat jabatan / Position history:");
        for (PositionEntry p : careers.positions(v, nip)) {
            System.out.println("  " + p.tmt() + "  " + p.type() + (p.level() == null ? "" : " " + p.level()) + "  "
                    + p.name());
        }
        return null;
    }
}
