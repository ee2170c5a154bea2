package id.serasan.platform.api.spi;

import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.util.Set;

/**
 * Who sees a contribution: the public (anyone, logged in or not), any logged-in account, or accounts holding
 * one of some roles.
 */
public record Audience(boolean isPublic, Set<Role> roles) {
    public Audience {
        roles = Set.copyOf(roles);
    }

    public static Audience anyone() {
        return new Audience(true, Set.of());
    }

    /** Any logged-in account. */
    public static Audience staff() {
        return new Audience(false, Set.of());
    }

    public static Audience roles(Role... roles) {
        return new Audience(false, Set.of(roles));
    }

    /** Whether {@code caller} (null when not logged in) is part of this audience. */
    public boolean includes(SerasanPrincipal caller) {
        if (isPublic) {
            return true;
        }
        if (caller == null || caller.passwordChangeRequired()) {
            return false;
        }
        return roles.isEmpty() || roles.stream().anyMatch(caller::has);
    }
}
