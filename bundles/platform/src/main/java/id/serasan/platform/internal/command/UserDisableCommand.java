package id.serasan.platform.internal.command;

import id.serasan.platform.internal.security.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "user-disable", description = "Disables an account and revokes its tokens (--enable: enables it again)")
@Service
public class UserDisableCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Option(name = "--enable", description = "enable instead of disable")
    boolean enable;

    @Override
    public Object execute() {
        users.update("console", username, null, null, enable);
        System.out.println((enable ? "Diaktifkan / Enabled: " : "Dinonaktifkan / Disabled: ") + username);
        return null;
    }
}
