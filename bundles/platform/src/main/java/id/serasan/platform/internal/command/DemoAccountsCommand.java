package id.serasan.platform.internal.command;

import id.serasan.platform.api.security.Role;
import id.serasan.platform.internal.security.Secrets;
import id.serasan.platform.internal.security.UserAccount;
import id.serasan.platform.internal.security.UserService;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Demo mode: one account per role (besides {@code admin}) with random passwords, printed once and saved (mode 600)
 * beside the admin's one-time password file. Refuses to run on a database that holds other accounts, so it never
 * touches a real installation.
 */
@Command(scope = "serasan", name = "demo-accounts",
        description = "Demo mode: creates one account per role with random passwords (only on an empty installation)")
@Service
public class DemoAccountsCommand implements Action {
    static final Map<String, Role> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("demo.hr", Role.HR_OPERATOR);
        ACCOUNTS.put("demo.unit", Role.UNIT_OPERATOR);
        ACCOUNTS.put("demo.supervisor", Role.SUPERVISOR);
        ACCOUNTS.put("demo.employee", Role.EMPLOYEE);
    }

    @Reference
    UserService users;

    @Option(name = "-l", aliases = "--link", multiValued = true,
            description = "ROLE=NIP: link that role's demo account to the employee (e.g. from serasan:personnel-demo)")
    List<String> links;

    @Override
    public Object execute() throws Exception {
        long others = users.list(null, 0, 1000).items().stream().map(UserAccount::username)
                .filter(u -> !UserService.INITIAL_ADMIN.equals(u) && !ACCOUNTS.containsKey(u)).count();
        if (others > 0) {
            System.out.println("Ditolak: basis data ini berisi akun nyata / Refused: this database holds real accounts ("
                    + others + "). Demo mode runs only on a fresh installation.");
            return null;
        }
        Map<Role, String> nips = new java.util.EnumMap<>(Role.class);
        for (String l : links == null ? List.<String>of() : links) {
            String[] kv = l.split("=", 2);
            try {
                nips.put(Role.valueOf(kv[0].trim()), kv.length > 1 ? kv[1].trim() : null);
            } catch (IllegalArgumentException e) {
                System.out.println("Peran tidak dikenal / Unknown role: " + kv[0]);
                return null;
            }
        }
        Path file = users.initialPasswordFile().resolveSibling("demo-accounts");
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Role> e : ACCOUNTS.entrySet()) {
            if (users.find(e.getKey()).isPresent()) {
                continue;
            }
            String pw = Secrets.password(4) + "-D7";
            String nip = nips.get(e.getValue());
            users.create("demo", e.getKey(), pw, EnumSet.of(e.getValue()), nip);
            out.append(e.getKey()).append(' ').append(e.getValue()).append(' ').append(pw)
                    .append(nip == null ? "" : " NIP " + nip).append(System.lineSeparator());
        }
        if (out.length() == 0) {
            System.out.println("Akun demo sudah ada / Demo accounts exist already: see " + file);
            return null;
        }
        Secrets.writeOwnerOnly(file, out.toString(), true);
        System.out.print(out);
        System.out.println("Disimpan di / Saved in " + file);
        return null;
    }
}
