package id.serasan.platform.internal.command;

import id.serasan.platform.api.Page;
import id.serasan.platform.internal.security.UserAccount;
import id.serasan.platform.internal.security.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "serasan", name = "user-list", description = "Lists accounts")
@Service
public class UserListCommand implements Action {
    @Reference
    UserService users;

    @Option(name = "-q", aliases = "--query", description = "part of the username or NIP")
    String query;

    @Option(name = "-n", aliases = "--size", description = "how many (default 200)")
    int size = 200;

    @Override
    public Object execute() {
        Page<UserAccount> page = users.list(query, 0, Math.max(1, Math.min(size, 1000)));
        ShellTable t = new ShellTable();
        t.column("Username");
        t.column("Roles");
        t.column("NIP");
        t.column("Enabled");
        t.column("Must change password");
        for (UserAccount a : page.items()) {
            t.addRow().addContent(a.username(), a.roles(), a.nip() == null ? "" : a.nip(), a.enabled(),
                    a.passwordChangeRequired());
        }
        t.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
