/**
 * Who may call what: roles, the access annotations every resource method must carry, and the principal the
 * platform puts into each request's {@code SecurityContext}.
 *
 * <p>1.1: {@link id.serasan.platform.api.security.PersonRegistry}, implemented by the module that keeps people.
 */
@Export
@Version("1.1.0")
package id.serasan.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
