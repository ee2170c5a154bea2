package id.serasan.platform.internal.command;

import id.serasan.platform.internal.modules.ModuleInfo;
import id.serasan.platform.internal.modules.ModuleRegistry;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "serasan", name = "module-list", description = "Lists installed Serasan modules and what they serve")
@Service
public class ModuleListCommand implements Action {
    @Reference
    ModuleRegistry modules;

    @Option(name = "-e", aliases = "--endpoints", description = "also list each module's endpoints")
    boolean endpoints;

    @Override
    public Object execute() {
        ShellTable t = new ShellTable();
        t.column("Module");
        t.column("Bundle");
        t.column("Version");
        t.column("State");
        t.column("Serving");
        t.column("Base path");
        t.column("Endpoints");
        t.column("Problems");
        for (ModuleInfo m : modules.list()) {
            t.addRow().addContent(m.name(), m.bundle(), m.version(), m.state(), m.serving() ? "yes" : "no", m.basePath(),
                    m.endpoints().size(), String.join("; ", m.problems()));
        }
        t.print(System.out);
        if (endpoints) {
            for (ModuleInfo m : modules.list()) {
                for (ModuleInfo.EndpointInfo e : m.endpoints()) {
                    System.out.println(String.format("%-8s %-60s %s", e.method(), e.path(), e.access()));
                }
            }
        }
        return null;
    }
}
