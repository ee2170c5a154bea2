package id.serasan.personnel.internal.command;

import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmployeeSummary;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.search.EmployeeQuery;
import id.serasan.personnel.internal.search.EmployeeSearch;
import id.serasan.platform.api.Page;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "serasan", name = "employee-find",
        description = "Finds employees by name prefix or NIP prefix / Mencari pegawai menurut awalan nama atau NIP")
@Service
public class EmployeeFindCommand implements Action {
    @Reference
    EmployeeSearch search;

    @Argument(index = 0, name = "query", description = "name prefix or NIP prefix (empty: everyone)")
    String query;

    @Option(name = "-u", aliases = "--unit", description = "unit code (with its sub-units)")
    String unit;

    @Option(name = "-r", aliases = "--rank", description = "rank, e.g. III/a")
    String rank;

    @Option(name = "-s", aliases = "--status", description = "ACTIVE, LEAVE_OUTSIDE_STATE, RETIRED, DISMISSED, DECEASED")
    String status;

    @Option(name = "-n", aliases = "--size", description = "how many (default 50)")
    int size = 50;

    @Override
    public Object execute() {
        EmployeeStatus st = status == null ? null : EmployeeStatus.valueOf(status.toUpperCase(Locale.ROOT));
        Page<EmployeeSummary> page = search.search(Viewer.system("console"),
                new EmployeeQuery(query, unit, rank, null, st, null, "name"), 0, Math.max(1, Math.min(size, 1000)));
        ShellTable t = new ShellTable();
        t.column("NIP");
        t.column("Nama / Name");
        t.column("Unit");
        t.column("Gol.");
        t.column("Jabatan / Position");
        t.column("Status");
        for (EmployeeSummary e : page.items()) {
            t.addRow().addContent(e.nip(), e.fullName(), e.unitCode(), e.rank() == null ? "" : e.rank(),
                    e.positionName() == null ? "" : e.positionName(), e.status());
        }
        t.print(System.out);
        System.out.println(page.items().size() + " dari / of " + page.total());
        return null;
    }
}
