/** The audit trail: every mutation, by whom, when, on what, before and after. */
@Export
@Version("1.2.0")
package id.serasan.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
