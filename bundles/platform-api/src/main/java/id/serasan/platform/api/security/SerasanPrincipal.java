package id.serasan.platform.api.security;

import java.security.Principal;
import java.util.Set;

/**
 * The caller of a request, as found in {@code SecurityContext#getUserPrincipal()} for every authenticated
 * request.
 *
 * @param userId                 the account's id
 * @param username               the login name
 * @param roles                  the roles held
 * @param nip                    the linked employee's NIP, or null when the account is not linked
 * @param passwordChangeRequired true while the account holds a one-time password
 */
public record SerasanPrincipal(long userId, String username, Set<Role> roles, String nip,
                               boolean passwordChangeRequired) implements Principal {
    public SerasanPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
