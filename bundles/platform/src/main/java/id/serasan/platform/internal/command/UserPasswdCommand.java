package id.serasan.platform.internal.command;

import id.serasan.platform.internal.security.Secrets;
import id.serasan.platform.internal.security.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "user-passwd",
        description = "Resets a password: prints a new one-time password (or sets --password); revokes the account's tokens and clears its login throttling")
@Service
public class UserPasswdCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Option(name = "--password", description = "the new password (otherwise a one-time password is generated)")
    String password;

    @Override
    public Object execute() {
        boolean generated = password == null;
        String pw = generated ? Secrets.password(4) + "-X9" : password;
        try {
            users.resetPassword("console", username, pw, generated);
        } catch (id.serasan.platform.api.ProblemException e) {
            System.out.println(Refusals.describe(e));
            return null;
        }
        System.out.println(generated ? "Kata sandi sekali pakai / One-time password: " + pw
                : "Kata sandi diganti / Password changed");
        return null;
    }
}
