package id.serasan.personnel.internal.access;

import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.util.Set;

/** Who is asking: the account's name, roles and linked NIP (null when not linked). */
public record Viewer(String username, Set<Role> roles, String nip) {
    public Viewer {
        roles = Set.copyOf(roles);
    }

    public static Viewer of(SerasanPrincipal p) {
        return new Viewer(p.username(), p.roles(), p.nip());
    }

    /** The console and system jobs: sees and edits everything. */
    public static Viewer system(String name) {
        return new Viewer(name, Set.of(Role.ADMIN), null);
    }

    /** HR operators and administrators see and edit every record. */
    public boolean seesAll() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.HR_OPERATOR);
    }
}
