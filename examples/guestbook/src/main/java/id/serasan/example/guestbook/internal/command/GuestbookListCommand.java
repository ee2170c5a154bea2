package id.serasan.example.guestbook.internal.command;

import id.serasan.example.guestbook.api.Entry;
import id.serasan.example.guestbook.internal.GuestbookService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "serasan", name = "guestbook-list", description = "Lists the newest guestbook entries")
@Service
public class GuestbookListCommand implements Action {
    @Reference
    GuestbookService service;

    @Option(name = "-n", aliases = "--size")
    int size = 20;

    @Override
    public Object execute() {
        ShellTable t = new ShellTable();
        t.column("Id");
        t.column("At");
        t.column("Author");
        t.column("Message");
        for (Entry e : service.list(0, Math.max(1, Math.min(size, 200))).items()) {
            t.addRow().addContent(e.id(), e.createdAt(), e.author(), e.message());
        }
        t.print(System.out);
        return null;
    }
}
