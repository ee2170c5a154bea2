/**
 * Who may call what: roles, the access annotations every resource method must carry, and the principal the
 * platform puts into each request's {@code SecurityContext}.
 */
@Export
@Version("1.0.0")
package id.serasan.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
