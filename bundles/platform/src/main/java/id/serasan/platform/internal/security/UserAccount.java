package id.serasan.platform.internal.security;

import id.serasan.platform.api.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** An account as shown over REST, on the console and in the audit trail (never with its password hash). */
public record UserAccount(long id, String username, Set<Role> roles, String nip, boolean enabled,
                          boolean passwordChangeRequired, Instant createdAt, Instant updatedAt) {
    public UserAccount {
        roles = java.util.Collections.unmodifiableSet(new TreeSet<>(roles));
    }
}
