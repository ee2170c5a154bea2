package id.serasan.platform.internal.command;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.internal.security.Secrets;
import id.serasan.platform.internal.security.UserAccount;
import id.serasan.platform.internal.security.UserService;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "user-add", description = "Creates an account (prints a one-time password unless --password is given)")
@Service
public class UserAddCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", required = true, description = "login name (lower case)")
    String username;

    @Argument(index = 1, name = "roles", required = true, multiValued = true,
            description = "ADMIN HR_OPERATOR UNIT_OPERATOR SUPERVISOR EMPLOYEE")
    List<String> roles;

    @Option(name = "--nip", description = "link the account to the employee with this NIP")
    String nip;

    @Option(name = "--password", description = "the password (otherwise a one-time password is generated)")
    String password;

    @Override
    public Object execute() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles) {
            set.add(Role.valueOf(r.trim().toUpperCase(Locale.ROOT)));
        }
        boolean generated = password == null;
        String pw = generated ? Secrets.password(4) + "-X9" : password;
        UserAccount a;
        try {
            a = users.create("console", username, pw, set, nip);
        } catch (ProblemException e) {
            System.out.println(Refusals.describe(e));
            return null;
        }
        if (generated) {
            users.resetPassword("console", username, pw, true);
            System.out.println("Akun dibuat / Account created: " + a.username() + " " + a.roles());
            System.out.println("Kata sandi sekali pakai / One-time password: " + pw);
        } else {
            System.out.println("Akun dibuat / Account created: " + a.username() + " " + a.roles());
        }
        return null;
    }
}
