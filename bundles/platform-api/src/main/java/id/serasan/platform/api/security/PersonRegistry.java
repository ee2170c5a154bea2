package id.serasan.platform.api.security;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Who exists: whether a NIP belongs to a person (an employee) known to the module that keeps people - the
 * personnel module registers it as an OSGi service. The platform, which does not depend on personnel, uses it when
 * present to refuse linking an account to a NIP nobody has (422 on the field {@code nip}); without it, links are
 * taken as given (see docs/api.md, "Accounts and employees").
 *
 * @since 1.1
 */
@ConsumerType
public interface PersonRegistry {

    /**
     * True when a person with this NIP exists (in any state: an account may be linked to a retired employee, too).
     * Called with an 18-digit NIP only, on the request's thread, once per link being set: one indexed lookup.
     *
     * @throws RuntimeException when the answer cannot be had (the database is down); the link is then refused
     */
    boolean exists(String nip);
}
