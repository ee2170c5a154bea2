package id.serasan.personnel.internal.command;

import id.serasan.personnel.internal.demo.DemoLoader;
import id.serasan.platform.api.ProblemException;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "personnel-demo",
        description = "Demo mode: loads Muara Enim's units and generated employees into an EMPTY personnel database")
@Service
public class PersonnelDemoCommand implements Action {
    @Reference
    DemoLoader loader;

    @Option(name = "-n", aliases = "--employees", description = "how many employees (default 12000)")
    int employees = 12_000;

    @Option(name = "--seed", description = "generator seed (default 2026); the same seed gives the same data")
    long seed = 2026;

    @Option(name = "--csv", description = "do not load employees: create the units and write the employees to this "
            + "CSV file (for import tests and benchmarks)")
    String csv;

    @Override
    public Object execute() throws Exception {
        try {
            if (csv != null) {
                int n = loader.writeImportFile(seed, employees, java.nio.file.Paths.get(csv));
                System.out.println("Unit dibuat, " + n + " pegawai ditulis ke / Units created, " + n
                        + " employees written to " + csv);
                return null;
            }
            DemoLoader.Result r = loader.load(seed, employees);
            System.out.println("Data demo / Demo data: " + r.units() + " unit, " + r.employees() + " pegawai / employees, "
                    + r.historyEntries() + " riwayat / history entries, " + r.millis() + " ms");
            for (Map.Entry<String, String> e : r.accounts().entrySet()) {
                System.out.println("LINK " + e.getKey() + "=" + e.getValue());
            }
        } catch (ProblemException e) {
            System.out.println(e.detail());
        }
        return null;
    }
}
