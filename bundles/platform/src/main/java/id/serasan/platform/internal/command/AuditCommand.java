package id.serasan.platform.internal.command;

import id.serasan.platform.api.Page;
import id.serasan.platform.api.audit.AuditQuery;
import id.serasan.platform.api.audit.AuditRecord;
import id.serasan.platform.api.audit.AuditService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "serasan", name = "audit", description = "Shows the audit trail, newest first")
@Service
public class AuditCommand implements Action {
    @Reference
    AuditService audit;

    @Option(name = "--actor")
    String actor;

    @Option(name = "--action")
    String action;

    @Option(name = "--entity-type")
    String entityType;

    @Option(name = "--entity-id")
    String entityId;

    @Option(name = "-n", aliases = "--size", description = "how many (default 50)")
    int size = 50;

    @Option(name = "-v", aliases = "--verbose", description = "show before/after")
    boolean verbose;

    @Override
    public Object execute() {
        Page<AuditRecord> page = audit.find(new AuditQuery(actor, action, entityType, entityId, null, null), 0,
                Math.max(1, Math.min(size, 1000)));
        ShellTable t = new ShellTable();
        t.column("Id");
        t.column("At");
        t.column("Actor");
        t.column("Action");
        t.column("Entity");
        if (verbose) {
            t.column("Before");
            t.column("After");
        }
        for (AuditRecord r : page.items()) {
            var row = t.addRow();
            row.addContent(r.id(), r.at(), r.actor(), r.action(), r.entityType() + (r.entityId() == null ? "" : ":" + r.entityId()));
            if (verbose) {
                row.addContent(r.before() == null ? "" : r.before(), r.after() == null ? "" : r.after());
            }
        }
        t.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
