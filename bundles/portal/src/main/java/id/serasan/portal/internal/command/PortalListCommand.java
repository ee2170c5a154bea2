package id.serasan.portal.internal.command;

import id.serasan.platform.api.Page;
import id.serasan.portal.internal.content.ContentService;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.Kind;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "serasan", name = "portal-list", description = "Lists the portal's content, drafts included")
@Service
public class PortalListCommand implements Action {
    @Reference
    ContentService content;

    @Option(name = "-k", aliases = "--kind", description = "NEWS, ANNOUNCEMENT, SERVICE, DOWNLOAD or PAGE")
    String kind;

    @Option(name = "-q", aliases = "--query", description = "words to search for")
    String query;

    @Override
    public Object execute() {
        Page<Item> page = content.list(kind == null ? null : Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                null, query, 0, 200);
        ShellTable t = new ShellTable();
        t.column("ID");
        t.column("Kind");
        t.column("Status");
        t.column("Live");
        t.column("Path");
        t.column("Title");
        for (Item i : page.items()) {
            t.addRow().addContent(i.id(), i.kind(), i.status(), i.published() ? "yes"
                    : i.publishAt() != null && i.status() == Item.Status.PUBLISHED ? "at " + i.publishAt() : "no",
                    i.path(), i.titleId());
        }
        t.print(System.out);
        System.out.println(page.items().size() + " / " + page.total());
        return null;
    }
}
